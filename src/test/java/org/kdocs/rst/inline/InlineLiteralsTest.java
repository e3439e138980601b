package org.kdocs.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;

/** InlineLiterals finds the same inline literals as the inliner builds. */
class InlineLiteralsTest {
    /** The source text of each ``literal`` node the inliner makes of {@code text}. */
    private static List<String> fromInliner(String text) {
        Document document = new Document("test data", Reporter.quiet("test data"));
        Inliner inliner = new Inliner(document, RstSettings.defaults(), new RoleRegistry());
        Element paragraph = new Element(NodeType.PARAGRAPH);
        paragraph.addAll(inliner.parse(text, 0, paragraph).nodes());
        List<String> out = new ArrayList<>();
        for (Element literal : paragraph.findAll(NodeType.LITERAL)) {
            String raw = literal.rawsource();
            if (raw.startsWith("``")) {
                out.add(raw.substring(2, raw.length() - 2));
            }
        }
        return out;
    }

    private static List<String> found(String text) {
        return InlineLiterals.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "用 ``=``，而不是 ``==``。",
        "``a``b（``",
        "``a\\``（ b``",
        "\\``a（`` b",
        "``a\nb（``c",
        "`x ``y（``` ``z``",
        ":code:`a ``b（`` c` ``d``",
        "(``)``",
        "'``'（ ``a``",
        "``a`` ``",
        "*``a（``* **``b``**",
        "运行``make``命令，``x``",
        "``多行\n字面（量``",
    })
    void agreesWithTheInliner(String text) {
        assertThat(found(text)).isEqualTo(fromInliner(text));
    }

    @Test
    void endsWhereDocutilsEndsIt() {
        assertThat(found("用 ``=``，")).containsExactly("=");
        assertThat(found("``a``b（``")).containsExactly("a``b（");
        assertThat(found("\\``a（``")).isEmpty();
        assertThat(found("``a\nb``")).containsExactly("a\nb");
        assertThat(found("运行``make``命令")).isEmpty();
    }

    @Test
    void agreesWithTheInlinerOnRandomMarkup() {
        for (String input : RandomMarkup.strings(7, "``` `*_|:\\（，a \n", 3000, 24)) {
            assertThat(found(input)).as(input).isEqualTo(fromInliner(input));
        }
    }
}
