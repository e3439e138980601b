package org.kdocs.site.ext.kernel.prestep;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A C header as a reStructuredText page: the kernel's Documentation/sphinx/parse-headers.pl,
 * which the media book's Makefile runs on the uapi headers before Sphinx. The header becomes
 * one {@code parsed-literal} block whose ioctls, defines, enum symbols, enums, structs and
 * typedefs are cross-references (changed or dropped by the exceptions file). Text is one char
 * per byte (Latin-1) in and out, as the script works on bytes.
 */
public final class ParseHeaders {
    private static final int FLAGS = Pattern.UNIX_LINES;
    private static final int TAB_STOP = 8;
    private static final Pattern TRAILING_BLANK = Pattern.compile("\n\\s+$", FLAGS);
    private static final Pattern BLANK_LINES = Pattern.compile("\n\\s+\n", FLAGS);
    private static final Pattern SPECIAL = Pattern.compile("([_`*<>&\\\\:/|%$#{}~^])", FLAGS);
    private static final Pattern NAME_SPECIAL = Pattern.compile("([_`*<>&\\\\:/])", FLAGS);
    private static final Pattern ESCAPED_SPACE = Pattern.compile("\\\\ ([\n\\s])", FLAGS);
    private static final String START = "[ \n\t(=*@]";
    private static final String START_CHARS = " \n\t(=*@";
    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final String END = "(\\s|,|\\\\=|\\\\:|;|\\)|}|\\{)";

    private ParseHeaders() {
    }

    /** The exceptions file has a line that is neither a rule, a comment nor blank. */
    public static final class BadExceptions extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        BadExceptions(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The one-based line of the exceptions file. */
        public int line() {
            return line;
        }
    }

    /**
     * The page for a header.
     *
     * @param header     the header's bytes as Latin-1 text
     * @param title      the page title (the script uses the header's file name)
     * @param exceptions the exceptions file's bytes as Latin-1 text, or null for none
     * @return the page's bytes as Latin-1 text
     */
    public static String convert(String header, String title, String exceptions) throws BadExceptions {
        HeaderSymbols symbols = HeaderSymbols.collect(header);
        if (exceptions != null) {
            try {
                HeaderExceptions.apply(exceptions, symbols);
            } catch (HeaderExceptions.BadRule e) {
                throw new BadExceptions(e.line, e.getMessage());
            }
        }
        String data = "    " + expandTabs(header);
        data = data.replace("\n", "\n    ");
        data = TRAILING_BLANK.matcher(data).replaceAll("\n");
        data = BLANK_LINES.matcher(data).replaceAll("\n\n");
        data = SPECIAL.matcher(data).replaceAll("\\\\$1");
        data = data.replace("DEPRECATED", "**DEPRECATED**");
        for (HeaderSymbols.Kind kind : HeaderSymbols.Kind.values()) {
            for (Map.Entry<String, String> symbol : symbols.of(kind).entrySet()) {
                data = link(data, kind, symbol.getKey(), symbol.getValue());
            }
        }
        data = ESCAPED_SPACE.matcher(data).replaceAll("$1");
        return ".. -*- coding: utf-8; mode: rst -*-\n\n" + title + "\n" + "=".repeat(title.length())
                + "\n\n.. parsed-literal::\n\n" + data;
    }

    // one symbol's occurrences become its markup; enums and structs only after their keyword
    private static String link(String data, HeaderSymbols.Kind kind, String name, String markup) {
        boolean keyword = kind == HeaderSymbols.Kind.ENUM || kind == HeaderSymbols.Kind.STRUCT;
        if (WORD.matcher(name).matches()) {
            return linkLiteral(data, keyword ? kind.word : null, name.replace("_", "\\_"), markup);
        }
        // the name is escaped as the text was, then used as a pattern as the script does
        String escaped = NAME_SPECIAL.matcher(name).replaceAll("\\\\\\\\$1");
        Pattern pattern = Pattern.compile(keyword ? kind.word + "\\s+(" + escaped + ")" + END
                : "(" + START + ")(" + escaped + ")" + END, FLAGS);
        Matcher m = pattern.matcher(data);
        if (!m.find()) {
            return data;
        }
        StringBuilder out = new StringBuilder(data.length() + 64);
        do {
            String replacement = keyword ? markup + m.group(2) : m.group(1) + markup + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The substitution of {@link #link} for a name that is a plain word, found with indexOf
     * instead of a scan that tries the pattern at every position (the same matches, left to
     * right, none overlapping): {@code START NAME END}, or {@code KEYWORD \s+ NAME END}.
     */
    private static String linkLiteral(String data, String keyword, String literal, String markup) {
        StringBuilder out = null;
        int copied = 0;
        int idx = data.indexOf(literal, 1);
        while (idx >= 0) {
            int after = idx + literal.length();
            int end = endDelimiter(data, after);
            int start = end == 0 ? -1 : keyword == null ? startDelimiter(data, idx, copied)
                    : keywordStart(data, idx, copied, keyword);
            if (start < 0) {
                idx = data.indexOf(literal, idx + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(data.length() + 256);
            }
            out.append(data, copied, start).append(markup).append(data, after, after + end);
            copied = after + end;
            idx = data.indexOf(literal, copied + 1);
        }
        return out == null ? data : out.append(data, copied, data.length()).toString();
    }

    // where the kept text ends before the name: after its START character, or -1 when none
    private static int startDelimiter(String data, int idx, int from) {
        return idx - 1 >= from && START_CHARS.indexOf(data.charAt(idx - 1)) >= 0 ? idx : -1;
    }

    // where the keyword before the name (and whitespace) starts, or -1 when there is none
    private static int keywordStart(String data, int idx, int from, String keyword) {
        int w = idx;
        while (w > 0 && isSpace(data.charAt(w - 1))) {
            w--;
        }
        int start = w - keyword.length();
        return w < idx && start >= from && data.startsWith(keyword, start) ? start : -1;
    }

    // the length of the END delimiter at i: 1, 2 for an escaped '=' or ':', 0 when none
    private static int endDelimiter(String data, int i) {
        if (i >= data.length()) {
            return 0;
        }
        char c = data.charAt(i);
        if (isSpace(c) || ",;)}{".indexOf(c) >= 0) {
            return 1;
        }
        return c == '\\' && i + 1 < data.length() && (data.charAt(i + 1) == '=' || data.charAt(i + 1) == ':') ? 2 : 0;
    }

    // the \\s of Perl and Java patterns
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    /** Text::Tabs' expand: each tab up to the next multiple of 8 columns, counted from the line start. */
    static String expandTabs(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int pad = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(pad));
                column += pad;
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
