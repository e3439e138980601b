package org.kdocs.writers.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Writes a document tree as an HTML5 page body (docutils' html5 writer,
 * without the page frame). Configure with {@link #builder()}; a writer is
 * immutable and may write many documents, also from several threads.
 *
 * <pre>{@code
 * HtmlPage page = HtmlWriter.builder().build().write(document);
 * }</pre>
 */
public final class HtmlWriter {
    private final Map<NodeType, ElementRenderer> renderers;
    private final UriPolicy uriPolicy;

    private HtmlWriter(Map<NodeType, ElementRenderer> renderers, UriPolicy uriPolicy) {
        this.renderers = Map.copyOf(renderers);
        this.uriPolicy = uriPolicy;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The body, title and table of contents of a document (any element works as root). */
    public HtmlPage write(Element document) {
        Element docTitle = documentTitle(document);
        HtmlTranslator translator = new HtmlTranslator(renderers, docTitle != null, null, CjkLineBreaks.of(document),
                uriPolicy);
        translator.node(document);
        String title = titleOf(document);
        return new HtmlPage(title, translator.result(), toc(document, docTitle != null));
    }

    /** The page title of a document: its title, else its first section's title, else "". */
    public static String titleOf(Element document) {
        Element docTitle = documentTitle(document);
        return docTitle != null ? contentsText(docTitle) : firstSectionTitle(document);
    }

    /** The sections below the page title, as the in-page contents lists them. */
    public static List<TocEntry> outline(Element document) {
        return toc(document, documentTitle(document) != null);
    }

    /** Only the HTML of one element and its descendants. */
    public String fragment(Node node) {
        HtmlTranslator translator = new HtmlTranslator(renderers, false, null,
                node instanceof Element e ? CjkLineBreaks.of(e) : Map.of(), uriPolicy);
        translator.node(node);
        return translator.result();
    }

    private static Element documentTitle(Element document) {
        for (Node child : document.children()) {
            if (child instanceof Element e && e.is(NodeType.TITLE)) {
                return e;
            }
        }
        return null;
    }

    private static String firstSectionTitle(Element document) {
        for (Element section : sections(document)) {
            Element title = sectionTitle(section);
            if (title != null) {
                return contentsText(title);
            }
        }
        return "";
    }

    private static List<TocEntry> toc(Element document, boolean hasTitle) {
        List<Element> top = sections(document);
        if (hasTitle || top.isEmpty()) {
            return entries(top);
        }
        // without a document title the first section's title is the page title: list what is under it
        List<TocEntry> result = new ArrayList<>(entries(sections(top.get(0))));
        result.addAll(entries(top.subList(1, top.size())));
        return result;
    }

    private static List<TocEntry> entries(List<Element> sections) {
        List<TocEntry> result = new ArrayList<>();
        for (Element section : sections) {
            Element title = sectionTitle(section);
            if (title == null || section.ids().isEmpty()) {
                continue;
            }
            result.add(new TocEntry(section.ids().get(0), contentsText(title), entries(sections(section))));
        }
        return result;
    }

    /** A title's text as a table of contents shows it: footnote and citation marks left out, images as their alt (docutils ContentsFilter). */
    public static String contentsText(Element title) {
        StringBuilder out = new StringBuilder();
        appendContentsText(title, out);
        return out.toString().strip();
    }

    private static void appendContentsText(Element element, StringBuilder out) {
        for (Node child : element.children()) {
            if (child instanceof Element e) {
                if (e.is(NodeType.FOOTNOTE_REFERENCE) || e.is(NodeType.CITATION_REFERENCE)
                        || e.is(NodeType.SYSTEM_MESSAGE)) {
                    continue;
                }
                if (e.is(NodeType.IMAGE)) {
                    out.append(e.getString("alt") == null ? "" : e.getString("alt"));
                    continue;
                }
                appendContentsText(e, out);
            } else {
                out.append(child.astext());
            }
        }
    }

    /** The sections directly inside an element. */
    static List<Element> sections(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node child : parent.children()) {
            if (child instanceof Element e && e.is(NodeType.SECTION)) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element sectionTitle(Element section) {
        return section.size() > 0 && section.child(0) instanceof Element e && e.is(NodeType.TITLE) ? e : null;
    }

    /** Configures a writer. */
    public static final class Builder {
        private final Map<NodeType, ElementRenderer> renderers = new HashMap<>();
        private UriPolicy uriPolicy = UriPolicy.ANY;

        private Builder() {
        }

        /** Which link targets may be written (default {@link UriPolicy#ANY}, as docutils). */
        public Builder uriPolicy(UriPolicy policy) {
            this.uriPolicy = policy;
            return this;
        }

        /** Writes elements of this type through the given renderer instead of the standard one. */
        public Builder renderer(NodeType type, ElementRenderer renderer) {
            renderers.put(type, renderer);
            return this;
        }

        public HtmlWriter build() {
            return new HtmlWriter(renderers, uriPolicy);
        }
    }
}
