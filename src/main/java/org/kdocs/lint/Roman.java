package org.kdocs.lint;

/** Roman numerals for enumerated-list ordinals (docutils' roman module, as far as lists need it). */
final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {
    }

    static String format(int n) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < VALUES.length; k++) {
            while (n >= VALUES[k]) {
                out.append(SYMBOLS[k]);
                n -= VALUES[k];
            }
        }
        return out.toString();
    }

    /** The value of a well-formed roman numeral (any case), or 0. */
    static int parse(String text) {
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        int value = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < upper.length(); k++) {
            while (upper.startsWith(SYMBOLS[k], i)) {
                value += VALUES[k];
                i += SYMBOLS[k].length();
            }
        }
        return i == upper.length() && value > 0 && value < 5000 && format(value).equals(upper) ? value : 0;
    }
}
