package org.kdocs.site;

import java.util.List;

import org.kdocs.specrun.SpecDirectives;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.writers.html.Html;
import org.kdocs.writers.html.HtmlWriter;
import org.kdocs.writers.html.UriPolicy;

/**
 * The page writer (the extensions' renderers, and the core's for downloads, scaled
 * images and spec examples), and the step that turns resolved toctrees into link
 * lists (Sphinx's toctree rendering at doctree-resolved).
 */
final class SiteRenderers {
    private SiteRenderers() {
    }

    /** The page writer with the installed extensions' renderers; {@code policy} decides which link targets a page may carry. */
    static HtmlWriter writer(UriPolicy policy) {
        return writer(policy, SiteExtensions.installed());
    }

    /** The page writer with these extensions' renderers. */
    static HtmlWriter writer(UriPolicy policy, SiteExtensions extensions) {
        HtmlWriter.Builder builder = HtmlWriter.builder().uriPolicy(policy);
        extensions.renderers().forEach(builder::renderer);
        return builder
                .renderer(SphinxNodes.DOWNLOAD_REFERENCE, Assets::renderDownload)
                .renderer(Assets.SCALED_IMAGE_LINK, Assets::renderScaledLink)
                .renderer(SpecDirectives.SPEC, SpecHtml::example)
                .renderer(SpecDirectives.SPEC_OUTPUT, SpecHtml::expectedOutput)
                .renderer(SpecDirectives.SPEC_TABLE, SpecHtml::table)
                .build();
    }

    /**
     * Replaces each toctree of a page (its doctree held, {@code nodes} taken from it) by its rendered
     * link list, or removes it when hidden; problems go to {@code warnings}.
     */
    static void renderToctrees(Page page, PageFacts.Nodes nodes, Toctrees toctrees,
                               java.util.function.Consumer<Warning> warnings) {
        for (int i = 0; i < nodes.toctrees.size(); i++) {
            Element toctree = nodes.toctrees.get(i);
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
            List<NavItem> items = toctrees.items(page.facts().toctrees().get(i), maxdepth, titlesonly, warnings);
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
