package org.kdocs.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.testing.TestResources;
import org.kdocs.tree.Document;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * The example files in src/test/resources/transforms: docutils' parse-only
 * tree (NAME.parsed) is read back, the standard transforms are applied, and
 * the result must equal what rst2pseudoxml.py printed (NAME.pseudoxml), with
 * the same transform warnings (NAME.stderr). scripts/gen-transform-examples.py
 * regenerates the expected files from NAME.rst.
 */
class TransformExamplesTest {
    private static final Path DIR = TestResources.path("transforms");

    static Stream<String> examples() {
        return TestResources.names("transforms", ".rst").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void transformedTreeMatchesDocutils(String name) throws IOException {
        StringBuilder warnings = new StringBuilder();
        Map<String, Object> overrides = overrides(read(name + ".rst"));
        Document document = PseudoXmlReader.read(read(name + ".parsed"), warnings::append);
        if (overrides.get("report_level") instanceof Integer level) {
            document.reporter().setReportLevel(Severity.thresholdOfLevel(level));
        }
        if (overrides.get("halt_level") instanceof Integer level) {
            document.reporter().setHaltLevel(Severity.thresholdOfLevel(level));
        }
        String output;
        try {
            Transformer transformer = Transformer.standard(settings(overrides));
            if (Boolean.TRUE.equals(overrides.get("kdocs_html_admonitions"))) {
                transformer = transformer.with(StandardTransforms.ADMONITIONS, true);
            }
            transformer.apply(document);
            output = document.pformat();
        } catch (Reporter.Halt halt) {
            // what rst2pseudoxml.py prints when a message reaches the halt level: no tree
            output = "";
            warnings.append("Exiting due to level-").append(halt.level().level()).append(" (")
                    .append(halt.level().docutilsName()).append(") system message.\n");
        }
        assertThat(output).isEqualTo(read(name + ".pseudoxml"));
        assertThat(warnings.toString()).isEqualTo(read(name + ".stderr"));
    }

    /** Settings named on a first line ".. kdocs-settings: {json}", as the generator script reads them. */
    static Map<String, Object> overrides(String rst) throws IOException {
        String first = rst.split("\n", 2)[0];
        String prefix = ".. kdocs-settings: ";
        if (!first.startsWith(prefix)) {
            return Map.of();
        }
        return new ObjectMapper().readValue(first.substring(prefix.length()), new TypeReference<>() {
        });
    }

    @SuppressWarnings("unchecked")
    static TransformSettings settings(Map<String, Object> o) {
        TransformSettings d = TransformSettings.defaults();
        return TransformSettings.builder()
                .doctitleXform((Boolean) o.getOrDefault("doctitle_xform", d.doctitleXform()))
                .docinfoXform((Boolean) o.getOrDefault("docinfo_xform", d.docinfoXform()))
                .sectsubtitleXform((Boolean) o.getOrDefault("sectsubtitle_xform", d.sectsubtitleXform()))
                .sectnumXform((Boolean) o.getOrDefault("sectnum_xform", d.sectnumXform()))
                .tocBacklinks(tocBacklinks(o.getOrDefault("toc_backlinks", d.tocBacklinks())))
                .title((String) o.getOrDefault("title", d.title()))
                .trimFootnoteReferenceSpace((Boolean) o.getOrDefault("trim_footnote_reference_space",
                        d.trimFootnoteReferenceSpace()))
                .stripComments((Boolean) o.getOrDefault("strip_comments", d.stripComments()))
                .stripElementsWithClasses((List<String>) o.getOrDefault("strip_elements_with_classes",
                        d.stripElementsWithClasses()))
                .stripClasses((List<String>) o.getOrDefault("strip_classes", d.stripClasses()))
                .exposeInternals((List<String>) o.getOrDefault("expose_internals", d.exposeInternals()))
                .generator((Boolean) o.getOrDefault("generator", d.generator()))
                .datestamp((String) o.getOrDefault("datestamp", d.datestamp()))
                .sourceUrl((String) o.getOrDefault("source_url", d.sourceUrl()))
                .lineLengthLimit((Integer) o.getOrDefault("line_length_limit", d.lineLengthLimit()))
                .smartQuotes(smartQuotes(o.getOrDefault("smart_quotes", false)))
                .languageCode((String) o.getOrDefault("language_code", d.languageCode()))
                .build();
    }

    // docutils' toc_backlinks is "entry", "top" or false
    private static String tocBacklinks(Object value) {
        return value instanceof String s ? s : null;
    }

    // docutils' smart_quotes is a boolean or a string such as "alt"
    private static String smartQuotes(Object value) {
        return Boolean.TRUE.equals(value) ? "yes" : value instanceof String s ? s : null;
    }

    static String read(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }
}
