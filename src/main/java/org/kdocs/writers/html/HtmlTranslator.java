package org.kdocs.writers.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Walks a document tree and writes HTML5 (after docutils' html5_polyglot
 * HTMLTranslator, element by element). An element goes to the renderer of
 * its {@link NodeType}: one given to the writer (an extension's) first, else
 * the standard one. Structure, lists and inline markup are rendered here;
 * tables in {@link TableHtml}, and notes, admonitions, figures and messages
 * in {@link NoteHtml}. One instance writes one tree.
 */
public final class HtmlTranslator {
    private static final java.util.Set<String> VOID = java.util.Set.of("img", "hr", "br", "col", "input", "meta",
            "link", "wbr", "source");
    private final StringBuilder out = new StringBuilder();
    private final Map<NodeType, ElementRenderer> renderers;
    private final String documentTitleId;
    private int sectionLevel;
    private final boolean documentHasTitle;
    private final Map<Text, String> joinedLines;
    private final UriPolicy uriPolicy;

    HtmlTranslator(Map<NodeType, ElementRenderer> renderers, boolean documentHasTitle, String documentTitleId,
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

    // docutils' visit_* methods, one per node type; extension renderers come first
    private static final Map<NodeType, ElementRenderer> STANDARD = standardRenderers();
    private static final Map<NodeType, String> TITLE_CLASSES = Map.of(NodeType.TOPIC, "topic-title",
            NodeType.SIDEBAR, "sidebar-title", NodeType.ADMONITION, "admonition-title");

    /** Writes one node. */
    public void node(Node node) {
        if (node instanceof Text text) {
            text(joinedLines.getOrDefault(text, text.astext()));
            return;
        }
        Element e = (Element) node;
        ElementRenderer renderer = renderers.get(e.type());
        if (renderer == null) {
            renderer = STANDARD.get(e.type());
        }
        if (renderer != null) {
            renderer.render(e, this);
        } else if (e.is(Category.ADMONITION)) {
            NoteHtml.admonition(e, this);
        } else {
            fallback(e);
        }
    }

    private static Map<NodeType, ElementRenderer> standardRenderers() {
        Map<NodeType, ElementRenderer> map = new HashMap<>();
        map.put(NodeType.DOCUMENT, (e, out) -> {
            // a promoted title's section ids live on the document: keep them as anchors
            for (String id : e.ids()) {
                out.raw("<span id=\"").raw(Html.attr(id)).raw("\"></span>");
            }
            out.children(e);
        });
        map.put(NodeType.SECTION, (e, out) -> out.section(e));
        map.put(NodeType.TITLE, (e, out) -> out.title(e));
        map.put(NodeType.SUBTITLE, (e, out) -> out.subtitle(e));
        map.put(NodeType.RUBRIC, (e, out) -> out.wrap("p", e, "rubric"));
        map.put(NodeType.PARAGRAPH, (e, out) -> out.wrap("p", e, null));
        map.put(NodeType.TRANSITION, (e, out) -> out.open("hr", e, "docutils"));
        map.put(NodeType.COMPOUND, (e, out) -> out.wrap("div", e, "compound"));
        map.put(NodeType.CONTAINER, (e, out) -> out.wrap("div", e, "docutils container"));
        map.put(NodeType.BLOCK_QUOTE, (e, out) -> out.wrap("blockquote", e, null));
        map.put(NodeType.ATTRIBUTION, (e, out) -> {
            out.open("p", e, "attribution").raw("\u2014");
            out.children(e);
            out.close("p");
        });
        map.put(NodeType.LITERAL_BLOCK, (e, out) -> out.literalBlock(e));
        map.put(NodeType.DOCTEST_BLOCK, (e, out) -> out.wrap("pre", e, "doctest-block"));
        map.put(NodeType.MATH_BLOCK, (e, out) -> out.wrap("pre", e, "math", "role", "math"));
        map.put(NodeType.LINE_BLOCK, (e, out) -> out.wrap("div", e, "line-block"));
        map.put(NodeType.LINE, (e, out) -> {
            out.open("div", e, "line");
            if (e.isEmpty()) {
                out.raw("<br>");
            }
            out.children(e);
            out.close("div");
        });
        map.put(NodeType.RAW, (e, out) -> out.rawNode(e));
        ElementRenderer invisible = (e, out) -> { };
        for (NodeType type : List.of(NodeType.COMMENT, NodeType.SUBSTITUTION_DEFINITION, NodeType.PENDING,
                NodeType.META)) {
            map.put(type, invisible);
        }
        map.put(NodeType.DECORATION, (e, out) -> out.children(e));
        map.put(NodeType.HEADER, (e, out) -> out.wrap("div", e, "header"));
        map.put(NodeType.FOOTER, (e, out) -> out.wrap("div", e, "footer"));
        map.put(NodeType.TARGET, (e, out) -> out.target(e));
        map.put(NodeType.DOCINFO, NoteHtml::docinfo);
        lists(map);
        inlines(map);
        TableHtml.register(map);
        NoteHtml.register(map);
        return Map.copyOf(map);
    }

    private void section(Element e) {
        sectionLevel++;
        wrap("section", e, null);
        sectionLevel--;
    }

    private void title(Element e) {
        Element parent = e.parent();
        if (parent != null && parent.is(NodeType.DOCUMENT)) {
            open("h1", e, "title", "id", e.ids().isEmpty() ? documentTitleId : null);
            children(e);
            close("h1");
        } else if (parent != null && parent.is(NodeType.SECTION)) {
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
        } else if (parent != null && parent.is(NodeType.TABLE)) {
            wrap("caption", e, null);
        } else {
            wrap("p", e, TITLE_CLASSES.getOrDefault(parent == null ? null : parent.type(), "title"));
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
        boolean inSidebar = e.parent() != null && e.parent().is(NodeType.SIDEBAR);
        wrap("p", e, inSidebar ? "sidebar-subtitle" : "subtitle");
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

    private static void lists(Map<NodeType, ElementRenderer> map) {
        map.put(NodeType.BULLET_LIST, (e, out) -> out.wrap("ul", e, null));
        map.put(NodeType.ENUMERATED_LIST, (e, out) -> {
            String start = e.getString("start");
            out.open("ol", e, e.getString("enumtype"), "type", olType(e.getString("enumtype")), "start", start);
            out.children(e);
            out.close("ol");
        });
        map.put(NodeType.LIST_ITEM, (e, out) -> out.wrap("li", e, null));
        map.put(NodeType.DEFINITION_LIST, (e, out) -> out.wrap("dl", e, null));
        map.put(NodeType.DEFINITION_LIST_ITEM, (e, out) -> out.definitionListItem(e));
        map.put(NodeType.TERM, (e, out) -> out.wrap("dt", e, null));
        map.put(NodeType.CLASSIFIER, (e, out) -> {
            out.raw(" <span class=\"classifier-delimiter\">:</span> ");
            out.wrap("span", e, "classifier");
        });
        map.put(NodeType.DEFINITION, (e, out) -> out.wrap("dd", e, null));
        map.put(NodeType.FIELD_LIST, (e, out) -> out.wrap("dl", e, "field-list"));
        map.put(NodeType.FIELD, (e, out) -> out.children(e));
        map.put(NodeType.FIELD_NAME, (e, out) -> {
            out.open("dt", e, null);
            out.children(e);
            out.raw("<span class=\"colon\">:</span>");
            out.close("dt");
        });
        map.put(NodeType.FIELD_BODY, (e, out) -> out.wrap("dd", e, null));
        map.put(NodeType.OPTION_LIST, (e, out) -> out.wrap("dl", e, "option-list"));
        map.put(NodeType.OPTION_LIST_ITEM, (e, out) -> out.children(e));
        map.put(NodeType.OPTION_GROUP, (e, out) -> out.optionGroup(e));
        map.put(NodeType.OPTION, (e, out) -> out.wrap("span", e, "option"));
        map.put(NodeType.OPTION_STRING, (e, out) -> out.children(e));
        map.put(NodeType.OPTION_ARGUMENT, (e, out) -> {
            out.raw(Html.text(e.getString("delimiter") == null ? " " : e.getString("delimiter")));
            out.wrap("var", e, null);
        });
        map.put(NodeType.DESCRIPTION, (e, out) -> out.wrap("dd", e, null));
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

    private static void inlines(Map<NodeType, ElementRenderer> map) {
        map.put(NodeType.EMPHASIS, (e, out) -> out.wrap("em", e, null));
        map.put(NodeType.STRONG, (e, out) -> out.wrap("strong", e, null));
        map.put(NodeType.LITERAL, (e, out) -> out.wrap("code", e, "docutils literal"));
        map.put(NodeType.REFERENCE, (e, out) -> out.reference(e));
        map.put(NodeType.FOOTNOTE_REFERENCE,
                (e, out) -> out.bracketReference(e, "footnote-reference brackets", false));
        map.put(NodeType.CITATION_REFERENCE, (e, out) -> out.bracketReference(e, "citation-reference", true));
        map.put(NodeType.SUBSTITUTION_REFERENCE, (e, out) -> out.children(e));
        map.put(NodeType.TITLE_REFERENCE, (e, out) -> out.wrap("cite", e, null));
        ElementRenderer abbreviation = (e, out) -> out.wrap("abbr", e, null, "title", e.getString("explanation"));
        map.put(NodeType.ABBREVIATION, abbreviation);
        map.put(NodeType.ACRONYM, abbreviation);
        map.put(NodeType.SUPERSCRIPT, (e, out) -> out.wrap("sup", e, null));
        map.put(NodeType.SUBSCRIPT, (e, out) -> out.wrap("sub", e, null));
        map.put(NodeType.MATH, (e, out) -> out.wrap("span", e, "math", "role", "math"));
        map.put(NodeType.INLINE, (e, out) -> out.wrap("span", e, null));
        map.put(NodeType.GENERATED, (e, out) -> out.wrap("span", e, "generated"));
        map.put(NodeType.PROBLEMATIC, (e, out) -> {
            String refid = e.getString("refid");
            if (refid != null) {
                out.wrap("a", e, "problematic", "href", "#" + refid);
            } else {
                out.wrap("span", e, "problematic");
            }
        });
        map.put(NodeType.IMAGE, NoteHtml::image);
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
