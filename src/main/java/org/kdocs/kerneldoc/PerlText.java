package org.kdocs.kerneldoc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text operations with the semantics of the kernel's Perl scripts, where Java's differ.
 * The scripts read files as bytes; kdocs holds them as ISO-8859-1 strings (one char per byte), so
 * lengths, tab stops and character classes count bytes as the scripts do. Patterns compile with
 * UNIX_LINES (only {@code \n} ends a line, as in Perl; a UTF-8 byte 0x85 must not) and {@link #WORD_EDGE}
 * replaces {@code \b}, which in Java 17 also treats Latin-1 letters as word characters.
 */
public final class PerlText {
    /** Perl's {@code \b} on byte strings: an edge between [A-Za-z0-9_] and anything else. */
    public static final String WORD_EDGE = "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))";

    private PerlText() {
    }

    /** A pattern with Perl's line semantics; {@code \b} in the source is read as {@link #WORD_EDGE}. */
    public static Pattern rx(String perl) {
        return Pattern.compile(perl.replace("\\b", WORD_EDGE), Pattern.UNIX_LINES);
    }

    /** As {@link #rx(String)}, with extra flags (CASE_INSENSITIVE, DOTALL). */
    public static Pattern rx(String perl, int flags) {
        return Pattern.compile(perl.replace("\\b", WORD_EDGE), Pattern.UNIX_LINES | flags);
    }

    /** {@code s/pattern/replacement/g} with a literal replacement. */
    public static String replaceAll(Pattern pattern, String text, String literal) {
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(literal));
    }

    /** {@code s/pattern/replacement/} (first match only) with a literal replacement. */
    public static String replaceFirst(Pattern pattern, String text, String literal) {
        return pattern.matcher(text).replaceFirst(Matcher.quoteReplacement(literal));
    }

    /** {@code s/pattern/.../g} with a replacement computed from each match; null groups read as "". */
    public static String replaceAll(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        do {
            out.append(text, last, m.start()).append(replacement.apply(m));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** A group's text, "" where Perl would have undef. */
    public static String group(Matcher m, int group) {
        String value = m.group(group);
        return value == null ? "" : value;
    }

    /**
     * Perl's {@code split /pattern/, text}: an empty text gives no fields, trailing empty fields are
     * dropped, and a match of zero width at the start gives no leading empty field.
     */
    public static List<String> split(Pattern pattern, String text) {
        List<String> fields = new ArrayList<>();
        if (text.isEmpty()) {
            return fields;
        }
        Matcher m = pattern.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.end() == 0) {
                continue; // zero-width match at the very start: no empty first field
            }
            if (m.start() == m.end() && m.start() >= text.length()) {
                break;
            }
            fields.add(text.substring(start, m.start()));
            start = m.end();
        }
        fields.add(text.substring(start));
        int size = fields.size();
        while (size > 0 && fields.get(size - 1).isEmpty()) {
            fields.remove(--size);
        }
        return fields;
    }

    /** Perl's {@code split ' ', text}: fields between runs of whitespace, leading whitespace ignored. */
    public static List<String> splitWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("[ \\t\\n\\x0B\\f\\r]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The scripts' tab expansion, {@code s/\t+/' ' x (length($&) * 8 - length($`) % 8)/e} until no tab is
     * left: a run of tabs becomes enough spaces to reach the run's last tab stop.
     */
    public static String expandTabs(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int i = 0;
        while (tab >= 0) {
            out.append(line, i, tab);
            int end = tab;
            while (end < line.length() && line.charAt(end) == '\t') {
                end++;
            }
            out.append(" ".repeat((end - tab) * 8 - out.length() % 8));
            i = end;
            tab = line.indexOf('\t', i);
        }
        return out.append(line, i, line.length()).toString();
    }

    /** Perl's {@code s/^\s+//}. */
    public static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return text.substring(i);
    }

    /** Perl's {@code s/\s+$//} (with /s semantics for a trailing newline). */
    public static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Perl's {@code \s} on bytes. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Perl's {@code lc} on a byte string: only A-Z change. */
    public static String lowerAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) (c + 32));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Perl's {@code "%-Ns"}: the text padded with spaces to {@code width} characters, never cut. */
    public static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /**
     * A pattern as Perl reads a string interpolated into a regular expression: a "{" that starts no
     * quantifier is a plain character in Perl but an error in Java, so it is escaped.
     */
    public static Pattern interpolated(String perl) {
        StringBuilder out = new StringBuilder(perl.length() + 8);
        for (int i = 0; i < perl.length(); i++) {
            char c = perl.charAt(i);
            if (c == '\\' && i + 1 < perl.length()) {
                out.append(c).append(perl.charAt(++i));
            } else if (c == '{' && !perl.substring(i).matches("(?s)\\{\\d+(,\\d*)?\\}.*")) {
                out.append("\\{");
            } else {
                out.append(c);
            }
        }
        return Pattern.compile(out.toString(), Pattern.UNIX_LINES);
    }

    /** The lines of a text as Perl's readline gives them: each with its newline (the last may lack one). */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** Perl's truth of a string: defined, not empty and not "0". */
    public static boolean truthy(String value) {
        return value != null && !value.isEmpty() && !value.equals("0");
    }
}
