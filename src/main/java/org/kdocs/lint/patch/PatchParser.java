package org.kdocs.lint.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses unified diffs out of e-mail text: {@code git format-patch} output,
 * an mbox holding several messages, or a patch quoted in a reply with
 * {@code >} prefixes (any depth; the depth of the first diff header wins).
 * Anything that is not a diff (headers, commit message, diffstat,
 * signature) is skipped; a hunk body ends where it stops matching (a quote
 * may cut it short), but a hunk header that does not parse, or whose numbers
 * do not fit, is {@link Patch.Malformed}: the reader cannot know what follows.
 */
public final class PatchParser {
    private static final Pattern QUOTE = Pattern.compile("^((?:> ?)+)");
    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");
    private static final Pattern DIFF_GIT = Pattern.compile("diff --git (\\S+) (\\S+)");

    private PatchParser() {
    }

    public static Patch parse(String text) {
        List<String> raw = splitLines(text);
        int depth = quoteDepth(raw);
        List<String> lines = new ArrayList<>(raw.size());
        List<Integer> prefix = new ArrayList<>(raw.size());
        for (String l : raw) {
            int cut = depth == 0 ? 0 : unquote(l, depth);
            lines.add(cut < 0 ? null : l.substring(cut));
            prefix.add(Math.max(cut, 0));
        }
        MailDecoder.Decoded decoded = MailDecoder.decode(lines, prefix);
        lines = decoded.lines();
        prefix = decoded.prefix();
        List<Integer> inputLine = decoded.inputLine();
        String subject = header(lines, "Subject:");
        String from = header(lines, "From:");
        String date = header(lines, "Date:");
        String id = header(lines, "Message-ID:");
        List<Patch.FileDiff> files = new ArrayList<>();
        List<Patch.Malformed> malformed = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            Matcher git = l == null ? null : DIFF_GIT.matcher(l);
            if (git != null && git.matches()) {
                i = fileDiff(lines, prefix, inputLine, i, strip(git.group(1)), strip(git.group(2)), files, malformed);
            } else if (l != null && l.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1) != null
                    && lines.get(i + 1).startsWith("+++ ")) {
                i = fileDiff(lines, prefix, inputLine, i - 1, null, null, files, malformed);
            } else {
                i++;
            }
        }
        return new Patch(subject, from, date, id, depth, List.copyOf(files), List.copyOf(malformed));
    }

    /** Parses one file section starting at the diff header (or just before a ---/+++ pair). */
    private static int fileDiff(List<String> lines, List<Integer> prefix, List<Integer> inputLine, int header,
            String oldPath, String newPath, List<Patch.FileDiff> files, List<Patch.Malformed> malformed) {
        int i = header + 1;
        boolean created = false;
        boolean deleted = false;
        while (i < lines.size() && lines.get(i) != null && !lines.get(i).startsWith("@@")
                && !lines.get(i).startsWith("diff --git ")) {
            String l = lines.get(i);
            if (l.startsWith("new file mode")) {
                created = true;
            } else if (l.startsWith("deleted file mode")) {
                deleted = true;
            } else if (l.startsWith("--- ")) {
                String p = headerPath(l);
                created |= p.equals("/dev/null");
                if (!p.equals("/dev/null")) {
                    oldPath = strip(p);
                }
            } else if (l.startsWith("+++ ")) {
                String p = headerPath(l);
                deleted |= p.equals("/dev/null");
                if (!p.equals("/dev/null")) {
                    newPath = strip(p);
                }
            }
            i++;
        }
        if (oldPath != null && oldPath.isEmpty() || newPath != null && newPath.isEmpty()) {
            malformed.add(new Patch.Malformed(inputLine.get(Math.max(header, 0)), "file header without a file name"));
            return i;
        }
        if (oldPath != null && oldPath.indexOf('\0') >= 0 || newPath != null && newPath.indexOf('\0') >= 0) {
            // git quotes such a name with octal escapes; a raw NUL names no file
            malformed.add(new Patch.Malformed(inputLine.get(Math.max(header, 0)), "file name with a NUL character"));
            return i;
        }
        List<Patch.Hunk> hunks = new ArrayList<>();
        while (i < lines.size() && lines.get(i) != null) {
            String hunkHeader = lines.get(i);
            Matcher h = HUNK.matcher(hunkHeader);
            if (!h.matches()) {
                if (hunkHeader.startsWith("@@")) {
                    malformed.add(new Patch.Malformed(inputLine.get(i), "malformed hunk header: " + hunkHeader));
                }
                break;
            }
            int oldStart = number(h.group(1), 0);
            int oldCount = number(h.group(2), 1);
            int newStart = number(h.group(3), 0);
            int newCount = number(h.group(4), 1);
            if (oldStart < 0 || oldCount < 0 || newStart < 0 || newCount < 0) {
                malformed.add(new Patch.Malformed(inputLine.get(i), "hunk header numbers out of range: " + hunkHeader));
                break;
            }
            int headerLine = inputLine.get(i);
            i++;
            List<Patch.HunkLine> body = new ArrayList<>();
            int oldLeft = oldCount;
            int newLeft = newCount;
            while (i < lines.size() && (oldLeft > 0 || newLeft > 0)) {
                String l = lines.get(i);
                if (l == null) {
                    break;
                }
                char kind = l.isEmpty() ? ' ' : l.charAt(0);
                String content = l.isEmpty() ? "" : l.substring(1);
                if (kind == '\\') {
                    i++;
                    continue;
                }
                if (kind != ' ' && kind != '+' && kind != '-') {
                    break;
                }
                if (kind != '+') {
                    oldLeft--;
                }
                if (kind != '-') {
                    newLeft--;
                }
                body.add(new Patch.HunkLine(kind, content, inputLine.get(i), prefix.get(i) + 1));
                i++;
            }
            while (i < lines.size() && lines.get(i) != null && lines.get(i).startsWith("\\")) {
                i++;
            }
            hunks.add(new Patch.Hunk(oldStart, oldCount, newStart, newCount, headerLine, List.copyOf(body)));
        }
        int headerLine = header >= 0 ? inputLine.get(header) : 1;
        files.add(new Patch.FileDiff(created ? null : oldPath, deleted ? null : newPath, headerLine, List.copyOf(hunks)));
        return Math.max(i, header + 1);
    }

    // a line number or count of a hunk header; absent counts are 1; -1 when it does not fit in an int
    private static int number(String digits, int absent) {
        if (digits == null) {
            return absent;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
    }

    /** The file name of a "--- " or "+++ " line: up to the tab before a timestamp, possibly empty. */
    private static String headerPath(String line) {
        int tab = line.indexOf('\t', 4);
        return (tab < 0 ? line.substring(4) : line.substring(4, tab)).strip();
    }

    private static String strip(String path) {
        if (path.startsWith("a/") || path.startsWith("b/")) {
            return path.substring(2);
        }
        return path;
    }

    /** The quote depth of the first diff header, 0 when the patch is not quoted. */
    static int quoteDepth(List<String> lines) {
        for (String l : lines) {
            Matcher q = QUOTE.matcher(l);
            if (q.find()) {
                String rest = l.substring(q.end());
                if (rest.startsWith("diff --git ") || rest.startsWith("@@ -")) {
                    return (int) q.group(1).chars().filter(c -> c == '>').count();
                }
            } else if (l.startsWith("diff --git ") || l.startsWith("@@ -")) {
                return 0;
            }
        }
        return 0;
    }

    /** Characters to cut to remove {@code depth} quote marks, each with one optional space, or -1. */
    static int unquote(String line, int depth) {
        int i = 0;
        for (int d = 0; d < depth; d++) {
            if (i >= line.length() || line.charAt(i) != '>') {
                return -1;
            }
            i++;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    private static String header(List<String> lines, String name) {
        for (String l : lines) {
            if (l != null && l.regionMatches(true, 0, name, 0, name.length())) {
                return l.substring(name.length()).strip();
            }
            if (l != null && l.startsWith("diff --git ")) {
                break;
            }
        }
        return "";
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        return lines;
    }
}
