package org.kdocs.writers.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Walks a document tree and writes HTML5 (after docutils' html5_polyglot
 * HTMLTranslator, element by element). Structure, lists and inline markup
 * are handled here; tables in {@link TableHtml}, and notes, admonitions,
 * figures and messages in {@link NoteHtml}. One instance writes one tree.
 */
public final class HtmlTranslator {
    private static final java.util.Set<String> VOID = java.util.Set.of("img", "hr", "br", "col", "input", "meta",
            "link", "wbr", "source");
    private final StringBuilder out = new StringBuilder();
    private final Map<String, ElementRenderer> renderers;
    private final String documentTitleId;
    private int sectionLevel;
    private final boolean documentHasTitle;
    private final Map<Text, String> joinedLines;
    private final UriPolicy uriPolicy;

    HtmlTranslator(Map<String, ElementRenderer> renderers, boolean documentHasTitle, String documentTitleId,
            Map<Text, String> joinedLines, UriPolicy uriPolicy) {
        this.renderers = renderers;
        this.joinedLines = joinedLines;
        this.documentHasTitle = documentHasTitle;
        this.documentTitleId = documentTitleId;
        this.uriPolicy = uriPolicy;
    }

    String result() {
        return out.toString();
    }

    // ---- output helpers for renderers

    /** Appends markup as is. */
    public HtmlTranslator raw(String html) {
        out.append(html);
        return this;
    }

    /** Appends escaped text. */
    public HtmlTranslator text(String text) {
        out.append(Html.text(text));
        return this;
    }

    /**
     * Opens a tag for an element: its first id becomes the tag's id (further
     * ids become empty anchors right inside it, as docutils writes them, or
     * before it for an empty tag), its classes follow the given ones.
     * A URL attribute that the writer's {@link UriPolicy} refuses is left out.
     */
    public HtmlTranslator open(String tag, Element element, String classes, String... attributes) {
        List<String> ids = element == null ? List.of() : element.ids();
        boolean empty = VOID.contains(tag);
        if (empty) {
            extraIds(ids);
        }
        out.append('<').append(tag);
        if (!ids.isEmpty()) {
            out.append(" id=\"").append(Html.attr(ids.get(0))).append('"');
        }
        List<String> allClasses = new ArrayList<>();
        if (classes != null && !classes.isBlank()) {
            allClasses.add(classes);
        }
        if (element != null) {
            allClasses.addAll(element.classes());
        }
        if (!allClasses.isEmpty()) {
            out.append(" class=\"").append(Html.attr(String.join(" ", allClasses))).append('"');
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null && uriPolicy.admits(tag, attributes[i], attributes[i + 1])) {
                out.append(' ').append(attributes[i]).append("=\"").append(Html.attr(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        if (!empty) {
            extraIds(ids);
        }
        return this;
    }

    private void extraIds(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            out.append("<span id=\"").append(Html.attr(ids.get(i))).append("\"></span>");
        }
    }

    public HtmlTranslator close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes an element as {@code <tag>children</tag>}. */
    public void wrap(String tag, Element element, String classes, String... attributes) {
        open(tag, element, classes, attributes);
        children(element);
        close(tag);
    }

    /** Writes all children of an element. */
    public void children(Element element) {
        for (Node child : element.children()) {
            node(child);
        }
    }

    /** Current section depth: 0 at the document level. */
    public int sectionLevel() {
        return sectionLevel;
    }

    // ---- dispatch

    /** Writes one node. */
    public void node(Node node) {
        if (node instanceof Text text) {
            text(joinedLines.getOrDefault(text, text.astext()));
            return;
        }
        Element e = (Element) node;
        ElementRenderer custom = renderers.get(e.tagname());
        if (custom != null) {
            custom.render(e, this);
            return;
        }
        if (TableHtml.handles(e)) {
            TableHtml.render(e, this);
        } else if (NoteHtml.handles(e)) {
            NoteHtml.render(e, this);
        } else if (!structure(e) && !list(e) && !inline(e)) {
            fallback(e);
        }
    }

    private boolean structure(Element e) {
        String tag = e.tagname();
        switch (tag) {
            case "document" -> {
                // a promoted title's section ids live on the document: keep them as anchors
                for (String id : e.ids()) {
                    raw("<span id=\"").raw(Html.attr(id)).raw("\"></span>");
                }
                children(e);
            }
            case "section" -> section(e);
            case "title" -> title(e);
            case "subtitle" -> subtitle(e);
            case "rubric" -> wrap("p", e, "rubric");
            case "paragraph" -> wrap("p", e, null);
            case "transition" -> open("hr", e, "docutils");
            case "compound" -> wrap("div", e, "compound");
            case "container" -> wrap("div", e, "docutils container");
            case "block_quote" -> wrap("blockquote", e, null);
            case "attribution" -> {
                open("p", e, "attribution").raw("\u2014");
                children(e);
                close("p");
            }
            case "literal_block" -> literalBlock(e);
            case "doctest_block" -> wrap("pre", e, "doctest-block");
            case "math_block" -> wrap("pre", e, "math", "role", "math");
            case "line_block" -> wrap("div", e, "line-block");
            case "line" -> {
                open("div", e, "line");
                if (e.isEmpty()) {
                    raw("<br>");
                }
                children(e);
                close("div");
            }
            case "raw" -> rawNode(e);
            case "comment", "substitution_definition", "pending", "meta", "decoration" -> {
                if (tag.equals("decoration")) {
                    children(e);
                }
            }
            case "header", "footer" -> wrap("div", e, tag);
            case "target" -> target(e);
            case "docinfo" -> NoteHtml.docinfo(e, this);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void section(Element e) {
        sectionLevel++;
        wrap("section", e, null);
        sectionLevel--;
    }

    private void title(Element e) {
        Element parent = e.parent();
        String parentTag = parent == null ? "" : parent.tagname();
        switch (parentTag) {
            case "document" -> {
                open("h1", e, "title", "id", e.ids().isEmpty() ? documentTitleId : null);
                children(e);
                close("h1");
            }
            case "section" -> {
                int level = Math.min(6, sectionLevel + (documentHasTitle ? 1 : 0));
                String tag = "h" + level;
                open(tag, e, null);
                titleText(e);
                String anchor = parent.ids().isEmpty() ? null : parent.ids().get(0);
                if (anchor != null) {
                    raw("<a class=\"headerlink\" href=\"#").raw(Html.attr(anchor))
                            .raw("\" title=\"Link to this heading\">\u00b6</a>");
                }
                close(tag);
            }
            case "topic" -> wrap("p", e, "topic-title");
            case "sidebar" -> wrap("p", e, "sidebar-title");
            case "admonition" -> wrap("p", e, "admonition-title");
            case "table" -> wrap("caption", e, null);
            default -> wrap("p", e, "title");
        }
    }

    // a title that links back to its entry in a contents topic (docutils toc_backlinks)
    private void titleText(Element e) {
        String refid = e.getString("refid");
        if (refid != null) {
            raw("<a class=\"toc-backref\" href=\"#").raw(Html.attr(refid)).raw("\" role=\"doc-backlink\">");
            children(e);
            raw("</a>");
        } else {
            children(e);
        }
    }

    private void subtitle(Element e) {
        String parentTag = e.parent() == null ? "" : e.parent().tagname();
        wrap("p", e, parentTag.equals("sidebar") ? "sidebar-subtitle" : "subtitle");
    }

    private void literalBlock(Element e) {
        String language = e.getString("language");
        if (language == null && e.classes().contains("code") && e.classes().size() > 1) {
            language = e.classes().get(1);
        }
        open("pre", e, "literal-block", "data-language", language);
        children(e);
        close("pre");
    }

    private void rawNode(Element e) {
        String format = e.getString("format");
        if (format != null && List.of(format.toLowerCase(java.util.Locale.ROOT).split("\\s+")).contains("html")) {
            for (String id : e.ids()) {
                raw("<span id=\"").raw(Html.attr(id)).raw("\"></span>");
            }
            raw(uriPolicy.filterHtml(e.astext()));
        }
    }

    private void target(Element e) {
        // an invisible target keeps its anchor; an inline target also shows its text
        if (!e.isEmpty()) {
            wrap("span", e, "target");
        } else if (!e.ids().isEmpty()) {
            open("span", e, "target").close("span");
        }
    }

    private boolean list(Element e) {
        switch (e.tagname()) {
            case "bullet_list" -> wrap("ul", e, null);
            case "enumerated_list" -> {
                String start = e.getString("start");
                open("ol", e, e.getString("enumtype"), "type", olType(e.getString("enumtype")), "start", start);
                children(e);
                close("ol");
            }
            case "list_item" -> wrap("li", e, null);
            case "definition_list" -> wrap("dl", e, null);
            case "definition_list_item" -> definitionListItem(e);
            case "term" -> wrap("dt", e, null);
            case "classifier" -> {
                raw(" <span class=\"classifier-delimiter\">:</span> ");
                wrap("span", e, "classifier");
            }
            case "definition" -> wrap("dd", e, null);
            case "field_list" -> wrap("dl", e, "field-list");
            case "field" -> children(e);
            case "field_name" -> {
                open("dt", e, null);
                children(e);
                raw("<span class=\"colon\">:</span>");
                close("dt");
            }
            case "field_body" -> wrap("dd", e, null);
            case "option_list" -> wrap("dl", e, "option-list");
            case "option_list_item" -> children(e);
            case "option_group" -> optionGroup(e);
            case "option" -> wrap("span", e, "option");
            case "option_string" -> children(e);
            case "option_argument" -> {
                raw(Html.text(e.getString("delimiter") == null ? " " : e.getString("delimiter")));
                wrap("var", e, null);
            }
            case "description" -> wrap("dd", e, null);
            default -> {
                return false;
            }
        }
        return true;
    }

    // the term and its classifiers share one dt
    private void definitionListItem(Element item) {
        boolean inTerm = false;
        for (Node child : item.children()) {
            boolean termPart = isType(child, NodeType.TERM) || isType(child, NodeType.CLASSIFIER);
            if (termPart && isType(child, NodeType.TERM)) {
                if (inTerm) {
                    close("dt");
                }
                open("dt", (Element) child, null);
                children((Element) child);
                inTerm = true;
                continue;
            }
            if (!termPart && inTerm) {
                close("dt");
                inTerm = false;
            }
            node(child);
        }
        if (inTerm) {
            close("dt");
        }
    }

    private static String olType(String enumtype) {
        if (enumtype == null) {
            return null;
        }
        return switch (enumtype) {
            case "loweralpha" -> "a";
            case "upperalpha" -> "A";
            case "lowerroman" -> "i";
            case "upperroman" -> "I";
            default -> null;
        };
    }

    private void optionGroup(Element e) {
        open("dt", e, null).raw("<kbd>");
        boolean first = true;
        for (Node child : e.children()) {
            if (!first) {
                raw(", ");
            }
            node(child);
            first = false;
        }
        raw("</kbd>").close("dt");
    }

    private boolean inline(Element e) {
        switch (e.tagname()) {
            case "emphasis" -> wrap("em", e, null);
            case "strong" -> wrap("strong", e, null);
            case "literal" -> wrap("code", e, "docutils literal");
            case "reference" -> reference(e);
            case "footnote_reference" -> bracketReference(e, "footnote-reference brackets", false);
            case "citation_reference" -> bracketReference(e, "citation-reference", true);
            case "substitution_reference" -> children(e);
            case "title_reference" -> wrap("cite", e, null);
            case "abbreviation", "acronym" -> wrap("abbr", e, null, "title", e.getString("explanation"));
            case "superscript" -> wrap("sup", e, null);
            case "subscript" -> wrap("sub", e, null);
            case "math" -> wrap("span", e, "math", "role", "math");
            case "inline" -> wrap("span", e, null);
            case "generated" -> wrap("span", e, "generated");
            case "problematic" -> {
                String refid = e.getString("refid");
                if (refid != null) {
                    wrap("a", e, "problematic", "href", "#" + refid);
                } else {
                    wrap("span", e, "problematic");
                }
            }
            case "image" -> NoteHtml.image(e, this);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void reference(Element e) {
        String href = null;
        String kind = "reference";
        if (e.getString("refuri") != null) {
            href = e.getString("refuri");
            kind = e.get("internal") == Boolean.TRUE ? "reference internal" : "reference external";
        } else if (e.getString("refid") != null) {
            href = "#" + e.getString("refid");
            kind = "reference internal";
        }
        boolean block = e.parent() != null && !e.parent().is(Category.TEXT_ELEMENT);
        if (block) {
            raw("<p>");
        }
        wrap("a", e, kind, "href", href, "title", e.getString("reftitle"));
        if (block) {
            raw("</p>");
        }
    }

    private void bracketReference(Element e, String classes, boolean squareInText) {
        String refid = e.getString("refid");
        open("a", e, classes, "href", refid == null ? null : "#" + refid, "role", "doc-noteref");
        if (squareInText) {
            raw("[");
            children(e);
            raw("]");
        } else {
            raw("<span class=\"fn-bracket\">[</span>");
            children(e);
            raw("<span class=\"fn-bracket\">]</span>");
        }
        close("a");
    }

    // an element type nobody registered: keep its content and name it in the class
    private void fallback(Element e) {
        String classes = e.tagname().replace('_', '-');
        if (e.is(Category.INLINE) || (e.parent() != null && e.parent().is(Category.TEXT_ELEMENT))) {
            wrap("span", e, classes);
        } else {
            wrap("div", e, classes);
        }
    }

    static boolean isType(Node node, NodeType type) {
        return node instanceof Element e && e.is(type);
    }
}
