package org.kdocs.site.ext.sphinx;

import java.util.List;

import org.kdocs.site.SiteExtension;
import org.kdocs.site.SphinxNodes;
import org.kdocs.site.ext.sphinx.cdomain.CDomain;
import org.kdocs.site.ext.sphinx.cdomain.SigNodes;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.writers.html.Html;

/**
 * How Sphinx's node types look in a page (Sphinx's HTML5Translator visit methods for
 * sphinx.addnodes, and sphinx.ext.mathjax for math).
 */
final class SphinxRenderers {
    private SphinxRenderers() {
    }

    static void register(SiteExtension.Parts parts) {
        parts.renderer(SphinxNodes.VERSIONMODIFIED, (e, out) -> {
                    out.open("div", e, String.valueOf(e.getString("type")));
                    out.children(e);
                    out.close("div");
                })
                .renderer(SphinxNodes.SEEALSO, (e, out) -> {
                    out.open("aside", e, "admonition seealso", "role", "note");
                    out.raw("<p class=\"admonition-title\">See also</p>");
                    out.children(e);
                    out.close("aside");
                })
                .renderer(SphinxNodes.DESC, (e, out) -> {
                    out.open("dl", e, null);
                    out.children(e);
                    out.close("dl");
                })
                .renderer(SphinxNodes.DESC_SIGNATURE, SphinxRenderers::signature)
                .renderer(SphinxNodes.DESC_CONTENT, (e, out) -> {
                    out.open("dd", e, null);
                    out.children(e);
                    out.close("dd");
                })
                .renderer(SigNodes.DESC_NAME, (e, out) -> signaturePart(e, out, "sig-name descname"))
                .renderer(SigNodes.DESC_ADDNAME, (e, out) -> signaturePart(e, out, "sig-prename descclassname"))
                .renderer(SigNodes.KEYWORD, (e, out) -> signaturePart(e, out, "k"))
                .renderer(SigNodes.KEYWORD_TYPE, (e, out) -> signaturePart(e, out, "kt"))
                .renderer(SigNodes.NAME, (e, out) -> signaturePart(e, out, "n"))
                .renderer(SigNodes.PUNCTUATION, (e, out) -> signaturePart(e, out, "p"))
                .renderer(SigNodes.OPERATOR, (e, out) -> signaturePart(e, out, "o"))
                .renderer(SigNodes.SPACE, (e, out) -> signaturePart(e, out, "w"))
                .renderer(SigNodes.NUMBER, (e, out) -> signaturePart(e, out, "m"))
                .renderer(SigNodes.STRING, (e, out) -> signaturePart(e, out, "s"))
                .renderer(SigNodes.CHAR, (e, out) -> signaturePart(e, out, "sc"))
                .renderer(SigNodes.PARAMETER_LIST, SphinxRenderers::parameterList)
                .renderer(SigNodes.PARAMETER, (e, out) -> signatureChildren(e, out))
                .renderer(SigNodes.INLINE, (e, out) -> {
                    out.open("span", e, "sig sig-inline " + e.getString("domain"));
                    out.children(e);
                    out.close("span");
                })
                .renderer(SphinxNodes.KBD, (e, out) -> out.wrap("kbd", e, null))
                .renderer(NodeType.CLASSIFIER, (e, out) -> out.wrap("span", e, "classifier"))
                .renderer(NodeType.MATH, (e, out) -> {
                    out.open("span", e, "math notranslate nohighlight");
                    out.text("\\(" + e.astext() + "\\)");
                    out.close("span");
                })
                .renderer(NodeType.MATH_BLOCK, SphinxRenderers::displayMath)
                .renderer(NodeType.CAPTION, SphinxRenderers::caption)
                .renderer(SphinxNodes.HIGHLIGHTLANG, (e, out) -> { })
                .renderer(SphinxNodes.INDEX, (e, out) -> { })
                .renderer(SphinxNodes.TOCTREE, (e, out) -> { })
                .renderer(SphinxNodes.ONLY, (e, out) -> out.children(e))
                .renderer(SphinxNodes.PENDING_XREF, (e, out) -> out.children(e));
    }

    // Sphinx's dt of a described object: the signature's words protected from wrapping, a permalink
    // unless the object is declared again, and a line break (the C domain's desc_signature_line)
    private static void signature(Element e, org.kdocs.writers.html.HtmlTranslator out) {
        out.open("dt", e, "sig sig-object " + (e.parent() == null ? "" : e.parent().getString("domain")));
        signatureChildren(e, out);
        boolean parsed = e.getString(CDomain.FULLNAME) != null;
        if (!e.ids().isEmpty() && !Boolean.TRUE.equals(e.get("c:redeclaration"))) {
            out.raw("<a class=\"headerlink\" href=\"#" + Html.attr(e.ids().get(0))
                    + "\" title=\"Link to this definition\">\u00b6</a>");
        }
        if (parsed) {
            out.raw("<br />");
        }
        out.close("dt");
    }

    private static void signaturePart(Element e, org.kdocs.writers.html.HtmlTranslator out, String cls) {
        out.open("span", e, cls);
        signatureChildren(e, out);
        out.close("span");
    }

    // text of a signature: each word in a "pre" span, as Sphinx's protect_literal_text
    private static void signatureChildren(Element e, org.kdocs.writers.html.HtmlTranslator out) {
        for (org.kdocs.tree.Node child : e.children()) {
            if (child instanceof org.kdocs.tree.Text text) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+|\\s+").matcher(text.astext());
                while (m.find()) {
                    String token = m.group();
                    if (!token.isBlank()) {
                        out.raw("<span class=\"pre\">").text(token).raw("</span>");
                    } else if (token.equals(" ") || token.equals("\n")) {
                        out.raw(token);
                    } else {
                        out.raw("&#160;".repeat(token.length() - 1) + " ");
                    }
                }
            } else {
                out.node(child);
            }
        }
    }

    private static void parameterList(Element e, org.kdocs.writers.html.HtmlTranslator out) {
        out.raw("<span class=\"sig-paren\">(</span>");
        boolean first = true;
        for (org.kdocs.tree.Node child : e.children()) {
            if (!first) {
                out.raw(", ");
            }
            first = false;
            out.node(child);
        }
        out.raw("<span class=\"sig-paren\">)</span>");
    }

    // sphinx.ext.mathjax's display math: the LaTeX between \[ and \], equations split at blank lines
    // joined in an aligned environment, a labelled equation's number before it
    private static void displayMath(Element e, org.kdocs.writers.html.HtmlTranslator out) {
        out.open("div", e, "math notranslate nohighlight");
        if (Boolean.TRUE.equals(e.get("nowrap"))) {
            out.text(e.astext());
            out.close("div");
            return;
        }
        if (e.get("number") instanceof Integer number) {
            out.raw("<span class=\"eqno\">(" + number + ")");
            if (!e.ids().isEmpty()) {
                out.raw("<a class=\"headerlink\" href=\"#" + Html.attr(e.ids().get(0))
                        + "\" title=\"Link to this equation\">\u00b6</a>");
            }
            out.raw("</span>");
        }
        List<String> parts = java.util.Arrays.stream(e.astext().split("\n\n")).filter(p -> !p.isBlank()).toList();
        StringBuilder latex = new StringBuilder("\\[");
        if (parts.size() > 1) {
            latex.append(" \\begin{align}\\begin{aligned}");
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            latex.append(part.contains("\\\\") ? "\\begin{split}" + part + "\\end{split}" : part);
            if (i < parts.size() - 1) {
                latex.append("\\\\");
            }
        }
        if (parts.size() > 1) {
            latex.append("\\end{aligned}\\end{align} ");
        }
        out.text(latex.append("\\]").toString());
        out.close("div");
    }

    // a code-block's caption is a div above the code, as Sphinx writes it; a figure's is a figcaption
    private static void caption(Element e, org.kdocs.writers.html.HtmlTranslator out) {
        Element parent = e.parent();
        if (parent != null && parent.is(NodeType.CONTAINER) && parent.classes().contains("literal-block-wrapper")) {
            out.wrap("div", e, "code-block-caption");
            return;
        }
        out.open("figcaption", null, null);
        out.wrap("p", e, "caption");
        out.close("figcaption");
    }

}
