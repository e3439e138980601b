package org.kdocs.writers.html;

import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Asides and figures: footnotes and citations with their back-links,
 * admonitions, topics and sidebars, system messages, figures and images,
 * and the bibliographic fields of a docinfo block.
 */
final class NoteHtml {
    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(
            Map.entry("author", "Author"), Map.entry("authors", "Authors"),
            Map.entry("organization", "Organization"), Map.entry("address", "Address"),
            Map.entry("contact", "Contact"), Map.entry("version", "Version"), Map.entry("revision", "Revision"),
            Map.entry("status", "Status"), Map.entry("date", "Date"), Map.entry("copyright", "Copyright"));

    private NoteHtml() {
    }

    static void register(Map<NodeType, ElementRenderer> map) {
        map.put(NodeType.FOOTNOTE, NoteHtml::note);
        map.put(NodeType.CITATION, NoteHtml::note);
        map.put(NodeType.LABEL, (e, out) -> { }); // written by note
        map.put(NodeType.TOPIC, (e, out) -> out.wrap(e.classes().contains("contents") ? "nav" : "aside", e, "topic"));
        map.put(NodeType.SIDEBAR, (e, out) -> out.wrap("aside", e, "sidebar"));
        map.put(NodeType.SYSTEM_MESSAGE, NoteHtml::systemMessage);
        map.put(NodeType.FIGURE, (e, out) -> {
            String align = e.getString("align");
            String width = e.getString("width");
            out.open("figure", e, align == null ? null : "align-" + align,
                    "style", width == null ? null : "width: " + width);
            out.children(e);
            out.close("figure");
        });
        map.put(NodeType.CAPTION, (e, out) -> {
            out.open("figcaption", null, null);
            out.wrap("p", e, "caption");
            out.close("figcaption");
        });
        map.put(NodeType.LEGEND, (e, out) -> out.wrap("div", e, "legend"));
        for (NodeType admonition : List.of(NodeType.ATTENTION, NodeType.CAUTION, NodeType.DANGER, NodeType.ERROR,
                NodeType.IMPORTANT, NodeType.NOTE, NodeType.TIP, NodeType.HINT, NodeType.WARNING,
                NodeType.ADMONITION)) {
            map.put(admonition, NoteHtml::admonition);
        }
    }

    private static void note(Element e, HtmlTranslator out) {
        boolean footnote = e.is(NodeType.FOOTNOTE);
        out.open("aside", e, footnote ? "footnote brackets" : "citation", "role", footnote ? "doc-footnote" : null);
        List<String> backrefs = e.backrefs();
        Element label = null;
        for (Node child : e.children()) {
            if (child instanceof Element c && c.is(NodeType.LABEL)) {
                label = c;
                break;
            }
        }
        out.raw("<span class=\"label\"><span class=\"fn-bracket\">[</span>");
        String labelText = label == null ? "" : label.astext();
        if (backrefs.size() == 1) {
            out.raw("<a role=\"doc-backlink\" href=\"#" + Html.attr(backrefs.get(0)) + "\">")
                    .text(labelText).raw("</a>");
        } else {
            out.text(labelText);
        }
        // docutils ends the label and the back-links with a line break, which separates them in the text
        out.raw("<span class=\"fn-bracket\">]</span></span>\n");
        if (backrefs.size() > 1) {
            out.raw("<span class=\"backrefs\">(");
            for (int i = 0; i < backrefs.size(); i++) {
                if (i > 0) {
                    out.raw(",");
                }
                out.raw("<a role=\"doc-backlink\" href=\"#" + Html.attr(backrefs.get(i)) + "\">" + (i + 1) + "</a>");
            }
            out.raw(")</span>\n");
        }
        for (Node child : e.children()) {
            if (child != label) {
                out.node(child);
            }
        }
        out.close("aside");
    }

    static void admonition(Element e, HtmlTranslator out) {
        String kind = e.tagname();
        out.open("aside", e, "admonition" + (kind.equals("admonition") ? "" : " " + kind), "role", "note");
        if (!kind.equals("admonition")) {
            out.raw("<p class=\"admonition-title\">").text(label(kind)).raw("</p>");
        }
        out.children(e);
        out.close("aside");
    }

    /** The English heading of an admonition type, e.g. "Note" for note. */
    static String label(String kind) {
        return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('_', ' ');
    }

    private static void systemMessage(Element e, HtmlTranslator out) {
        out.open("aside", e, "system-message");
        out.raw("<p class=\"system-message-title\">System Message: ")
                .text(e.getString("type") + "/" + e.getString("level"))
                .raw(" (<span class=\"docutils literal\">").text(String.valueOf(e.getString("source"))).raw("</span>");
        if (e.getString("line") != null) {
            out.text(", line " + e.getString("line"));
        }
        out.raw(")");
        List<String> backrefs = e.backrefs();
        for (int i = 0; i < backrefs.size(); i++) {
            out.raw(i == 0 ? "; <em>backlink" + (backrefs.size() > 1 ? "s" : "") + "</em> " : " ");
            out.raw("<a href=\"#" + Html.attr(backrefs.get(i)) + "\">" + (backrefs.size() > 1 ? i + 1 : "") + "</a>");
        }
        out.raw("</p>");
        out.children(e);
        out.close("aside");
    }

    static void image(Element e, HtmlTranslator out) {
        String uri = e.getString("uri");
        String alt = e.getString("alt");
        String align = e.getString("align");
        out.open("img", e, align == null ? null : "align-" + align,
                "src", uri == null ? "" : uri,
                "alt", alt == null ? (uri == null ? "" : uri) : alt,
                "width", e.getString("width"), "height", e.getString("height"));
    }

    static void docinfo(Element e, HtmlTranslator out) {
        out.open("dl", e, "docinfo");
        for (Node child : e.children()) {
            if (child instanceof Element field && BIBLIOGRAPHIC.containsKey(field.tagname())) {
                String name = field.tagname();
                out.raw("<dt class=\"" + name + "\">").text(BIBLIOGRAPHIC.get(name))
                        .raw("<span class=\"colon\">:</span></dt>");
                out.open("dd", field, name);
                if (field.is(NodeType.ADDRESS)) {
                    out.raw("<pre class=\"address\">");
                    out.children(field);
                    out.raw("</pre>");
                } else if (field.is(NodeType.AUTHORS)) {
                    for (Node author : field.children()) {
                        out.raw("<p>");
                        out.node(author instanceof Element a ? textOnly(a) : author);
                        out.raw("</p>");
                    }
                } else {
                    out.children(field);
                }
                out.close("dd");
            } else {
                out.node(child);
            }
        }
        out.close("dl");
    }

    // an author inside authors is written without its own tag
    private static Node textOnly(Element author) {
        Element copy = new Element(NodeType.INLINE);
        for (Node child : author.children()) {
            copy.add(child.deepCopy());
        }
        return copy;
    }
}
