package org.kdocs.spectests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kdocs.specrun.ModelDrivers;
import org.kdocs.specrun.SpecExample;
import org.kdocs.specrun.SpecResult;
import org.kdocs.specrun.SpecRunner;
import org.kdocs.specrun.SpecSuite;

/**
 * The literate test suite: every spec example of docs/ and docs-zh_CN/ runs
 * against its reference model, one JUnit test per example named
 * {@code file:line name}. A doc whose example lies fails the build.
 */
class DocExamplesTest {
    static final Path ORIGINALS = Path.of("docs");
    static final Path TRANSLATIONS = Path.of("docs-zh_CN");

    static SpecSuite suite() throws IOException {
        return SpecSuite.load(List.of(ORIGINALS, TRANSLATIONS));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleDoesWhatItsDocumentSays() throws IOException {
        SpecRunner runner = new SpecRunner(ModelDrivers.all());
        return suite().examples().stream().map(example -> DynamicTest.dynamicTest(example.displayName(), () -> {
            SpecResult result = runner.run(example);
            assertThat(result.status()).as(result.message()).isEqualTo(SpecResult.Status.PASS);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTableRowHoldsForTheModel() throws IOException {
        SpecRunner runner = new SpecRunner(ModelDrivers.all());
        return suite().tables().stream().flatMap(table -> runner.runTable(table).stream())
                .map(result -> DynamicTest.dynamicTest(result.example().displayName(), () ->
                        assertThat(result.status()).as(result.message()).isEqualTo(SpecResult.Status.PASS)));
    }

    @Test
    void everySpecDirectiveIsWellFormed() throws IOException {
        assertThat(suite().problems()).isEmpty();
    }

    @Test
    void translatedExamplesAreIdenticalToTheOriginals() throws IOException {
        List<SpecExample> all = suite().examples();
        Map<String, SpecExample> originals = all.stream()
                .filter(e -> Path.of(e.file()).startsWith(ORIGINALS))
                .collect(Collectors.toMap(e -> key(ORIGINALS, e), Function.identity()));
        for (SpecExample translated : all) {
            if (!Path.of(translated.file()).startsWith(TRANSLATIONS)) {
                continue;
            }
            SpecExample original = originals.get(key(TRANSLATIONS, translated));
            assertThat(original).as("%s has no counterpart in docs/", translated.displayName()).isNotNull();
            assertThat(comparable(translated)).as(translated.displayName()).isEqualTo(comparable(original));
        }
    }

    private static String key(Path root, SpecExample e) {
        return root.relativize(Path.of(e.file())) + "#" + e.name();
    }

    private static List<Object> comparable(SpecExample e) {
        return List.of(e.model(), e.config(), e.threads(), e.runs(), e.seed(), e.schedule(), e.expect(),
                String.valueOf(e.rate()), e.code(),
                e.outputs().stream().map(o -> List.of(o.source(), o.exact(), o.lines())).toList());
    }
}
