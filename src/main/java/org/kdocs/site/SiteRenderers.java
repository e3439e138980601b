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
                .renderer("desc_signature", (e, out) -> {
                    out.open("dt", e, "sig sig-object");
                    out.raw("<code class=\"sig-name descname\">");
                    out.children(e);
                    out.raw("</code>");
                    if (!e.ids().isEmpty()) {
                        out.raw("<a class=\"headerlink\" href=\"#" + Html.attr(e.ids().get(0))
                                + "\" title=\"Link to this definition\">\u00b6</a>");
                    }
                    out.close("dt");
                })
                .renderer("desc_content", (e, out) -> {
                    out.open("dd", e, null);
                    out.children(e);
                    out.close("dd");
                })
                .renderer("kbd", (e, out) -> out.wrap("kbd", e, null))
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
            if (toctree.getString("caption") != null) {
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
