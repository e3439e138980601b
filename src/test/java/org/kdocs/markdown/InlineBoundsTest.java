package org.kdocs.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Warning;
import org.kdocs.tree.Document;
import org.kdocs.tree.NodeType;

/**
 * Markdown inline parsing is bounded: Flexmark's inline parser with linear
 * matching gives the very same HTML as Flexmark's own, and a block too long
 * to inline-parse is shown as text with a warning at its line.
 */
class InlineBoundsTest {
    @TempDir
    Path dir;

    private static String html(boolean linear, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, linear
                ? List.of(TablesExtension.create(), StrikethroughExtension.create(), LinearInlineMatching.create())
                : List.of(TablesExtension.create(), StrikethroughExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"`code` and ``double `tick` code`` and `unclosed", "&amp; &#123; &#x41; &nosuch; &copy",
            "<https://kernel.org> <mailto:a@b.org> <a href=\"x\">raw</a> <!-- c -->",
            "[link](https://kernel.org \"title\") ![img](a.png) [ref][r] [r]\n\n[r]: /target",
            "*em* **strong** _u_ ~~gone~~ \\* escaped", "| a | b |\n|---|---|\n| `c` | [d](e) |"})
    void linearMatchingRendersExactlyAsFlexmarkDoes(String markdown) {
        assertThat(html(true, markdown)).isEqualTo(html(false, markdown));
    }

    /** Bytes the current thread allocates while parsing {@code markdown} with linear matching. */
    private static long allocatedParsing(Parser parser, String markdown) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        parser.parse(markdown);
        return threads.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void inlineMatchingAllocatesInProportionToTheBlockNotToItsSquare() {
        // issue 17, item 7: Flexmark's own matching copied the whole paragraph per match (a run of
        // backticks here), so four times the text cost sixteen times the memory and the time
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(LinearInlineMatching.create()));
        Parser parser = Parser.builder(options).build();
        String small = "`c ".repeat(1300);
        String large = "`c ".repeat(5200); // under MAX_INLINE_CHARS: parsed, not cut
        allocatedParsing(parser, large); // classes loaded, caches filled
        long smallBytes = allocatedParsing(parser, small);
        long largeBytes = allocatedParsing(parser, large);
        assertThat(largeBytes).as("bytes allocated for %d characters, against %d for %d", large.length(), smallBytes,
                small.length()).isLessThan(8 * smallBytes);
    }

    @Test
    void aBlockTooLongToInlineParseIsShownAsTextWithAWarning() throws IOException {
        String hostile = "[a](".repeat(LinearInlineMatching.MAX_INLINE_CHARS / 4 + 1000);
        Path file = Files.writeString(dir.resolve("notes.md"), "# Notes\n\nShort *one*.\n\n" + hostile + "\n");
        List<Warning> warnings = new ArrayList<>();
        Document page = new MarkdownReader().read(new SourceDoc(SourceTree.of(dir, true), "notes", file, ".md"),
                warnings::add);
        assertThat(warnings).extracting(Warning::format).containsExactly(file
                + ":5: WARNING: block longer than 16384 characters; shown as text without inline markup");
        String html = String.join("", page.findAll(NodeType.RAW).stream().map(e -> e.astext()).toList());
        assertThat(html).contains("<em>one</em>").contains("<p>[a]([a](").doesNotContain("<a ");
    }

    @Test
    void aMatchThatWouldBacktrackWithoutEndIsGivenUpWithAWarning() throws IOException {
        // found by fuzzing (issue 17): in Flexmark's link-label pattern a backslash pair is one escape or
        // two lone backslashes, so an unclosed label over 40 backslashes never finished
        String label = "[``double ` t# Ti" + "\\".repeat(44) + "wnk tewn note\nted\n";
        Path file = Files.writeString(dir.resolve("slashes.md"), "# Title\n\nText *em*.\n\n" + label);
        List<Warning> warnings = new ArrayList<>();
        Document page = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> new MarkdownReader().read(new SourceDoc(SourceTree.of(dir, true), "slashes", file, ".md"),
                        warnings::add));
        assertThat(warnings).extracting(Warning::format).containsExactly(file
                + ":5: WARNING: inline markup too costly to match here (a long run of backslashes?); shown as text");
        String html = String.join("", page.findAll(NodeType.RAW).stream().map(e -> e.astext()).toList());
        assertThat(html).contains("<em>em</em>").contains("wnk tewn note");
    }
}
