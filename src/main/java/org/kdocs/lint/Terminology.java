package org.kdocs.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terminology file of a translation tree ({@code docs-zh_CN/glossary}).
 * One entry a line, {@code #} starts a comment:
 *
 * <pre>
 * watchpoint = 观察点 | 监视点 ! 观测点
 * </pre>
 *
 * The English term, then the accepted renderings separated by {@code |}
 * (the first is preferred; one document must stick to one of them), then
 * optionally {@code !} and renderings that are wrong, separated by commas.
 */
public record Terminology(List<Entry> entries, List<Problem> problems) {
    public static final Terminology EMPTY = new Terminology(List.of(), List.of());

    /** A line of the glossary file that is not an entry. */
    public record Problem(int line, String message) {
    }

    public record Entry(String term, List<String> renderings, List<String> wrong) {
        public String preferred() {
            return renderings.get(0);
        }
    }

    public static Terminology parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (KeyValueLine line : KeyValueLine.read(text)) {
            if (line.key() == null) {
                problems.add(new Problem(line.number(), "expected 'term = rendering'"));
                continue;
            }
            String term = line.key();
            String rest = line.value();
            String wrongPart = "";
            int bang = rest.indexOf('!');
            if (bang >= 0) {
                wrongPart = rest.substring(bang + 1);
                rest = rest.substring(0, bang);
            }
            List<String> renderings = split(rest, "\\|");
            if (term.isEmpty() || renderings.isEmpty()) {
                problems.add(new Problem(line.number(), "expected 'term = rendering'"));
                continue;
            }
            entries.add(new Entry(term, renderings, split(wrongPart, "[,，]")));
        }
        return new Terminology(List.copyOf(entries), List.copyOf(problems));
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
