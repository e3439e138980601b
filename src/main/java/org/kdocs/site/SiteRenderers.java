package org.kdocs.site;

import java.util.List;

import org.kdocs.site.ext.sphinx.SphinxNodes;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.writers.html.Html;
import org.kdocs.writers.html.HtmlWriter;
import org.kdocs.writers.html.UriPolicy;

/**
 * How Sphinx's node types look in a page, and the step that turns resolved
 * toctrees into link lists (Sphinx's toctree rendering at doctree-resolved).
 */
final class SiteRenderers {
    private SiteRenderers() {
    }

    /** The page writer; {@code policy} decides which link targets a page may carry. */
    static HtmlWriter writer(UriPolicy policy) {
        return HtmlWriter.builder().uriPolicy(policy)
                .renderer("versionmodified", (e, out) -> {
                    out.open("div", e, String.valueOf(e.getString("type")));
                    out.children(e);
                    out.close("div");
                })
                .renderer("seealso", (e, out) -> {
                    out.open("aside", e, "admonition seealso", "role", "note");
                    out.raw("<p class=\"admonition-title\">See also</p>");
                    out.children(e);
                    out.close("aside");
                })
                .renderer("desc", (e, out) -> {
                    out.open("dl", e, null);
                    out.children(e);
                    out.close("dl");
                })
                .renderer("desc_signature", SiteRenderers::signature)
                .renderer("desc_content", (e, out) -> {
                    out.open("dd", e, null);
                    out.children(e);
                    out.close("dd");
                })
                .renderer("desc_name", (e, out) -> signaturePart(e, out, "sig-name descname"))
                .renderer("desc_addname", (e, out) -> signaturePart(e, out, "sig-prename descclassname"))
                .renderer("desc_sig_keyword", (e, out) -> signaturePart(e, out, "k"))
                .renderer("desc_sig_keyword_type", (e, out) -> signaturePart(e, out, "kt"))
                .renderer("desc_sig_name", (e, out) -> signaturePart(e, out, "n"))
                .renderer("desc_sig_punctuation", (e, out) -> signaturePart(e, out, "p"))
                .renderer("desc_sig_operator", (e, out) -> signaturePart(e, out, "o"))
                .renderer("desc_sig_space", (e, out) -> signaturePart(e, out, "w"))
                .renderer("desc_sig_literal_number", (e, out) -> signaturePart(e, out, "m"))
                .renderer("desc_sig_literal_string", (e, out) -> signaturePart(e, out, "s"))
                .renderer("desc_sig_literal_char", (e, out) -> signaturePart(e, out, "sc"))
                .renderer("desc_parameterlist", SiteRenderers::parameterList)
                .renderer("desc_parameter", (e, out) -> signatureChildren(e, out))
                .renderer("desc_inline", (e, out) -> {
                    out.open("span", e, "sig sig-inline " + e.getString("domain"));
                    out.children(e);
                    out.close("span");
                })
                .renderer("kbd", (e, out) -> out.wrap("kbd", e, null))
                .renderer("classifier", (e, out) -> out.wrap("span", e, "classifier"))
                .renderer("math", (e, out) -> {
                    out.open("span", e, "math notranslate nohighlight");
                    out.text("\\(" + e.astext() + "\\)");
                    out.close("span");
                })
                .renderer("math_block", SiteRenderers::displayMath)
                .renderer("caption", SiteRenderers::caption)
                .renderer("highlightlang", (e, out) -> { })
                .renderer("index", (e, out) -> { })
                .renderer("toctree", (e, out) -> { })
                .renderer("only", (e, out) -> out.children(e))
                .renderer("pending_xref", (e, out) -> out.children(e))
                .renderer("download_reference", Assets::renderDownload)
                .renderer("scaled_image_link", Assets::renderScaledLink)
                .renderer("spec_example", SpecHtml::example)
                .renderer("spec_output", SpecHtml::expectedOutput)
                .renderer("spec_table", SpecHtml::table)
                .build();
    }

    // Sphinx's dt of a described object: the signature's words protected from wrapping, a permalink
    // unless the object is declared again, and a line break (the C domain's desc_signature_line)
    private static void signature(Element e, org.kdocs.writers.html.HtmlTranslator out) {
        out.open("dt", e, "sig sig-object " + (e.parent() == null ? "" : e.parent().getString("domain")));
        signatureChildren(e, out);
        boolean parsed = e.getString(org.kdocs.site.ext.sphinx.cdomain.CDomain.FULLNAME) != null;
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

    /** Replaces each toctree of a page by its rendered link list, or removes it when hidden. */
    static void renderToctrees(Page page, Toctrees toctrees) {
        for (Element toctree : page.document().findAll(SphinxNodes.TOCTREE)) {
            Element wrapper = toctree.parent();
            boolean wrapped = wrapper != null && wrapper.is(NodeType.COMPOUND)
                    && wrapper.classes().contains("toctree-wrapper");
            Element replaced = wrapped ? wrapper : toctree;
            if (replaced.parent() == null) {
                continue;
            }
            if (Boolean.TRUE.equals(toctree.get("hidden"))) {
                replaced.parent().remove(replaced);
                continue;
            }
            int maxdepth = toctree.get("maxdepth") instanceof Integer n ? n : -1;
            boolean titlesonly = Boolean.TRUE.equals(toctree.get("titlesonly"));
            List<NavItem> items = toctrees.items(toctree, maxdepth, titlesonly);
            StringBuilder html = new StringBuilder("<div class=\"toctree-wrapper compound\">");
            // Sphinx's TocTree.resolve gives nothing, caption included, for a toctree without entries
            if (toctree.getString("caption") != null && !items.isEmpty()) {
                html.append("<p class=\"caption\" role=\"heading\"><span class=\"caption-text\">")
                        .append(Html.text(toctree.getString("caption"))).append("</span></p>");
            }
            PageLayout.navList(html, items, page.path(), null, 1);
            html.append("</div>");
            Element raw = Element.text(NodeType.RAW, "", html.toString());
            raw.set("format", "html");
            raw.ids().addAll(replaced.ids());
            replaced.parent().replace(replaced, raw);
        }
    }
}
