package org.kdocs.lint.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kdocs.lint.Finding;

/**
 * A mailing-list reply to a reviewed patch: the usual headers, an
 * attribution line, then for each file with findings its diff header, and
 * each offending line quoted with {@code > } and the findings under it. A
 * line of a base64 body quotes every decoded line that starts on it.
 */
final class Reply {
    private Reply() {
    }

    static String write(Patch patch, List<String> patchLines, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        String subject = patch.subject().isEmpty() ? "your patch" : patch.subject();
        out.append("Subject: ").append(subject.startsWith("Re:") ? subject : "Re: " + subject).append('\n');
        if (!patch.messageId().isEmpty()) {
            out.append("In-Reply-To: ").append(patch.messageId()).append('\n');
            out.append("References: ").append(patch.messageId()).append('\n');
        }
        out.append('\n');
        String who = patch.from().isEmpty() ? "you" : patch.from();
        out.append(patch.date().isEmpty() ? "" : "On " + patch.date() + ", ").append(who).append(" wrote:\n");
        Map<Integer, List<Finding>> byLine = new TreeMap<>();
        for (Finding f : findings) {
            byLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
        }
        if (byLine.isEmpty()) {
            out.append("\nkdocs lint found nothing to report in this patch.\n");
            return out.toString();
        }
        int lastHeader = -1;
        for (Map.Entry<Integer, List<Finding>> e : byLine.entrySet()) {
            int line = e.getKey();
            int header = fileHeader(patch, line);
            if (header > 0 && header != lastHeader) {
                out.append("> ").append(unquoted(patch, patchLines, header)).append('\n');
                out.append(">\n> [...]\n");
                lastHeader = header;
            }
            if (line >= 1 && line <= patchLines.size()) {
                out.append("> ").append(unquoted(patch, patchLines, line)).append('\n');
            }
            for (Finding f : e.getValue()) {
                out.append('\n').append(f.severity().label()).append(": ").append(f.message())
                        .append(" [").append(f.ruleId()).append("]\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The patch line as the diff reads it: decoded and without quote marks. */
    private static String unquoted(Patch patch, List<String> lines, int line) {
        List<String> decoded = new ArrayList<>();
        for (Patch.FileDiff d : patch.files()) {
            for (Patch.Hunk h : d.hunks()) {
                for (Patch.HunkLine l : h.lines()) {
                    if (l.patchLine() == line) {
                        decoded.add(l.kind() + l.text());
                    }
                }
            }
        }
        if (!decoded.isEmpty()) {
            return String.join("\n> ", decoded);
        }
        String l = lines.get(line - 1);
        int cut = patch.quoteDepth() == 0 ? 0 : PatchParser.unquote(l, patch.quoteDepth());
        return cut < 0 ? l : l.substring(cut);
    }

    /** The diff header line of the file section containing {@code line}, or -1. */
    private static int fileHeader(Patch patch, int line) {
        int header = -1;
        for (Patch.FileDiff d : patch.files()) {
            if (d.headerLine() <= line) {
                header = d.headerLine();
            }
        }
        return header;
    }
}
