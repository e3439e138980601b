package org.kdocs.rst.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Nesting is bounded: past {@value ParseSession#MAX_NESTING} nested body levels a block is not parsed
 * but kept as a literal block after an ERROR, so that input thousands of levels deep costs time
 * linear in its size and gives a tree of bounded depth; shallower input is parsed as docutils does
 * (issue 17, item 6).
 */
class DeepNestingTest {
    private static final int DEPTH = 5000;
    private static final int LIMIT = ParseSession.MAX_NESTING;

    @Test
    void fiveThousandNestedBulletListsStopAtTheLimitWithAnError() throws Exception {
        Document document = parseOnBigStack("- ".repeat(DEPTH) + "innermost\n");
        assertThat(depthOf(document, NodeType.BULLET_LIST)).isEqualTo(LIMIT + 1);
        assertThat(document.findAll(NodeType.SYSTEM_MESSAGE)).singleElement()
                .satisfies(m -> assertThat(m.astext()).startsWith("Nesting too deep: more than 64 levels"));
        assertThat(document.findAll(NodeType.LITERAL_BLOCK)).singleElement()
                .satisfies(l -> assertThat(l.astext()).endsWith("- - innermost"));
    }

    @Test
    void fiveThousandNestedEnumeratedListsStopAtTheLimit() throws Exception {
        Document document = parseOnBigStack("#. ".repeat(DEPTH) + "innermost\n");
        assertThat(depthOf(document, NodeType.ENUMERATED_LIST)).isEqualTo(LIMIT + 1);
    }

    private static String quotes(int levels) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            text.append(" ".repeat(level)).append("level ").append(level).append("\n\n");
        }
        return text.toString();
    }

    @Test
    void blockQuotesDeeperThanTheLimitBecomeALiteralBlockAfterAnErrorAtTheirLine() throws Exception {
        Document document = parseOnBigStack(quotes(1000));
        assertThat(depthOf(document, NodeType.BLOCK_QUOTE)).isEqualTo(LIMIT + 1);
        Element message = document.findAll(NodeType.SYSTEM_MESSAGE).get(0);
        assertThat(message.getString("type")).isEqualTo("ERROR");
        assertThat(message.get("line")).isEqualTo(2 * (LIMIT + 1) + 1);
        Element literal = (Element) message.parent().child(message.parent().indexOf(message) + 1);
        assertThat(literal.is(NodeType.LITERAL_BLOCK)).isTrue();
        assertThat(literal.astext()).startsWith("level 65\n\n level 66").contains("level 999");
    }

    @Test
    void nestingWithinTheLimitIsParsedWithoutMessage() throws Exception {
        Document document = parseOnBigStack(quotes(LIMIT));
        assertThat(document.findAll(NodeType.SYSTEM_MESSAGE)).isEmpty();
        assertThat(depthOf(document, NodeType.BLOCK_QUOTE)).isEqualTo(LIMIT - 1);
    }

    @Test
    void theDeepestNestingParsedFitsOnASmallStack() throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(parser().parse("- ".repeat(DEPTH) + "innermost\n", "deep"));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack-parse", 512L * 1024);
        thread.start();
        thread.join();
        assertThat(result.get()).isInstanceOf(Document.class);
        assertThat(((Document) result.get()).pformat()).contains("Nesting too deep: more than 64 levels")
                .doesNotContain("for the parser's stack");
    }

    private static Document parseOnBigStack(String text) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(parser().parse(text, "deep"));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "deep-parse", 256L * 1024 * 1024);
        thread.start();
        thread.join();
        assertThat(result.get()).isInstanceOf(Document.class);
        return (Document) result.get();
    }

    private static RstParser parser() {
        // the nesting sits on one line longer than docutils' default limit of 10000
        RstSettings settings = RstSettings.builder().lineLengthLimit(100_000).build();
        return RstParser.builder().settings(settings).build();
    }

    /** The longest chain of nested elements of one type. */
    private static int depthOf(Element root, NodeType type) {
        int deepest = 0;
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Element element = (Element) top[0];
            int depth = (Integer) top[1] + (element.is(type) ? 1 : 0);
            deepest = Math.max(deepest, depth);
            for (Node child : element.children()) {
                if (child instanceof Element e) {
                    stack.push(new Object[] {e, depth});
                }
            }
        }
        return deepest;
    }
}
