package org.kdocs.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kdocs.rst.RstSettings;
import org.kdocs.testing.TestResources;

/**
 * Random one-paragraph inputs built from inline markup fragments, with the
 * trees docutils 0.19 printed for them (random-inline-cases.jsonl, kept
 * from differential fuzzing as a regression corpus). "settings" letters:
 * c = character-level inline markup, p = PEP and RFC references,
 * t = trimmed footnote reference space.
 */
class InlinerRandomCorpusTest {
    private static List<JsonNode> cases() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : TestResources.read("org/kdocs/rst/inline/random-inline-cases.jsonl").split("\n")) {
            if (!line.isBlank()) {
                cases.add(json.readTree(line));
            }
        }
        return cases;
    }

    private static RstSettings settings(String letters) {
        boolean refs = letters.contains("p");
        return RstSettings.builder().characterLevelInlineMarkup(letters.contains("c")).pepReferences(refs)
                .rfcReferences(refs).trimFootnoteReferenceSpace(letters.contains("t")).build();
    }

    @TestFactory
    Stream<DynamicTest> randomParagraphsMatchDocutils() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () ->
                assertThat(ParagraphCorpus.parse(c.get("input").asText(), settings(c.get("settings").asText())))
                        .isEqualTo(c.get("expected").asText())));
    }

    @Test
    void theCorpusCoversEverySettingsMix() throws IOException {
        assertThat(cases()).extracting(c -> c.get("settings").asText()).contains("", "c", "cpt");
    }
}
