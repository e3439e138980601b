package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdocs.testing.TestResources;

/**
 * kdocs' pages against Sphinx 5.3's for the fixtures in src/test/resources/sphinx-html: for each
 * page Sphinx wrote (its main body recorded by scripts/sphinx-html-oracle in FIXTURE.expected/),
 * kdocs writes the page with the same visible text, every id Sphinx gives an element, and a link
 * to every target Sphinx links to; and no link of kdocs' pages leads nowhere. The warnings of
 * both builds (sphinx-warnings.txt beside the pages) match line by line, messages' detail lines aside.
 */
class SphinxOracleTest {
    private static final Path FIXTURES = TestResources.path("sphinx-html");

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"kernel-style", "numfig-on", "txt-sources"})
    void pagesShowWhatSphinxShows(String fixture) throws IOException {
        Path source = FIXTURES.resolve(fixture);
        Path expected = FIXTURES.resolve(fixture + ".expected");
        List<String> warnings = new ArrayList<>();
        SiteBuilder.Result result = SiteBuilder.builder().source(source).output(out).jobs(1)
                .warnings(w -> warnings.add(w.format().replace(source + "/", ""))).build().run();
        assertThat(result.failed()).isFalse();
        List<String> pages;
        try (Stream<Path> files = Files.walk(expected)) {
            pages = files.filter(p -> p.toString().endsWith(".json")).map(p -> expected.relativize(p).toString())
                    .map(p -> p.substring(0, p.length() - ".json".length()) + ".html").sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") && !p.startsWith("_") && !p.startsWith(".")
                            && !List.of("genindex.html", "search.html").contains(p)).sorted().toList())
                    .as("pages").isEqualTo(pages);
        }
        ObjectMapper json = new ObjectMapper();
        for (String page : pages) {
            JsonNode sphinx = json.readTree(expected.resolve(page.replace(".html", ".json")).toFile());
            MainBody kdocs = MainBody.of(out, page);
            assertThat(kdocs.text()).as("text of %s", page).isEqualTo(sphinx.get("text").asText());
            assertThat(kdocs.ids()).as("ids of %s", page).containsAll(strings(sphinx.get("ids")));
            assertThat(kdocs.links()).as("link targets of %s", page).containsAll(strings(sphinx.get("links")));
            for (String link : kdocs.links()) {
                assertThat(resolves(link)).as("link %s of %s", link, page).isTrue();
            }
        }
        List<String> sphinxWarnings = Files.readAllLines(expected.resolve("sphinx-warnings.txt")).stream()
                .filter(SphinxOracleTest::headline).toList();
        assertThat(warnings.stream().flatMap(w -> w.lines()).filter(SphinxOracleTest::headline).sorted().toList())
                .isEqualTo(sphinxWarnings.stream().sorted().toList());
    }

    // the first line of each warning: detail lines (indented, or a parser's "If ..." alternatives) aside
    private static boolean headline(String line) {
        return line.matches("^\\S+:\\d*:? ?(WARNING|ERROR|CRITICAL|SEVERE): .*|^(WARNING|ERROR): .*")
                && !line.contains("html_static_path") && !line.contains("logo file");
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private boolean resolves(String link) throws IOException {
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        if (!Files.isRegularFile(out.resolve(path))) {
            return false;
        }
        return hash < 0 || !path.endsWith(".html") || MainBody.of(out, path).pageIds().contains(link.substring(hash + 1));
    }
}
