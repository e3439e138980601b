package org.kdocs.site;

/**
 * Relative links between output files, so that the site also works from
 * file:// URLs. A link made here is a relative path that cannot be read as
 * anything else: a colon is percent-encoded, so a source named
 * {@code javascript:alert(1).rst} gives {@code ./javascript%3Aalert(1).html},
 * never a {@code javascript:} URL, and so are the other characters that
 * would end the path ({@code # ?}) or could not stand in it.
 */
public final class Urls {
    private static final String HEX = "0123456789ABCDEF";

    private Urls() {
    }

    /** The link from the page at {@code from} to the file at {@code to} (both relative to the output root). */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            if (i > common) {
                out.append('/');
            }
            out.append(toParts[i]);
        }
        return pathOnly(out.toString());
    }

    /**
     * A relative path made safe to write as a link: characters that a URL
     * would read as a scheme, query or fragment, or that cannot stand in a
     * path, are percent-encoded (an existing {@code %XX} stays), and a first
     * segment that held a colon gets {@code ./} in front.
     */
    public static String pathOnly(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        int firstSlash = path.indexOf('/');
        String firstSegment = firstSlash < 0 ? path : path.substring(0, firstSlash);
        if (firstSegment.indexOf(':') >= 0) {
            out.append("./");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean escape = c <= ' ' || c == 0x7f || ":#?\"<>\\^`{|}".indexOf(c) >= 0
                    || c == '%' && !(i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2)));
            if (escape) {
                out.append('%').append(HEX.charAt(c >> 4 & 0xf)).append(HEX.charAt(c & 0xf));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The link from a page to the output root directory, "" or "../" repeated. */
    public static String toRoot(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
