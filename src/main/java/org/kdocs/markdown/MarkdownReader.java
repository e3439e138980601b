package org.kdocs.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.kdocs.site.DocumentReader;
import org.kdocs.site.ForeignPages;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.Warning;
import org.kdocs.tree.Document;
import org.kdocs.tree.Severity;

/**
 * Reads Markdown ({@code .md}, CommonMark with GitHub tables and
 * strikethrough) through Flexmark: headings become the page's sections, so
 * the first level-1 heading is the title and the others fill the in-page
 * contents; the blocks between them are rendered by Flexmark's HTML renderer.
 * Links to other sources ({@code other.md}, {@code intro.rst}) are resolved
 * by the site afterwards. Parser and renderer are immutable and shared.
 */
public final class MarkdownReader implements DocumentReader {
    // Flexmark drops links when rendering a single block, so the whole document is rendered once,
    // with a marker for each top-level heading and code block; NUL cannot come from the source
    // (CommonMark replaces it)
    private static final String MARKER = "\u0000kdocs-block\u0000";
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean rawHtml;

    public MarkdownReader() {
        this(true);
    }

    /**
     * A reader that passes HTML written in the source through, or, without {@code rawHtml} (an
     * untrusted build, like docutils' raw_enabled off), shows it as text with a warning at its line.
     */
    public MarkdownReader(boolean rawHtml) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                LinearInlineMatching.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, !rawHtml);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(data -> () -> Set.of(
                new NodeRenderingHandler<>(Heading.class, (node, context, html) -> mark(node, context, html)),
                new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> mark(node, context, html)),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, (node, context, html) -> mark(node, context, html)),
                new NodeRenderingHandler<>(LinearInlineMatching.UnparsedInline.class,
                        (node, context, html) -> html.text(node.getChars().toString().replace('\0', '\uFFFD')))))
                .build();
    }

    @Override
    public String cacheKey() {
        return rawHtml ? "markdown" : "markdown without raw HTML";
    }

    @Override
    public Document read(SourceDoc source, Consumer<Warning> warnings) {
        String text = DocumentReader.readText(source, warnings);
        return text == null ? null : convert(text, source, warnings);
    }

    /** The page for Markdown {@code text} standing for {@code source} (the reading step, apart from the file). */
    public Document convert(String text, SourceDoc source, Consumer<Warning> warnings) {
        try {
            return render(text, source, warnings);
        } catch (RuntimeException e) {
            // a Flexmark bug (its tables extension throws on "|\n\t|---") must cost one page's markup,
            // not the build: the page keeps its text, and the writer learns why it looks plain
            warnings.accept(new Warning(source.file().toString(), 0, Severity.WARNING, "the Markdown parser failed on "
                    + "this page (" + e + "); shown as preformatted text"));
            return ForeignPages.plainPage(source, text);
        }
    }

    private Document render(String text, SourceDoc source, Consumer<Warning> warnings) {
        Node markdown = parser.parse(text);
        for (Node node : markdown.getDescendants()) {
            if (node instanceof LinearInlineMatching.UnparsedInline) {
                warnings.accept(new Warning(source.file().toString(), node.getParent().getLineNumber() + 1,
                        Severity.WARNING, "block longer than " + LinearInlineMatching.MAX_INLINE_CHARS
                        + " characters; shown as text without inline markup"));
            }
        }
        int cut = LinearInlineMatching.CUT_OFFSET.get(markdown.getDocument());
        if (cut >= 0) {
            warnings.accept(new Warning(source.file().toString(), markdown.getDocument().getLineNumber(cut) + 1,
                    Severity.WARNING, "inline markup too costly to match here (a long run of backslashes?); "
                    + "shown as text"));
        }
        if (!rawHtml) {
            for (Node node : markdown.getDescendants()) {
                if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                    warnings.accept(new Warning(source.file().toString(), node.getLineNumber() + 1, Severity.WARNING,
                            "raw HTML disabled; shown as text"));
                }
            }
        }
        List<Node> marked = new ArrayList<>();
        for (Node block = markdown.getFirstChild(); block != null; block = block.getNext()) {
            if (isMarked(block)) {
                marked.add(block);
            }
        }
        String[] chunks = renderer.render(markdown).split(MARKER, -1);
        ForeignPages.Builder page = ForeignPages.builder(source);
        if (marked.isEmpty() || !(marked.get(0) instanceof Heading first) || first.getLevel() != 1
                || !onlyComments(markdown.getFirstChild(), first)) {
            page.section(1, source.docname(), null);
        }
        page.html(chunks[0]);
        for (int i = 0; i < marked.size() && i + 1 < chunks.length; i++) {
            Node block = marked.get(i);
            if (block instanceof Heading heading) {
                page.section(heading.getLevel(), new TextCollectingVisitor().collectAndGetText(heading).strip(), null);
            } else if (block instanceof FencedCodeBlock fenced) {
                String language = fenced.getInfo().toString().strip().split("\\s+")[0];
                page.code(fenced.getContentChars().toString(), language);
            } else {
                page.code(((IndentedCodeBlock) block).getContentChars().toString(), null);
            }
            page.html(chunks[i + 1]);
        }
        return page.document();
    }

    // the first heading is the page title when nothing but comments (an SPDX line) comes before it
    private static boolean onlyComments(Node from, Node heading) {
        for (Node block = from; block != null && block != heading; block = block.getNext()) {
            if (!(block instanceof HtmlCommentBlock)) {
                return false;
            }
        }
        return true;
    }

    // headings and code blocks of the top level become site sections and literal blocks
    private static boolean isMarked(Node node) {
        return node.getParent() instanceof com.vladsch.flexmark.util.ast.Document
                && (node instanceof Heading || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock);
    }

    private static void mark(Node node, NodeRendererContext context, HtmlWriter html) {
        if (isMarked(node)) {
            html.raw(MARKER);
        } else {
            context.delegateRender();
        }
    }
}
