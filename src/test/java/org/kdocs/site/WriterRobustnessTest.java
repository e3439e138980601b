package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kdocs.conformance.DocutilsCorpus;
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
        RstReader reader = new RstReader();
        HtmlWriter writer = SiteRenderers.writer(org.kdocs.writers.html.UriPolicy.ANY);
        SourceTree tree = SourceTree.of(dir, true);
        List<String> problems = new ArrayList<>();
        int written = 0;
        for (DocutilsCorpus.Case c : DocutilsCorpus.cases()) {
            String id = c.id();
            Path file = dir.resolve("case.rst");
            Files.writeString(file, c.input());
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
