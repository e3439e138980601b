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

/** Nesting thousands of levels deep must parse on a large (not unbounded) stack. */
class DeepNestingTest {
    private static final int DEPTH = 5000;

    @Test
    void parsesFiveThousandNestedBulletLists() throws Exception {
        Document document = parseOnBigStack("- ".repeat(DEPTH) + "innermost\n");
        assertThat(depthOf(document, NodeType.BULLET_LIST)).isEqualTo(DEPTH);
    }

    @Test
    void parsesFiveThousandNestedEnumeratedLists() throws Exception {
        Document document = parseOnBigStack("#. ".repeat(DEPTH) + "innermost\n");
        assertThat(depthOf(document, NodeType.ENUMERATED_LIST)).isEqualTo(DEPTH);
    }

    @Test
    void parsesAThousandBlockQuotesNestedByIndentation() throws Exception {
        // indentation nesting copies the remaining text at every level; a thousand levels keep the test quick
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < 1000; level++) {
            text.append(" ".repeat(level)).append("level ").append(level).append("\n\n");
        }
        Document document = parseOnBigStack(text.toString());
        assertThat(depthOf(document, NodeType.BLOCK_QUOTE)).isEqualTo(999);
    }

    @Test
    void reportsNestingBeyondTheStackInsteadOfThrowing() throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(parser().parse("- ".repeat(DEPTH) + "innermost\n", "deep"));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack-parse", 256L * 1024);
        thread.start();
        thread.join();
        assertThat(result.get()).isInstanceOf(Document.class);
        assertThat(((Document) result.get()).pformat()).contains("Nesting too deep for the parser's stack");
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
        RstSettings d = RstSettings.defaults();
        // the nesting sits on one line longer than docutils' default limit of 10000
        RstSettings settings = new RstSettings(d.tabWidth(), d.reportLevel(), d.haltLevel(), d.idPrefix(),
                d.autoIdPrefix(), d.rawEnabled(), d.fileInsertionEnabled(), d.includeRoot(),
                d.characterLevelInlineMarkup(), d.pepReferences(), d.pepBaseUrl(), d.pepFileUrlTemplate(),
                d.rfcReferences(), d.rfcBaseUrl(), d.trimFootnoteReferenceSpace(), d.syntaxHighlight(),
                100_000, d.languageCode());
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
