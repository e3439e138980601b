package org.kdocs.kerneldoc;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-by-line state machine of scripts/kernel-doc (process_file and its process_normal,
 * process_name, process_body, process_proto, process_docblock and process_inline states): finds
 * the comments that open with a lone "/**", splits them into the purpose, @parameter
 * descriptions and named sections, and hands the declaration that follows to {@link Prototypes}.
 */
final class CommentScanner {
    private enum State {
        NORMAL, NAME, BODY_MAYBE, BODY, BODY_WITH_BLANK_LINE, PROTO, DOCBLOCK, INLINE
    }

    private enum Inline {
        NA, NAME, TEXT, ERROR
    }

    private static final Pattern DOC_START = PerlText.rx("^/\\*\\*\\s*$");
    private static final Pattern DOC_END = PerlText.rx("\\*/");
    private static final Pattern DOC_DECL = PerlText.rx("\\s*\\*\\s*(\\w+)");
    private static final Pattern DOC_BLOCK = PerlText.rx("\\s*\\*\\s*DOC:\\s*(.*)?");
    private static final Pattern DOC_SECT = PerlText.rx("\\s*\\*\\s*\\s*(\\@[.\\w]+|\\@\\.\\.\\.|description|context"
            + "|returns?|notes?|examples?)\\s*:([^:].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOC_CONTENT = PerlText.rx("\\s*\\* ?(.*)");
    private static final Pattern DOC_INLINE_START = PerlText.rx("^\\s*/\\*\\*\\s*$");
    private static final Pattern DOC_INLINE_SECT = PerlText.rx("\\s*\\*\\s*(@\\s*[\\w][\\w\\.]*\\s*):(.*)");
    private static final Pattern DOC_INLINE_END = PerlText.rx("^\\s*\\*/\\s*$");
    private static final Pattern DOC_INLINE_ONELINE = PerlText.rx("^\\s*/\\*\\*\\s*(@[\\w\\s]+):\\s*(.*)\\s*\\*/\\s*$");
    // the "name - purpose" line: "foo() - ...", "struct foo - ...", "int *foo() - ..."
    private static final String DECL_START = "\\s*\\*\\s*";
    private static final String PARENTHESIS = "(?:\\(\\w*\\))";
    private static final String DECL_END = "(?:[-:].*)";
    private static final String FN_TYPE = "(?:\\w+\\s*\\*\\s*)";
    private static final Pattern NAME_ONLY = PerlText.rx("^" + DECL_START + "([\\w\\s]+?)" + PARENTHESIS + "?\\s*"
            + DECL_END + "?$");
    private static final Pattern TYPE_KEYWORD = PerlText.rx("^(struct|union|enum|typedef)\\b\\s*(\\S*)");
    private static final Pattern FUNCTION_NAME = PerlText.rx("^" + DECL_START + FN_TYPE + "?(\\w+)\\s*" + PARENTHESIS
            + "?\\s*" + DECL_END + "?$");
    private static final Pattern FUNCTION_NAME_LOOSE = PerlText.rx("^" + DECL_START + FN_TYPE + "?(\\w+.*)" + PARENTHESIS
            + "?\\s*" + DECL_END + "$");
    private static final Pattern PURPOSE = PerlText.rx("[-:](.*)");
    private static final Pattern SUSPICIOUS_END = PerlText.rx("\\s*\\*\\s*[a-zA-Z_0-9:\\.]+\\*/");
    private static final Pattern AFTER_BLANK = PerlText.rx("^\\s*\\*\\s?\\S");
    private static final Pattern SPACES = PerlText.rx("\\s+");

    private final ScanState s;
    private final Prototypes prototypes;
    private State state = State.NORMAL;
    private Inline inline = Inline.NA;
    private String leadingSpace;

    private CommentScanner(ScanState s) {
        this.s = s;
        this.prototypes = new Prototypes(s);
    }

    /**
     * Reads one C file given as ISO-8859-1 text (one char per byte) and returns what it documents.
     * {@code firstLine} is the number the script gives the first line: 1, but 2 for every file
     * after the first of a run (it sets {@code $. = 1} on a handle that then counts on).
     */
    static List<Item> scan(String text, int firstLine) {
        ScanState s = new ScanState();
        s.lineNo = firstLine - 1;
        new CommentScanner(s).run(text);
        return List.copyOf(s.items);
    }

    private void run(String text) {
        int pos = 0;
        int length = text.length();
        while (pos < length) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? length : end + 1;
            String line = text.substring(pos, end);
            pos = end;
            s.lineNo++;
            // a line ending in a backslash continues on the next one (macro bodies), unless it is comment text
            while (!line.startsWith(" *") && endsWithBackslash(line)) {
                line = line.substring(0, line.lastIndexOf('\\'));
                if (pos < length) {
                    end = text.indexOf('\n', pos);
                    end = end < 0 ? length : end + 1;
                    line += text.substring(pos, end);
                    pos = end;
                    s.lineNo++;
                }
            }
            if (state == State.NORMAL) {
                normal(line); // tabs cannot change whether a line opens a comment
                continue;
            }
            line = PerlText.expandTabs(line);
            switch (state) {
                case NAME -> name(line);
                case BODY, BODY_MAYBE, BODY_WITH_BLANK_LINE -> body(line);
                case INLINE -> inline(line);
                case PROTO -> proto(line);
                case DOCBLOCK -> docBlock(line);
                default -> throw new IllegalStateException(state.name());
            }
        }
    }

    private static boolean endsWithBackslash(String line) {
        int end = line.length();
        while (end > 0 && PerlText.isSpace(line.charAt(end - 1))) {
            end--;
        }
        return end > 0 && line.charAt(end - 1) == '\\';
    }

    private void normal(String line) {
        if (line.startsWith("/**") && DOC_START.matcher(line).find()) {
            state = State.NAME;
            s.declarationStartLine = s.lineNo + 1;
        }
    }

    private void name(String line) {
        Matcher m = DOC_BLOCK.matcher(line);
        if (m.find()) {
            state = State.DOCBLOCK;
            s.contents = "";
            s.newStartLine = s.lineNo;
            String title = PerlText.group(m, 1);
            s.section = title.isEmpty() ? ScanState.SECTION_INTRO : title;
            return;
        }
        m = DOC_DECL.matcher(line);
        if (!m.find()) {
            s.warn("Cannot understand " + line + " on line " + s.lineNo + " - I thought it was a doc line\n");
            state = State.NORMAL;
            return;
        }
        s.identifier = m.group(1);
        boolean kernelComment = false;
        Matcher only = NAME_ONLY.matcher(line);
        if (only.find()) {
            s.identifier = only.group(1);
        }
        Matcher keyword = TYPE_KEYWORD.matcher(s.identifier);
        if (keyword.find()) {
            s.declType = keyword.group(1);
            s.identifier = keyword.group(2);
            kernelComment = true;
        } else {
            Matcher function = FUNCTION_NAME.matcher(line);
            if (!function.find()) {
                function = FUNCTION_NAME_LOOSE.matcher(line);
                if (!function.find()) {
                    function = null;
                }
            }
            if (function != null) {
                s.identifier = function.group(1);
                if (s.identifier.startsWith("define")) {
                    s.identifier = s.identifier.replaceFirst("^define\\s+", "");
                }
                s.declType = "function";
                kernelComment = true;
            }
        }
        s.identifier = PerlText.stripTrailing(s.identifier);
        state = State.BODY;
        s.contents = "";
        s.section = ScanState.SECTION_DEFAULT;
        s.newStartLine = s.lineNo + 1;
        Matcher purpose = PURPOSE.matcher(line);
        if (purpose.find()) {
            String description = PerlText.stripTrailing(PerlText.stripLeading(purpose.group(1)));
            s.purpose = SPACES.matcher(description).replaceAll(" ");
            state = State.BODY_MAYBE;
        } else {
            s.purpose = "";
        }
        if (!kernelComment) {
            s.warn("This comment starts with '/**', but isn't a kernel-doc comment. "
                    + "Refer Documentation/doc-guide/kernel-doc.rst\n" + line);
            state = State.NORMAL;
        }
        if (s.purpose.isEmpty()) {
            s.warn("missing initial short description on line:\n" + line, Item.Flag.SHORT_DESC);
        }
        if (s.identifier.isEmpty() && !s.declType.equals("enum")) {
            s.warn("wrong kernel-doc identifier on line:\n" + line);
            state = State.NORMAL;
        }
        s.items.add(new Item.Message(s.lineNo, "info", "Scanning doc for " + s.declType + " " + s.identifier + "\n",
                Item.Flag.VERBOSE));
    }

    private void body(String line) {
        if (state == State.BODY_WITH_BLANK_LINE && AFTER_BLANK.matcher(line).find()) {
            s.dumpSection(s.section, s.contents);
            s.section = ScanState.SECTION_DEFAULT;
            s.newStartLine = s.lineNo;
            s.contents = "";
        }
        Matcher m = DOC_SECT.matcher(line);
        if (m.find()) {
            startSection(m.group(1), PerlText.group(m, 2));
        } else if (DOC_END.matcher(line).find()) {
            if (!s.contents.isEmpty() && !s.contents.equals("\n")) {
                s.dumpSection(s.section, s.contents);
                s.section = ScanState.SECTION_DEFAULT;
                s.contents = "";
            }
            if (SUSPICIOUS_END.matcher(line).find()) {
                s.warn("suspicious ending line: " + line);
            }
            s.prototype = "";
            state = State.PROTO;
            s.braceCount = 0;
            s.newStartLine = s.lineNo + 1;
        } else if ((m = DOC_CONTENT.matcher(line)).find()) {
            content(m.group(1));
        } else {
            s.warn("bad line: " + line);
        }
    }

    private void startSection(String name, String text) {
        String section = name;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("description")) {
            section = ScanState.SECTION_DEFAULT;
        } else if (lower.equals("context")) {
            section = ScanState.SECTION_CONTEXT;
        } else if (lower.equals("return") || lower.equals("returns")) {
            section = ScanState.SECTION_RETURN;
        } else if (name.equals("@return")) {
            section = ScanState.SECTION_RETURN; // @return is a section, not a parameter
        }
        if (!s.contents.isEmpty() && !s.contents.equals("\n")) {
            s.dumpSection(s.section, s.contents);
            s.section = ScanState.SECTION_DEFAULT;
        }
        state = State.BODY;
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        s.contents = text.substring(i);
        s.newStartLine = s.lineNo;
        if (!s.contents.isEmpty()) {
            s.contents += "\n";
        }
        s.section = section;
        leadingSpace = null;
    }

    private void content(String text) {
        if (text.isEmpty()) {
            if (s.section.equals(ScanState.SECTION_CONTEXT)) {
                // Context: is one paragraph; a blank line ends it
                s.dumpSection(s.section, s.contents);
                s.section = ScanState.SECTION_DEFAULT;
                s.contents = "";
                s.newStartLine = s.lineNo;
                state = State.BODY;
            } else {
                state = s.section.equals(ScanState.SECTION_DEFAULT) ? State.BODY : State.BODY_WITH_BLANK_LINE;
                s.contents += "\n";
            }
        } else if (state == State.BODY_MAYBE) {
            // the purpose goes on
            String purpose = s.purpose.endsWith("\n") ? s.purpose.substring(0, s.purpose.length() - 1) : s.purpose;
            s.purpose = SPACES.matcher(purpose + " " + text).replaceAll(" ");
        } else {
            String line = text;
            if (s.section.startsWith("@") || s.section.equals(ScanState.SECTION_CONTEXT)) {
                // a parameter's text keeps its indentation relative to its first line
                if (leadingSpace == null) {
                    int i = 0;
                    while (i < line.length() && PerlText.isSpace(line.charAt(i))) {
                        i++;
                    }
                    leadingSpace = line.substring(0, i);
                }
                if (line.startsWith(leadingSpace)) {
                    line = line.substring(leadingSpace.length());
                }
            }
            s.contents += line + "\n";
        }
    }

    private void proto(String line) {
        Matcher m = DOC_INLINE_ONELINE.matcher(line);
        if (m.find()) {
            s.section = m.group(1);
            s.contents = m.group(2);
            if (!s.contents.isEmpty()) {
                s.contents += "\n";
                s.dumpSection(s.section, s.contents);
                s.section = ScanState.SECTION_DEFAULT;
                s.contents = "";
            }
        } else if (DOC_INLINE_START.matcher(line).find()) {
            state = State.INLINE;
            inline = Inline.NAME;
        } else if (s.declType.equals("function")) {
            if (prototypes.functionLine(line)) {
                state = State.NORMAL;
                inline = Inline.NA;
            }
        } else if (prototypes.typeLine(line)) {
            state = State.NORMAL;
            inline = Inline.NA;
        }
    }

    private void docBlock(String line) {
        if (DOC_END.matcher(line).find()) {
            s.items.add(new Item.DocBlock(s.section, s.contents, s.newStartLine));
            s.section = ScanState.SECTION_DEFAULT;
            s.contents = "";
            s.clearAfterDocBlock();
            state = State.NORMAL;
            return;
        }
        Matcher m = DOC_CONTENT.matcher(line);
        if (m.find()) {
            s.contents += m.group(1).isEmpty() ? "\n" : m.group(1) + "\n";
        }
    }

    // documentation of members inside the declaration: /** @member: text */
    private void inline(String line) {
        Matcher m;
        if (inline == Inline.NAME && (m = DOC_INLINE_SECT.matcher(line)).find()) {
            s.section = m.group(1);
            s.contents = m.group(2);
            s.newStartLine = s.lineNo;
            if (!s.contents.isEmpty()) {
                int i = 0;
                while (i < s.contents.length() && s.contents.charAt(i) == ' ') {
                    i++;
                }
                s.contents = s.contents.substring(i) + "\n";
            }
            inline = Inline.TEXT;
        } else if (DOC_INLINE_END.matcher(line).find()) {
            if (!s.contents.isEmpty() && !s.contents.equals("\n")) {
                s.dumpSection(s.section, s.contents);
                s.section = ScanState.SECTION_DEFAULT;
                s.contents = "";
            }
            state = State.PROTO;
            inline = Inline.NA;
        } else if ((m = DOC_CONTENT.matcher(line)).find()) {
            if (inline == Inline.TEXT) {
                s.contents += m.group(1) + "\n";
                if (isAllSpace(s.contents)) {
                    s.contents = ""; // leading blank lines are dropped
                }
            } else if (inline == Inline.NAME) {
                inline = Inline.ERROR;
                s.warn("Incorrect use of kernel-doc format: " + line);
            }
        }
    }

    private static boolean isAllSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!PerlText.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
