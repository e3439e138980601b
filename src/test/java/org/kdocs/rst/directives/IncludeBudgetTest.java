package org.kdocs.rst.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.NodeType;

/**
 * Files that include the next one twice have no cycle, yet 30 of them would insert 2^30 copies of
 * the last: a document's includes insert at most {@link DirectiveContext#MAX_INCLUDED_CHARS}
 * characters, then each further one is an error at its line and inserts nothing.
 */
class IncludeBudgetTest {
    @TempDir
    Path dir;

    @Test
    void includesThatDoubleAtEachLevelStopAtTheDocumentsBudget() throws IOException {
        int levels = 30;
        int chunk = 1024 * 1024;
        Files.writeString(dir.resolve("chunk.txt"), ("x".repeat(63) + "\n").repeat(chunk / 64));
        for (int i = 0; i < levels; i++) {
            String next = i + 1 < levels ? ".. include:: twice" + (i + 1) + ".rst\n\n"
                    : ".. include:: chunk.txt\n   :literal:\n\n";
            Files.writeString(dir.resolve("twice" + i + ".rst"), next + next);
        }
        RstParser parser = RstParser.builder().settings(RstSettings.defaults().withIncludeRoot(dir)
                .withLevels(null, null)).build();
        Document document = parser.parse(".. include:: twice0.rst\n", dir.resolve("main.rst").toString());

        // the included literal blocks (each error message shows its directive in a literal block too)
        long literals = document.findAll(e -> e.is(NodeType.LITERAL_BLOCK) && e.getString("source") != null).size();
        long budget = DirectiveContext.MAX_INCLUDED_CHARS;
        assertThat(literals).isBetween(budget / chunk - 2, budget / chunk);
        assertThat(document.findAll(NodeType.SYSTEM_MESSAGE)).isNotEmpty().allSatisfy(message -> {
            assertThat(message.getString("type")).isEqualTo("ERROR");
            assertThat(message.astext()).contains("characters of included text in this document");
        });
    }
}
