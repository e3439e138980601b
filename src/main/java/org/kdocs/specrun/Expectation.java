package org.kdocs.specrun;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an example promises about each run ({@code :expect:}) and, for
 * statistical examples, about the share of runs that show it ({@code :rate:}).
 */
public final class Expectation {
    /** The {@code :expect:} values. */
    public enum Verdict {
        RACE("race"), NO_RACE("no-race"), BUG("bug"), WARN("warn"), OK("ok"), OUTPUT("output");

        private final String word;

        Verdict(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** The verdict written as in the document, or null when the word is not one. */
        public static Verdict of(String word) {
            for (Verdict v : values()) {
                if (v.word.equals(word)) {
                    return v;
                }
            }
            return null;
        }
    }

    /** A statistical expectation such as {@code >= 5%} or {@code 0%}. */
    public record Rate(String comparison, double percent) {
        private static final Pattern FORM = Pattern.compile("\\s*(>=|<=|>|<|==|=)?\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*");

        /** Parses the option; throws IllegalArgumentException with a readable message. */
        public static Rate parse(String text) {
            Matcher m = FORM.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("rate must look like '>= 5%' or '0%', not '" + text + "'");
            }
            String op = m.group(1) == null || m.group(1).equals("=") ? "==" : m.group(1);
            return new Rate(op, Double.parseDouble(m.group(2)));
        }

        public boolean holds(int shown, int runs) {
            double share = runs == 0 ? 0 : 100.0 * shown / runs;
            return switch (comparison) {
                case ">=" -> share >= percent;
                case "<=" -> share <= percent;
                case ">" -> share > percent;
                case "<" -> share < percent;
                default -> Math.abs(share - percent) < 1e-9;
            };
        }

        @Override
        public String toString() {
            String number = percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
            return comparison + " " + number + "%";
        }
    }

    private Expectation() {
    }
}
