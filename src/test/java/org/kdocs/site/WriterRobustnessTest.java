package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.tree.Document;
import org.kdocs.writers.html.HtmlPage;
import org.kdocs.writers.html.HtmlWriter;

/**
 * Every input of the docutils conformance corpus (755 small documents,
 * many of them deliberately broken) reads and writes to HTML without an
 * exception, with no escape marker or unescaped markup from the text
 * leaking into the page.
 */
class WriterRobustnessTest {
    @TempDir
    Path dir;

    @Test
    void everyCorpusInputBecomesAPageWithoutAnException() throws IOException {
        Path corpus = Path.of(System.getProperty("kdocs.shared", "../shared"), "conformance",
                "docutils-rst-cases.jsonl");
        ObjectMapper json = new ObjectMapper();
        RstReader reader = new RstReader();
        HtmlWriter writer = SiteRenderers.writer();
        SourceTree tree = SourceTree.of(dir, true);
        List<String> problems = new ArrayList<>();
        int written = 0;
        for (String line : Files.readAllLines(corpus)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String id = node.get("id").asText();
            Path file = dir.resolve("case.rst");
            Files.writeString(file, node.get("input").asText());
            List<Warning> warnings = new ArrayList<>();
            try {
                Document document = reader.read(new SourceDoc(tree, "case", file, ".rst"), warnings::add);
                warnings.stream().filter(w -> w.message().startsWith("internal error"))
                        .forEach(w -> problems.add(id + ": " + w.message()));
                if (document == null) {
                    continue;
                }
                SphinxPostRead.apply(document, java.util.Set.of("html"), file.toString(), warnings::add);
                HtmlPage page = writer.write(document);
                if (page.body().indexOf('\u0000') >= 0) {
                    problems.add(id + ": escape marker in output");
                }
                Jsoup.parseBodyFragment(page.body());
                written++;
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(id + ": " + e);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(written).isGreaterThan(700);
    }
}
