package org.kdocs.tree;

import java.text.Normalizer;
import java.util.Map;

/**
 * Reference names and identifiers as docutils forms them
 * (docutils.nodes.fully_normalize_name, whitespace_normalize_name, make_id).
 */
public final class Names {
    private Names() {
    }

    /** Case- and white-space-normalised name: the key under which targets are matched. */
    public static String fullyNormalize(String name) {
        return PyText.foldSpace(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** White-space-normalised name, case kept. */
    public static String whitespaceNormalize(String name) {
        return PyText.foldSpace(name);
    }

    // Letters that NFKD does not reduce to ASCII, mapped as docutils maps them.
    private static final Map<Character, String> DIGRAPHS = Map.of(
            '\u00df', "sz", '\u00e6', "ae", '\u0153', "oe", '\u0238', "db", '\u0239', "qp");
    private static final java.util.regex.Pattern NON_ID = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern NON_ID_AT_ENDS = java.util.regex.Pattern.compile("^[-0-9]+|-+$");
    // Sphinx's _make_id keeps capitals, dots and underscores
    private static final java.util.regex.Pattern SPHINX_NON_ID = java.util.regex.Pattern.compile("[^a-zA-Z0-9._]+");
    private static final java.util.regex.Pattern SPHINX_NON_ID_AT_ENDS =
            java.util.regex.Pattern.compile("^[-0-9._]+|-+$");
    private static final String STROKED = "\u00f8o\u0111d\u0127h\u0131i\u0142l\u0167t\u0180b\u0183b\u0188c"
            + "\u018cd\u0192f\u0199k\u019al\u019en\u01a5p\u01abt\u01adt\u01b4y\u01b6z\u01e5g\u0225z\u0234l"
            + "\u0235n\u0236t\u0237j\u023cc\u023fs\u0240z\u0247e\u0249j\u024bq\u024dr\u024fy";

    /**
     * An identifier matching {@code [a-z](-?[a-z0-9]+)*} derived from a name, as
     * docutils' make_id: lower-cased, accents dropped, other characters folded to
     * hyphens, leading digits and hyphens removed.
     */
    public static String makeId(String name) {
        String folded = NON_ID.matcher(PyText.foldSpace(asciiFold(name.toLowerCase(java.util.Locale.ROOT))))
                .replaceAll("-");
        return NON_ID_AT_ENDS.matcher(folded).replaceAll("");
    }

    /**
     * An identifier as Sphinx's sphinx.util.nodes._make_id derives it (its make_id with a prefix
     * passes "prefix-term"): docutils' make_id, but capitals, dots and underscores are kept.
     */
    public static String sphinxMakeId(String name) {
        String folded = SPHINX_NON_ID.matcher(PyText.foldSpace(asciiFold(name))).replaceAll("-");
        return SPHINX_NON_ID_AT_ENDS.matcher(folded).replaceAll("");
    }

    // the digraphs and stroked letters mapped, then what NFKD leaves outside ASCII dropped
    private static String asciiFold(String text) {
        StringBuilder mapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String digraph = DIGRAPHS.get(c);
            if (digraph != null) {
                mapped.append(digraph);
                continue;
            }
            int at = STROKED.indexOf(c);
            mapped.append(at >= 0 && at % 2 == 0 ? STROKED.charAt(at + 1) : c);
        }
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128) {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }
}
