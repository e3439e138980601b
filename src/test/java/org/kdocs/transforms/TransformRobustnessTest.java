package org.kdocs.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kdocs.tree.Document;

/**
 * Trees no parser would build (random nesting of the elements the transforms
 * look at, with random reference attributes) must still transform without an
 * exception: errors become system messages, never crashes.
 */
class TransformRobustnessTest {
    private static final List<String> TAGS = List.of("section", "title", "subtitle", "paragraph", "target",
            "reference", "footnote", "footnote_reference", "citation", "citation_reference", "transition",
            "substitution_definition", "substitution_reference", "field_list", "field", "field_name",
            "field_body", "topic", "bullet_list", "list_item", "system_message", "problematic", "comment",
            "literal_block", "emphasis", "image");
    private static final List<String> ATTRIBUTES = List.of("ids=\"a\"", "ids=\"b\"", "names=\"a\"", "names=\"x\"",
            "dupnames=\"x\"", "refname=\"a\"", "refname=\"x\"", "refname=\"zz\"", "refid=\"a\"", "refid=\"nope\"",
            "refuri=\"http://u/\"", "anonymous=\"1\"", "auto=\"1\"", "auto=\"*\"", "level=\"1\"", "level=\"3\"",
            "classes=\"c\"", "trim=\"1\"", "alt=\"pic\"");

    @Test
    void randomTreesTransformWithoutExceptions() {
        Random random = new Random(20221);
        for (int round = 0; round < 600; round++) {
            String pseudoXml = "<document source=\"fuzz\">\n" + randomChildren(random, 1, 4);
            Document document = PseudoXmlReader.read(pseudoXml, s -> {
            });
            // a message at the halt level (e.g. docutils' severe "Duplicate ID") is the one allowed stop
            document.reporter().setHaltLevel(null);
            assertThatCode(() -> Transformer.standard(TransformSettings.builder().smartQuotes("yes")
                    .sectsubtitleXform(true).build()).apply(document)).as(pseudoXml).doesNotThrowAnyException();
            assertThat(document.pformat()).startsWith("<document");
        }
    }

    private static final List<String> PENDING = List.of("parts.Contents", "parts.SectNum", "misc.ClassAttribute",
            "references.TargetNotes", "components.Filter");
    private static final List<String> DETAILS = List.of("local: None", "depth: 1", "backlinks: 'top'",
            "backlinks: None", "class: ['x']", "directive: 'class'", "start: 3", "prefix: 'P'");

    // a pending node as pformat prints it, with its internal attributes
    private static String pending(Random random, int level) {
        String prefix = "    ".repeat(level + 1);
        StringBuilder out = new StringBuilder("    ".repeat(level)).append("<pending>\n");
        out.append(prefix).append(".. internal attributes:\n");
        out.append(prefix).append("     .transform: docutils.transforms.")
                .append(PENDING.get(random.nextInt(PENDING.size()))).append('\n');
        out.append(prefix).append("     .details:\n");
        for (int i = random.nextInt(3); i > 0; i--) {
            out.append(prefix).append("       ").append(DETAILS.get(random.nextInt(DETAILS.size()))).append('\n');
        }
        return out.toString();
    }

    private static String randomChildren(Random random, int level, int maxDepth) {
        StringBuilder out = new StringBuilder();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String indent = "    ".repeat(level);
            if (random.nextInt(4) == 0) {
                out.append(indent).append(random.nextBoolean() ? "\"quoted\" text -- it's" : "a").append('\n');
                continue;
            }
            if (random.nextInt(8) == 0) {
                out.append(pending(random, level));
                continue;
            }
            out.append(indent).append('<').append(TAGS.get(random.nextInt(TAGS.size())));
            int attributes = random.nextInt(3);
            for (int a = 0; a < attributes; a++) {
                out.append(' ').append(ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size())));
            }
            out.append(">\n");
            if (level < maxDepth) {
                out.append(randomChildren(random, level + 1, maxDepth));
            }
        }
        return out.toString();
    }
}
