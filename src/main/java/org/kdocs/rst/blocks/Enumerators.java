package org.kdocs.rst.blocks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enumerated list markers: their format (parens, rparen, period), sequence
 * (arabic, alphabetic, roman, auto "#") and ordinal value (docutils
 * Body.parse_enumerator and make_enumerator).
 */
final class Enumerators {
    /** One recognised enumerator. */
    record Parsed(String format, String sequence, String text, Integer ordinal) {
    }

    static final List<String> SEQUENCES = List.of("arabic", "loweralpha", "upperalpha", "lowerroman", "upperroman");
    private static final List<Pattern> SEQUENCE_PATTERNS = List.of(Pattern.compile("[0-9]+$"),
            Pattern.compile("[a-z]$"), Pattern.compile("[A-Z]$"), Pattern.compile("[ivxlcdm]+$"),
            Pattern.compile("[IVXLCDM]+$"));
    private static final Pattern ROMAN = Pattern.compile(
            "M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");
    // the numerals of docutils' roman module, largest first, with the subtractive pairs
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
        "I"};

    private Enumerators() {
    }

    static String prefix(String format) {
        return format.equals("parens") ? "(" : "";
    }

    static String suffix(String format) {
        return format.equals("period") ? "." : ")";
    }

    /** An enumerator whose sequence is told by its text alone (docutils parse_enumerator, no expected sequence). */
    static Parsed parse(Matcher match) {
        return parse(match, null);
    }

    /** An enumerator read as a member of expectedSequence when it fits it (a list's later items). */
    static Parsed parse(Matcher match, String expectedSequence) {
        String format = match.group("parens") != null ? "parens" : match.group("rparen") != null ? "rparen" : "period";
        String marker = match.group(format);
        String text = marker.substring(format.equals("parens") ? 1 : 0, marker.length() - 1);
        String sequence = "";
        if (text.equals("#")) {
            sequence = "#";
        } else if (expectedSequence != null) {
            int index = SEQUENCES.indexOf(expectedSequence);
            if (index >= 0 && SEQUENCE_PATTERNS.get(index).matcher(text).lookingAt()) {
                sequence = expectedSequence;
            }
        } else if (text.equals("i")) {
            sequence = "lowerroman";
        } else if (text.equals("I")) {
            sequence = "upperroman";
        }
        if (sequence.isEmpty()) {
            sequence = "upperroman";
            for (int i = 0; i < SEQUENCES.size(); i++) {
                if (SEQUENCE_PATTERNS.get(i).matcher(text).lookingAt()) {
                    sequence = SEQUENCES.get(i);
                    break;
                }
            }
        }
        return new Parsed(format, sequence, text, ordinal(sequence, text));
    }

    private static Integer ordinal(String sequence, String text) {
        switch (sequence) {
            case "#":
                return 1;
            case "arabic":
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException tooLarge) {
                    return null;
                }
            case "loweralpha":
                return text.charAt(0) - 'a' + 1;
            case "upperalpha":
                return text.charAt(0) - 'A' + 1;
            default:
                return fromRoman(text.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Roman numeral value as docutils' roman.fromRoman accepts it (1..4999), or null. */
    static Integer fromRoman(String text) {
        if (text.isEmpty() || !ROMAN.matcher(text).matches()) {
            return null;
        }
        int result = 0;
        int index = 0;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (text.startsWith(ROMAN_NUMERALS[i], index)) {
                result += ROMAN_VALUES[i];
                index += ROMAN_NUMERALS[i].length();
            }
        }
        return result;
    }

    static String toRoman(int n) {
        if (n <= 0 || n >= 5000) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (n >= ROMAN_VALUES[i]) {
                out.append(ROMAN_NUMERALS[i]);
                n -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** The next enumerator and the auto enumerator, each with a trailing space; null when out of range. */
    static String[] make(int ordinal, String sequence, String format) {
        String enumerator;
        if (sequence.equals("#")) {
            enumerator = "#";
        } else if (sequence.equals("arabic")) {
            enumerator = Integer.toString(ordinal);
        } else {
            if (sequence.endsWith("alpha")) {
                if (ordinal > 26) {
                    return null;
                }
                enumerator = String.valueOf((char) (ordinal + 'a' - 1));
            } else {
                enumerator = toRoman(ordinal);
                if (enumerator == null) {
                    return null;
                }
            }
            enumerator = sequence.startsWith("lower") ? enumerator.toLowerCase(java.util.Locale.ROOT)
                    : enumerator.toUpperCase(java.util.Locale.ROOT);
        }
        return new String[] {prefix(format) + enumerator + suffix(format) + " ",
            prefix(format) + "#" + suffix(format) + " "};
    }
}
