package org.kdocs.rst.blocks;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kdocs.rst.RstParser;
import org.kdocs.tree.Reporter;

/** Random fragments of markup never make the block parser throw. */
class RobustnessTest {
    private static final String[] PIECES = {"- ", "* ", "#. ", "1. ", "(a) ", "i) ", ":f: ", ":", "-o ", "--x=y ",
        ">>> ", "| ", "+--+--+", "| a | b |", "=== ===", "===", "----", "..", ".. _t: ", ".. [1] ", ".. [#] ",
        ".. |s| ", ".. d:: ", "__ ", "::", "text", "\\", "`", "*", "  ", "    ", "\t", "-- attribution", "\u3042\u3044",
        "\u0301", "|", "_", "]"};

    @Test
    void survivesThousandsOfRandomDocuments() {
        Random random = new Random(20261123);
        RstParser parser = RstParser.builder()
                .settings(org.kdocs.rst.RstSettings.defaults().withLevels(org.kdocs.tree.Severity.WARNING, null))
                .build();
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                int parts = random.nextInt(4);
                for (int p = 0; p < parts; p++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                text.append('\n');
            }
            String input = text.toString();
            assertThatCode(() -> {
                try {
                    parser.parse(input, "fuzz");
                } catch (Reporter.Halt halt) {
                    // a message at the halt level is a proper outcome
                }
            }).as("input:%n%s", input).doesNotThrowAnyException();
        }
    }
}
