package org.kdocs.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdocs.rst.RstSettings;
import org.kdocs.rst.inline.InlineConstructs.Construct;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;

/** InlineConstructs finds the constructs the inliner builds, with their roles and reference suffixes. */
class InlineConstructsTest {
    /** The raw source of each node the inliner makes at the top of a paragraph, for the kinds compared. */
    private static List<String> fromInliner(String text) {
        Document document = new Document("test data", Reporter.quiet("test data"));
        Inliner inliner = new Inliner(document, RstSettings.defaults(), new RoleRegistry());
        List<String> out = new ArrayList<>();
        for (Node node : inliner.parse(text, 0, new Element(NodeType.PARAGRAPH)).nodes()) {
            if (node instanceof Element e && !e.is(NodeType.PROBLEMATIC) && !e.is(NodeType.SYSTEM_MESSAGE)
                    && !e.rawsource().isEmpty() && !isStandaloneUri(e)) {
                out.add(e.rawsource());
            }
        }
        return out;
    }

    private static boolean isStandaloneUri(Element e) {
        return e.is(NodeType.REFERENCE) && !e.rawsource().endsWith("_") && !e.rawsource().endsWith("`");
    }

    private static List<String> found(String text) {
        return InlineConstructs.find(text).stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    /** Backslashes aside: the inliner's rawsource drops some escapes, positions are what is compared. */
    private static List<String> unescaped(List<String> sources) {
        return sources.stream().map(s -> s.replace("\\", "")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "`x` and :emphasis:`y` and `z`:sup: and `w`_ and `v`__ and name_ and |s| and [1]_",
        "*a* **b** ``c`` _`d`",
        "见:code:`x` 和 :code: `y` 以及 `a`b` c`",
        "`x `_ ``x `` and ``y``",
    })
    void agreesWithTheInliner(String text) {
        assertThat(found(text)).isEqualTo(fromInliner(text));
    }

    @Test
    void rolesAndSuffixesAreReported() {
        List<Construct> c = InlineConstructs.find("`a` :ref:`b` `c`:kbd: `d`_ |e|__");
        assertThat(c).extracting(Construct::kind).containsOnly(InlineConstructs.Kind.INTERPRETED,
                InlineConstructs.Kind.SUBSTITUTION);
        assertThat(c).extracting(Construct::role).containsExactly("", "ref", "kbd", "", "");
        assertThat(c).extracting(Construct::refend).containsExactly("", "", "", "_", "__");
        assertThat(c).extracting(Construct::defaultRole).containsExactly(true, false, false, false, false);
        assertThat(c.get(1).contentStart()).isEqualTo(10);
    }

    @Test
    void agreesWithTheInlinerOnRandomMarkup() {
        Random random = new Random(19);
        String alphabet = "``` `*_|:\\（，ab \n";
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(unescaped(found(input))).as(input).isEqualTo(unescaped(fromInliner(input)));
        }
    }
}
