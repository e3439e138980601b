package org.kdocs.writers.html;

import java.util.Set;

/**
 * {@link CjkLineBreaks} for HTML that another library wrote (AsciiDoc and
 * Markdown pages): a line break in its text is dropped when the visible
 * characters on either side, looking across inline tags and character
 * references, join by the same rule. The HTML is otherwise kept byte for
 * byte; {@code pre}, {@code script}, {@code style} and {@code textarea}
 * keep their breaks, and a block tag or {@code <br>} next to the break
 * leaves it alone.
 */
public final class CjkHtmlLineBreaks {
    // tags a browser lays out within the line: a break next to them still sits inside the text
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del",
            "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
            "u", "var");
    private static final Set<String> VERBATIM = Set.of("pre", "script", "style", "textarea");

    private CjkHtmlLineBreaks() {
    }

    /** The HTML without the line breaks that would show as a space between two Chinese or Japanese characters. */
    public static String join(String html) {
        if (html.indexOf('\n') < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int verbatim = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                String name = tagName(html, i);
                if (VERBATIM.contains(name)) {
                    verbatim = Math.max(0, verbatim + (html.charAt(i + 1) == '/' ? -1 : 1));
                }
                out.append(html, i, end);
                i = end;
                continue;
            }
            if (c == '\n' && verbatim == 0) {
                int before = visibleBefore(html, i);
                int after = visibleAfter(html, i + 1);
                if (before >= 0 && after >= 0 && CjkLineBreaks.joins(before, after)) {
                    i++;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    // the code point shown just before index at, or -1 when a block tag, a break or the start comes first
    private static int visibleBefore(String html, int at) {
        int i = at;
        while (i > 0) {
            char c = html.charAt(i - 1);
            if (c == '>') {
                int open = html.lastIndexOf('<', i - 1);
                if (open < 0 || !INLINE.contains(tagName(html, open))) {
                    return -1;
                }
                i = open;
            } else if (c == ';') {
                int amp = html.lastIndexOf('&', i - 1);
                int decoded = amp < 0 || i - amp > 10 ? -1 : reference(html.substring(amp + 1, i - 1));
                return decoded >= 0 ? decoded : c;
            } else {
                return html.codePointBefore(i);
            }
        }
        return -1;
    }

    // the code point shown from index at on, or -1 when a block tag, a break or the end comes first
    private static int visibleAfter(String html, int at) {
        int i = at;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                if (!INLINE.contains(tagName(html, i))) {
                    return -1;
                }
                i = tagEnd(html, i);
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                int decoded = semi < 0 || semi - i > 10 ? -1 : reference(html.substring(i + 1, semi));
                return decoded >= 0 ? decoded : c;
            } else {
                return html.codePointAt(i);
            }
        }
        return -1;
    }

    // a numeric character reference's code point (the names libraries write for quotes too), else -1
    private static int reference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (name) {
            case "ldquo" -> '\u201C';
            case "rdquo" -> '\u201D';
            case "lsquo" -> '\u2018';
            case "rsquo" -> '\u2019';
            default -> -1;
        };
    }

    private static int tagEnd(String html, int open) {
        int end = html.indexOf('>', open);
        return end < 0 ? html.length() : end + 1;
    }

    // lower-case name of the tag opening at index open ("" for comments and declarations)
    private static String tagName(String html, int open) {
        int i = open + 1;
        if (i < html.length() && html.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return html.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    }
}
