package org.kdocs.writers.html;

/**
 * HTML escaping for text and attribute values. Text escapes {@code & < >};
 * attribute values additionally escape quotes, so every value can be written
 * between double quotes.
 */
public final class Html {
    private Html() {
    }

    /** Text content, safe between tags. */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u0000' -> { } // a stray escape marker never reaches the page
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An attribute value, safe between double quotes. */
    public static String attr(String value) {
        return text(value).replace("\"", "&quot;").replace("'", "&#39;");
    }
}
