package org.kdocs.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Warning;
import org.kdocs.tree.Document;
import org.kdocs.tree.NodeType;

/** A page on which Flexmark itself throws costs its markup, with a warning, and never the build. */
class ParserFailureTest {
    @TempDir
    Path dir;

    @Test
    void aPageTheTablesExtensionThrowsOnIsShownAsPreformattedTextWithAWarning() throws IOException {
        // found by fuzzing (issue 17); reduced to a pipe line and a tab-indented delimiter row at the start
        // of the page, where Flexmark 0.64's TableParagraphPreProcessor asks for the offset before the first
        String source = "|\n\t|---\nThe text after the table.\n";
        Path file = Files.writeString(dir.resolve("table.md"), source);
        List<Warning> warnings = new ArrayList<>();
        Document page = new MarkdownReader().read(new SourceDoc(SourceTree.of(dir, true), "table", file, ".md"),
                warnings::add);
        assertThat(warnings).extracting(Warning::format).singleElement().asString()
                .startsWith(file + ": WARNING: the Markdown parser failed on this page (java.lang.StringIndexOutOf")
                .endsWith("); shown as preformatted text");
        assertThat(page.findAll(NodeType.LITERAL_BLOCK)).singleElement()
                .satisfies(block -> assertThat(block.astext()).isEqualTo(source.strip()));
        assertThat(page.findAll(NodeType.TITLE)).first().satisfies(title -> assertThat(title.astext()).isEqualTo("table"));
    }
}
