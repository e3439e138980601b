package org.kdocs.rst.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.rst.RstParser;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/** Lines inserted by include inside nested blocks keep the enclosing blocks in step. */
class IncludeInsertionTest {

    @Test
    void sectionsAfterAnIncludeInASubsectionStayWhereTheyAre(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("inc.rst"), "Included para.\n\nSecond\n------\n\nMore.\n");
        Files.writeString(dir.resolve("inc2.rst"), "Nested include.\n");
        String main = "Title\n=====\n\nSub\n---\n\n.. include:: inc.rst\n\nAfter include.\n\n"
                + "Other top\n=========\n\n- item\n\n  .. include:: inc2.rst\n- item 2\n\nDone.\n";
        Path source = dir.resolve("main.rst");
        Files.writeString(source, main);
        Document document = RstParser.builder().build().parse(main, source.toString());

        List<String> topSections = document.children().stream().map(Element.class::cast)
                .filter(e -> e.is(NodeType.SECTION)).map(e -> e.names().get(0)).toList();
        assertThat(topSections).containsExactly("title", "other top");
        Element title = (Element) document.child(0);
        List<String> subsections = title.children().stream().map(Element.class::cast)
                .filter(e -> e.is(NodeType.SECTION)).map(e -> e.names().get(0)).toList();
        assertThat(subsections).containsExactly("sub", "second");

        Element other = (Element) document.child(1);
        Element list = other.findAll(NodeType.BULLET_LIST).get(0);
        assertThat(list.size()).isEqualTo(2);
        assertThat(((Element) list.child(0)).astext()).isEqualTo("item\n\nNested include.");
        Node last = other.child(other.size() - 1);
        assertThat(last.astext()).isEqualTo("Done.");
    }
}
