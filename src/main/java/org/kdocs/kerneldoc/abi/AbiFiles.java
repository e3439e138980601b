package org.kdocs.kerneldoc.abi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.kerneldoc.FileFind;
import org.kdocs.kerneldoc.PerlText;

/**
 * Reads the ABI files under a directory (scripts/get_abi.pl parse_abi, in File::Find's order):
 * each "What:" line names a symbol, consecutive ones form a group that shares the tags that
 * follow (Date, KernelVersion, Contact, Description, Users). A file becomes an entry of its own
 * ("File NAME") holding the text before its first tag and the symbols it defines.
 */
final class AbiFiles {
    /** WHAT_SEPARATOR joins the symbols of one group, as the script's "\xac" does. */
    static final String WHAT_SEPARATOR = "\u00ac";

    /** One entry of the script's %data: a group of symbols or a file. */
    static final class Entry {
        final Map<String, String> tags = new HashMap<>();
        String type;
        String file;
        String filepath;
        boolean isFile;
        Integer lineNo;
        List<String[]> labelList;
        String label;
        List<String> symbols;

        String description() {
            return tags.get("description");
        }
    }

    /** One entry of the script's %symbols: where a symbol is defined, and the group it belongs to. */
    static final class Symbol {
        final List<String> files = new ArrayList<>();
        String xref;
    }

    private static final Pattern TAG = Pattern.compile("^(\\S+)(:\\s*)(.*)", Pattern.UNIX_LINES | Pattern.CASE_INSENSITIVE);
    private static final Pattern KNOWN_TAG = Pattern.compile("(what|where|date|kernelversion|contact|description|users)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;]$");
    private static final Pattern FIRST_TEXT = Pattern.compile("^(\\s*)(\\S.*)$", Pattern.UNIX_LINES);
    private static final Pattern BLANK = Pattern.compile("^\\s*\\n", Pattern.UNIX_LINES);
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(.*)", Pattern.UNIX_LINES);
    private static final Pattern TRAILING_NEWLINES = Pattern.compile("\\n+$", Pattern.UNIX_LINES);
    private static final Pattern BACKUP = Pattern.compile("\\.(rej|org|orig|bak)$", Pattern.UNIX_LINES);

    final Map<String, Entry> data = new LinkedHashMap<>();
    final Map<String, Symbol> symbols = new HashMap<>();
    final List<String> messages = new ArrayList<>();

    /** Reads every ABI file under {@code prefix}. */
    static AbiFiles read(String prefix) {
        AbiFiles abi = new AbiFiles();
        for (String name : FileFind.names(prefix)) {
            Path file = Path.of(name);
            if (Files.isDirectory(file) || name.contains("/README") || name.contains("/.")
                    || BACKUP.matcher(name).find()) {
                continue;
            }
            String text;
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                text = "";
            }
            abi.parse(name, text);
        }
        return abi;
    }

    Entry entry(String what) {
        return data.computeIfAbsent(what == null ? "" : what, k -> new Entry());
    }

    private Symbol symbol(String name) {
        return symbols.computeIfAbsent(name, k -> new Symbol());
    }

    /** parse_error. */
    private void error(String file, int ln, String message, String data) {
        String text = "Warning: file " + file + "#" + ln + ":\n\t" + message;
        messages.add(data.isEmpty() ? text + "\n" : text + ". Line\n\t\t" + PerlText.stripTrailing(data) + "\n");
    }

    private void parse(String file, String text) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int abi = file.lastIndexOf("Documentation/ABI/");
        String fn = abi < 0 ? file : file.substring(abi + "Documentation/ABI/".length());
        String nametag = "File " + fn;
        Entry fileEntry = entry(nametag);
        fileEntry.tags.put("what", "File " + name);
        fileEntry.type = "File";
        fileEntry.file = name;
        fileEntry.filepath = file;
        fileEntry.isFile = true;
        fileEntry.lineNo = 1;
        String type = file.replaceFirst(".*/(.*)/.*", "$1");
        String what = null;
        boolean newWhat = false;
        String tag = "";
        String space = null;
        List<String[]> labels = new ArrayList<>();
        String label = "";
        int ln = 0;
        for (String line : PerlText.lines(text)) {
            ln++;
            Matcher m = TAG.matcher(line);
            if (m.find()) {
                String newTag = PerlText.lowerAscii(m.group(1));
                String separator = m.group(2);
                String content = m.group(3);
                if (!KNOWN_TAG.matcher(newTag).find()) {
                    if (tag.equals("description")) {
                        newTag = ""; // "Word:" inside a description is text
                    } else if (!tag.isEmpty()) {
                        error(file, ln, "tag '" + tag + "' is invalid", line);
                    }
                }
                if (newTag.equals("where")) {
                    error(file, ln, "tag 'Where' is invalid. Should be 'What:' instead", "");
                    newTag = "what";
                }
                if (newTag.contains("what")) {
                    space = "";
                    content = TRAILING_PUNCTUATION.matcher(content).replaceFirst("");
                    symbol(content).files.add(" " + file + ":" + (ln - 1));
                    if (tag.contains("what")) {
                        what += WHAT_SEPARATOR + content;
                    } else {
                        closeGroup(file, ln, what);
                        what = content;
                        label = content;
                        newWhat = true;
                    }
                    labels.add(new String[] {content, label});
                    tag = newTag;
                    if (fileEntry.symbols == null) {
                        fileEntry.symbols = new ArrayList<>();
                    }
                    fileEntry.symbols.add(content);
                    continue;
                }
                if (!tag.isEmpty() && !newTag.isEmpty() && !newTag.equals("0")) {
                    tag = newTag;
                    Entry e = entry(what);
                    if (newWhat) {
                        e.labelList = List.copyOf(labels);
                        labels = new ArrayList<>();
                        label = "";
                        newWhat = false;
                        e.type = type;
                        if (e.file == null) {
                            e.file = name;
                            e.filepath = file;
                        } else {
                            if (e.description() != null) {
                                e.tags.merge("description", "\n\n", String::concat);
                            }
                            if (!name.equals(e.file)) {
                                e.file += " " + name;
                                e.filepath += " " + file;
                            }
                        }
                        e.lineNo = ln;
                    } else if (e.lineNo == null) {
                        e.lineNo = ln;
                    }
                    if (!PerlText.truthy(what)) {
                        error(file, ln, "'What:' should come first:", line);
                        continue;
                    }
                    if (newTag.equals("description")) {
                        String first = PerlText.expandTabs(" ".repeat(newTag.length())
                                + separator.replaceFirst(":", " ") + content);
                        Matcher text1 = FIRST_TEXT.matcher(first);
                        if (text1.find()) {
                            space = text1.group(1);
                            e.tags.merge(tag, text1.group(2) + "\n", String::concat);
                        } else {
                            space = null;
                        }
                    } else {
                        e.tags.put(tag, content);
                    }
                    continue;
                }
            }
            if (tag.isEmpty()) {
                // the text before the first tag describes the file
                fileEntry.tags.merge("description", line, String::concat);
                continue;
            }
            if (tag.equals("description")) {
                String content = PerlText.expandTabs(line);
                if (BLANK.matcher(line).find()) {
                    entry(what).tags.merge(tag, "\n", String::concat);
                    continue;
                }
                if (space == null) {
                    Matcher first = FIRST_TEXT.matcher(content);
                    if (first.find()) {
                        space = first.group(1);
                        content = first.group(2) + "\n";
                    }
                } else if (content.startsWith(space)) {
                    content = content.substring(space.length());
                } else {
                    space = "";
                }
                entry(what).tags.merge(tag, content, String::concat);
                continue;
            }
            Matcher rest = CONTINUATION.matcher(line);
            rest.find();
            Entry e = entry(what);
            String value = e.tags.getOrDefault(tag, "") + "\n" + rest.group(1);
            e.tags.put(tag, TRAILING_NEWLINES.matcher(value).replaceFirst(""));
        }
        String fileDescription = fileEntry.description();
        if (PerlText.truthy(fileDescription)) {
            fileEntry.tags.put("description", fileDescription.replaceFirst("^\\n+", ""));
        }
        closeGroup(file, ln, what);
    }

    // the end of a group: it should have had a description, and each of its symbols points to it
    private void closeGroup(String file, int ln, String what) {
        if (!PerlText.truthy(what)) {
            return;
        }
        if (!PerlText.truthy(entry(what).description())) {
            error(file, ln, "What '" + what + "' doesn't have a description", "");
        }
        for (String w : PerlText.split(Pattern.compile(WHAT_SEPARATOR), what)) {
            symbol(w).xref = what;
        }
    }
}
