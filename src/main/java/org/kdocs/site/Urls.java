package org.kdocs.site;

/** Relative links between output files, so that the site also works from file:// URLs. */
public final class Urls {
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
        return out.toString();
    }

    /** The link from a page to the output root directory, "" or "../" repeated. */
    public static String toRoot(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
