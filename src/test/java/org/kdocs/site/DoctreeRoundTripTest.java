package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kdocs.conformance.DocutilsCorpus;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.tree.Document;
import org.kdocs.tree.TreeCodec;
import org.kdocs.writers.html.HtmlWriter;

/**
 * A document kept in the build cache comes back exactly: the same pseudo-XML,
 * the same HTML, the same id and name bookkeeping, for every page of the
 * project's manual (both languages) and every docutils conformance input.
 */
class DoctreeRoundTripTest {
    @TempDir
    Path dir;

    private static Document roundTrip(Document document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            TreeCodec.write(document, out);
        }
        return TreeCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static List<String> differences(String name, Document original) throws IOException {
        Document copy = roundTrip(original);
        List<String> problems = new ArrayList<>();
        if (!copy.pformat().equals(original.pformat())) {
            problems.add(name + ": pformat differs");
        }
        HtmlWriter writer = SiteRenderers.writer(org.kdocs.writers.html.UriPolicy.ANY);
        if (!writer.write(copy).body().equals(writer.write(original).body())) {
            problems.add(name + ": HTML differs");
        }
        if (!copy.elementsById().keySet().equals(original.elementsById().keySet()) || !copy.nameIds().equals(original.nameIds())
                || !copy.nameTypes().equals(original.nameTypes())
                || !copy.dependencies().equals(original.dependencies())) {
            problems.add(name + ": bookkeeping differs");
        }
        for (String id : original.elementsById().keySet()) {
            if (original.elementById(id).parent() != null && !copy.elementById(id).tagname().equals(original.elementById(id).tagname())) {
                problems.add(name + ": id " + id + " points elsewhere");
            }
        }
        return problems;
    }

    @Test
    void everyPageOfTheManualRoundTrips() throws IOException {
        RstReader reader = new RstReader();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String root : List.of("docs", "docs-zh_CN")) {
            SourceTree tree = SourceTree.of(Path.of(root), root.equals("docs"));
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                files = walk.filter(p -> p.toString().endsWith(".rst")).sorted().toList();
            }
            for (Path file : files) {
                String name = Path.of(root).relativize(file).toString();
                SourceDoc doc = new SourceDoc(tree, name.substring(0, name.length() - 4), file, ".rst");
                Document document = reader.read(doc, w -> { });
                assertThat(document).as(file.toString()).isNotNull();
                SphinxPostRead.apply(document, Set.of("html"), file.toString(), w -> { });
                CodeHighlighting.apply(document);
                problems.addAll(differences(file.toString(), document));
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void everyConformanceInputRoundTrips() throws IOException {
        RstReader reader = new RstReader();
        SourceTree tree = SourceTree.of(dir, true);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (DocutilsCorpus.Case c : DocutilsCorpus.cases()) {
            Path file = dir.resolve("case.rst");
            Files.writeString(file, c.input());
            Document document = reader.read(new SourceDoc(tree, "case", file, ".rst"), w -> { });
            if (document != null) {
                problems.addAll(differences(c.id(), document));
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(700);
    }

    @Test
    void aDependencyNotedWhileReadingIsKept() throws IOException {
        Files.writeString(dir.resolve("part.txt"), "Included text.\n");
        Path file = dir.resolve("main.rst");
        Files.writeString(file, "Title\n=====\n\n.. include:: part.txt\n\n.. literalinclude:: missing.c\n");
        Document document = new RstReader().read(new SourceDoc(SourceTree.of(dir, true), "main", file, ".rst"),
                w -> { });
        assertThat(document.dependencies()).containsExactly(dir.resolve("part.txt").toAbsolutePath().toString(),
                dir.resolve("missing.c").toAbsolutePath().toString());
        assertThat(roundTrip(document).dependencies()).isEqualTo(document.dependencies());
    }

    @Test
    void textWithQuestionMarksAndSurrogatesComesBackExactly() throws IOException {
        // UTF-8 keeps a surrogate pair but would turn a lone one into '?', as a '?' of the text itself
        for (String text : List.of("what? \u00e9?", "\ud83d\ude00 pair?", "lone \ud83d? high", "? \ude00 low",
                "\u2019quoted\u2019 ??")) {
            Path file = dir.resolve("q.rst");
            Files.writeString(file, "Title\n=====\n\nText.\n");
            Document document = new RstReader().read(new SourceDoc(SourceTree.of(dir, true), "q", file, ".rst"),
                    w -> { });
            org.kdocs.tree.Element paragraph = document.findAll(org.kdocs.tree.NodeType.PARAGRAPH).get(0);
            paragraph.replace(paragraph.children().get(0), new org.kdocs.tree.Text(text));
            assertThat(roundTrip(document).findAll(org.kdocs.tree.NodeType.PARAGRAPH).get(0).astext().chars().boxed().toList())
                    .isEqualTo(text.chars().boxed().toList());
        }
    }

    @Test
    void dataThatIsNotADocumentTreeIsRejectedWithoutACrash() {
        byte[] garbage = "not a tree at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> TreeCodec.read(new DataInputStream(new ByteArrayInputStream(garbage))))
                .isInstanceOf(IOException.class);
    }
}
