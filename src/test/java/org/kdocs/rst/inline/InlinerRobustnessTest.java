package org.kdocs.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;

/**
 * Pathological inline text: the scanner's work stays linear in the length
 * of the text (counted in characters examined, not timed), the whole text
 * survives into the nodes, and random markup never throws.
 */
class InlinerRobustnessTest {
    private static final int SIZE = 200_000;

    private static InlineParse parseOf(String text) {
        Document document = new Document("test data", Reporter.quiet("test data"));
        Inliner inliner = new Inliner(document, RstSettings.defaults(), new RoleRegistry());
        return new InlineParse(inliner, text, 0, document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "a*", "*a ", "`", "_", "`_", "a-", "|a ", "[a]_ ", ":a:`", "_`a ", "``a",
        "a_ ", "*a* ", "`a`__ ", "`a <b", "a-a-a:"})
    void scanningLongRepeatedMarkupIsLinear(String unit) {
        String text = unit.repeat(SIZE / unit.length());
        InlineParse parse = parseOf(text);
        InlineResult result = parse.run();
        assertThat(parse.scanSteps()).isLessThanOrEqualTo(4L * text.length());
        Element paragraph = new Element(NodeType.PARAGRAPH);
        paragraph.addAll(result.nodes());
        assertThat(paragraph.astext().length()).isLessThanOrEqualTo(text.length()).isPositive();
    }

    @Test
    void randomMarkupNeverThrows() {
        Random random = new Random(42);
        String alphabet = "*`_|[]#:<>\\ a1-.@/()'\"\n";
        for (int round = 0; round < 1000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThatCode(() -> parseOf(input).run()).as(input).doesNotThrowAnyException();
        }
    }
}
