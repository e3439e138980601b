package org.kdocs.rst.blocks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.PyText;

/**
 * What starts a block: the patterns with which docutils' states.Body (and
 * its explicit-markup and table constructs) classifies the first line of a
 * block, and the enumerated-list check that needs the next line. The parser's
 * states take their transitions from here, and so does the translation
 * linter's line scanner, so the two recognise the same constructs.
 */
public final class BlockMarkers {
    private static final String ENUM = "([0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)";
    private static final String OPTARG = "([a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)";
    private static final String OPTION = "((-|\\+)[a-zA-Z0-9]( ?" + OPTARG + ")?|(--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*([ =]"
            + OPTARG + ")?)";
    /** docutils' simplename: a reference name, directive name or citation label. */
    static final String SIMPLENAME = "(?:(?!_)\\w)+(?:[-._+:](?:(?!_)\\w)+)*";
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;

    public static final Pattern BULLET = Pattern.compile("[-+*\u2022\u2023\u2043]( +|$)");
    public static final String BULLET_FIRST = "-+*\u2022\u2023\u2043";
    /** An enumerator with its format as the named group parens, rparen or period. */
    public static final Pattern ENUMERATOR = Pattern.compile("((?<parens>\\(" + ENUM + "\\))|(?<rparen>" + ENUM
            + "\\))|(?<period>" + ENUM + "\\.))( +|$)");
    // first characters of the patterns whose character class is too long to write inline
    public static final String ENUMERATOR_FIRST =
            "(#0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public static final Pattern FIELD_MARKER = Pattern.compile(":(?![: ])([^:\\\\]|\\\\.|:(?!([ `]|$)))*(?<! ):( +|$)");
    public static final Pattern OPTION_MARKER = Pattern.compile(OPTION + "(, " + OPTION + ")*(  +| ?$)");
    public static final String OPTION_FIRST = "-+/";
    public static final Pattern DOCTEST = Pattern.compile(">>>( +|$)");
    public static final Pattern LINE_BLOCK = Pattern.compile("\\|( +|$)");
    public static final Pattern GRID_TABLE_TOP = Pattern.compile("\\+-[-+]+-\\+ *$");
    public static final Pattern SIMPLE_TABLE_TOP = Pattern.compile("=+( +=+)+ *$");
    /** A simple table's border line (docutils' TableParser: the bottom border, or a head/body one). */
    public static final Pattern SIMPLE_TABLE_BORDER = Pattern.compile("=+[ =]*$");
    public static final Pattern EXPLICIT_MARKUP = Pattern.compile("\\.\\.( +|$)");
    public static final Pattern ANONYMOUS = Pattern.compile("__( +|$)");
    /** An adornment line: a section title's over- or underline, or a transition. */
    public static final Pattern LINE = Pattern.compile("([!-/:-@\\[-`{-~])\\1* *$");
    public static final String LINE_FIRST = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    static final Pattern TEXT = Pattern.compile("");

    // explicit markup constructs (docutils Body.explicit.constructs)
    public static final Pattern FOOTNOTE = Pattern.compile(
            "\\.\\.[ ]+\\[([0-9]+|\\#|\\#" + SIMPLENAME + "|\\*)\\]([ ]+|$)", U);
    public static final Pattern CITATION = Pattern.compile("\\.\\.[ ]+\\[(" + SIMPLENAME + ")\\]([ ]+|$)", U);
    public static final Pattern HYPERLINK_TARGET = Pattern.compile("\\.\\.[ ]+_(?![ ]|$)", U);
    public static final Pattern SUBSTITUTION_DEF = Pattern.compile("\\.\\.[ ]+\\|(?![ ]|$)", U);
    /** A directive; group 1 is its name. */
    public static final Pattern DIRECTIVE = Pattern.compile("\\.\\.[ ]+(" + SIMPLENAME + ")[ ]?::([ ]+|$)", U);

    private BlockMarkers() {
    }

    /**
     * The {@link #LINE} pattern as a character scan (one repeated ASCII
     * punctuation character, then spaces), for scanners that test it on
     * most lines.
     */
    public static boolean isAdornment(String line) {
        if (line.isEmpty() || !isPunctuation(line.charAt(0))) {
            return false;
        }
        char c = line.charAt(0);
        int i = 1;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i == line.length();
    }

    /** The ASCII punctuation of adornments and quoted literal blocks, {@code [!-/:-@[-`{-~]}. */
    public static boolean isPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /**
     * Whether an {@link #ENUMERATOR} match starts an enumerated list item
     * (docutils Body.is_enumerated_list_item): its ordinal is valid and the
     * next line (null at the end of input) is blank, indented, or begins
     * with the next enumerator of the same sequence or with the auto one.
     */
    public static boolean isEnumeratedListItem(Matcher enumerator, String next) {
        Enumerators.Parsed parsed = Enumerators.parse(enumerator);
        return followedByItem(parsed.ordinal(), parsed.sequence(), parsed.format(), next);
    }

    static boolean followedByItem(Integer ordinal, String sequence, String format, String next) {
        if (ordinal == null) {
            return false;
        }
        if (next == null || next.isEmpty()
                || PyText.isBlank(next.substring(0, Character.charCount(next.codePointAt(0))))) {
            return true;
        }
        String[] following = Enumerators.make(ordinal + 1, sequence, format);
        return following != null && (next.startsWith(following[0]) || next.startsWith(following[1]));
    }
}
