package org.kdocs.rst.inline;

import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Reporter;

/**
 * Benchmark (run by bench/inline-pathological, not by the test suite): the
 * time to inline-parse one line of 1 MB of pathological markup, against the
 * anchor of 1 MB of ordinary marked-up prose parsed in the same run.
 */
public final class InlinePathologicalBench {
    private static final int SIZE = 1_000_000;
    private static final String PROSE = "Some *emphasis*, **strong** text, ``literal``, a `reference`_, "
            + "see https://kernel.org/ and [1]_ or |sub|. ";
    private static final String[] UNITS = {"*", "a*", "*a ", "`", "_", "`_", "a-", "a-a:", "x@", "http://a ",
        "``a", "|a ", "[a]_ ", ":a:`", "_`a ", "\\*", "a_ ", "*a* ", "`a`__ ", "`a <b", "a:", "-a@b"};

    private InlinePathologicalBench() {
    }

    private static double seconds(String text) {
        Document document = new Document("bench", Reporter.quiet("bench"));
        long start = System.nanoTime();
        new Inliner(document, RstSettings.defaults(), new RoleRegistry()).parse(text, 0, document);
        return (System.nanoTime() - start) / 1e9;
    }

    public static void main(String[] args) {
        String prose = PROSE.repeat(SIZE / PROSE.length());
        seconds(prose); // warm-up
        double anchor = seconds(prose);
        double worst = 0;
        String worstUnit = "";
        for (String unit : UNITS) {
            double t = seconds(unit.repeat(SIZE / unit.length()));
            System.out.printf("%-12s %8.3f s  %6.1fx prose%n", "'" + unit + "'", t, t / anchor);
            if (t > worst) {
                worst = t;
                worstUnit = unit;
            }
        }
        System.out.printf("prose anchor: %.3f s per MB; slowest: '%s'%n", anchor, worstUnit);
        System.out.printf("RESULT inline-pathological %.2f s/MB vs prose %.1fx%n", worst, worst / anchor);
    }
}
