package org.kdocs.rst.blocks.table;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kdocs.source.SourceLines;

/** Malformed blocks end in a TableMarkupError, never in another exception. */
class TableParserRobustnessTest {
    private static final String ALPHABET = "+-=| a\u65e5\u0301";

    @Test
    void randomBlocksOnlyRaiseTableMarkupErrors() {
        Random random = new Random(20261123);
        for (int round = 0; round < 3000; round++) {
            List<String> lines = new ArrayList<>();
            int height = 1 + random.nextInt(6);
            for (int i = 0; i < height; i++) {
                StringBuilder line = new StringBuilder();
                int width = 1 + random.nextInt(12);
                for (int j = 0; j < width; j++) {
                    line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                lines.add(line.toString());
            }
            SourceLines block = SourceLines.of(lines, "fuzz", 0);
            assertThatCode(() -> parseIgnoringMarkupErrors(block)).as(String.join("\n", lines))
                    .doesNotThrowAnyException();
        }
    }

    private static void parseIgnoringMarkupErrors(SourceLines block) {
        try {
            new GridTableParser().parse(block);
        } catch (TableMarkupError expected) {
            // refusing the block is fine
        }
        try {
            new SimpleTableParser().parse(block);
        } catch (TableMarkupError expected) {
            // refusing the block is fine
        }
    }
}
