package org.kdocs.site;

import java.util.List;

import org.kdocs.writers.html.Html;
import org.kdocs.writers.html.TocEntry;

/**
 * The frame around every page (what Sphinx's theme templates do): header
 * with search box and language switch, sidebar navigation, breadcrumbs,
 * in-page contents, previous/next links and the view-source link. All links
 * are relative, so the site works from disk as well as from a server.
 */
final class PageLayout {
    /**
     * A language version of a page: a counterpart in a sibling tree, or (the kernel's in-tree layout)
     * below translations/LANG/. An entry for the page itself names the page's language.
     */
    record Translation(String lang, String languageName, Page page) {
        Translation(SourceTree tree, Page page) {
            this(tree.htmlLang(), tree.languageName(), page);
        }
    }

    /** Where the spec report is written, relative to the site root. */
    static final String SPEC_REPORT = "spec-report.html";

    private final String project;
    private final boolean specReport;

    PageLayout(String project) {
        this(project, false);
    }

    /** With {@code specReport}, every page's header links to the spec report. */
    PageLayout(String project, boolean specReport) {
        this.project = project;
        this.specReport = specReport;
    }

    String page(Page page, String body, List<NavItem> sidebar, Page root, List<Translation> translations) {
        String path = page.path();
        String toRoot = Urls.toRoot(path);
        StringBuilder out = new StringBuilder(body.length() + 8192);
        head(out, page.title(), page.source().tree(), toRoot);
        header(out, path, root, page.source().tree(), toRoot, translations);
        out.append("<div class=\"page\">\n");
        sidebar(out, sidebar, path, page);
        out.append("<main>\n");
        breadcrumbs(out, page, path);
        pageToc(out, page, page.outline());
        out.append("<article class=\"document\" role=\"main\">\n").append(body).append("\n</article>\n");
        prevNext(out, page, path);
        out.append("<footer class=\"page-footer\"><a class=\"view-source\" rel=\"nofollow\" href=\"")
                .append(Html.attr(Urls.relative(path, page.source().sourceCopyPath())))
                .append("\">View page source</a></footer>\n");
        out.append("</main>\n</div>\n</body>\n</html>\n");
        return out.toString();
    }

    String searchPage(String path, SourceTree tree, Page root, List<NavItem> sidebar) {
        String toRoot = Urls.toRoot(path);
        StringBuilder out = new StringBuilder();
        head(out, "Search", tree, toRoot);
        header(out, path, root, tree, toRoot, List.of());
        out.append("<div class=\"page\">\n");
        sidebar(out, sidebar, path, null);
        out.append("<main>\n<article class=\"document\" role=\"main\">\n<h1>Search</h1>\n")
                .append("<form class=\"search-form\" action=\"\" method=\"get\"><input type=\"search\" name=\"q\" ")
                .append("id=\"search-input\" aria-label=\"Search words\"> <button type=\"submit\">Search</button></form>\n")
                .append("<p id=\"search-status\"></p>\n<ul id=\"search-results\" class=\"search-results\"></ul>\n")
                .append("<noscript><p>Searching needs JavaScript.</p></noscript>\n</article>\n</main>\n</div>\n")
                .append("<script src=\"").append(toRoot).append("searchindex.js\"></script>\n")
                .append("<script src=\"").append(toRoot).append("_static/search.js\"></script>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    /** A page of the builder's own (such as the spec report) in the frame of the given tree's pages. */
    String generatedPage(String path, String title, String body, SourceTree tree, Page root, List<NavItem> sidebar) {
        String toRoot = Urls.toRoot(path);
        StringBuilder out = new StringBuilder(body.length() + 4096);
        head(out, title, tree, toRoot);
        header(out, path, root, tree, toRoot, List.of());
        out.append("<div class=\"page\">\n");
        sidebar(out, sidebar, path, null);
        out.append("<main>\n<article class=\"document\" role=\"main\">\n").append(body)
                .append("\n</article>\n</main>\n</div>\n</body>\n</html>\n");
        return out.toString();
    }

    private void head(StringBuilder out, String title, SourceTree tree, String toRoot) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.attr(tree.htmlLang())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title.isEmpty() ? project : title + " \u2014 " + project))
                .append("</title>\n<link rel=\"stylesheet\" href=\"").append(toRoot).append("_static/kdocs.css\">\n")
                .append("</head>\n<body>\n");
    }

    private void header(StringBuilder out, String path, Page root, SourceTree tree, String toRoot,
                        List<Translation> translations) {
        out.append("<header class=\"site-header\">\n<a class=\"project\" href=\"")
                .append(Html.attr(root == null ? toRoot + "index.html" : Urls.relative(path, root.path())))
                .append("\">").append(Html.text(project)).append("</a>\n")
                .append("<form class=\"search-box\" role=\"search\" action=\"").append(toRoot)
                .append("search.html\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"Search\" ")
                .append("aria-label=\"Search the docs\"></form>\n");
        // the general index link of Sphinx's themes ("Index" in the related bar)
        out.append("<a class=\"genindex-link\" href=\"").append(toRoot).append("genindex.html\">")
                .append(Html.text(indexLabel(tree))).append("</a>\n");
        if (specReport) {
            out.append("<a class=\"spec-report-link\" href=\"").append(toRoot).append(SPEC_REPORT)
                    .append("\">Spec report</a>\n");
        }
        List<Translation> others = translations.stream().filter(t -> !t.page().path().equals(path)).toList();
        if (!others.isEmpty()) {
            String current = translations.stream().filter(t -> t.page().path().equals(path))
                    .map(Translation::languageName).findFirst().orElse(tree.languageName());
            out.append("<nav class=\"language-switch\" aria-label=\"Languages\"><span class=\"current-language\">")
                    .append(Html.text(current)).append("</span>");
            for (Translation translation : others) {
                out.append(" <a hreflang=\"").append(Html.attr(translation.lang()))
                        .append("\" lang=\"").append(Html.attr(translation.lang()))
                        .append("\" href=\"").append(Html.attr(Urls.relative(path, translation.page().path())))
                        .append("\">").append(Html.text(translation.languageName())).append("</a>");
            }
            out.append("</nav>\n");
        }
        out.append("</header>\n");
    }

    // Sphinx's zh_CN catalog translates "Index" as 索引
    private static String indexLabel(SourceTree tree) {
        return tree.language().toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? "\u7d22\u5f15" : "Index";
    }

    // collapsed as Sphinx's sidebar toctree: top entries, and below them only the current page's branch
    private void sidebar(StringBuilder out, List<NavItem> items, String path, Page current) {
        java.util.Set<Page> open = new java.util.HashSet<>();
        for (Page p = current; p != null; p = p.parent()) {
            open.add(p);
        }
        out.append("<nav class=\"sidebar\" aria-label=\"Site navigation\">\n");
        collapsedList(out, items, path, current, open, 1);
        out.append("</nav>\n");
    }

    private static void collapsedList(StringBuilder out, List<NavItem> items, String path, Page current,
                                      java.util.Set<Page> open, int level) {
        out.append("<ul>");
        for (NavItem item : items) {
            boolean isCurrent = current != null && item.page() == current && item.anchor() == null;
            boolean expanded = item.anchor() == null && item.page() != null && open.contains(item.page());
            out.append("<li class=\"toctree-l").append(level).append(isCurrent ? " current" : "")
                    .append(expanded && !isCurrent ? " current-branch" : "").append("\">");
            link(out, item, path, isCurrent);
            List<NavItem> children = item.children().stream()
                    .filter(child -> child.anchor() == null || isCurrent).toList();
            if (expanded && !children.isEmpty()) {
                collapsedList(out, children, path, current, open, level + 1);
            }
            out.append("</li>");
        }
        out.append("</ul>\n");
    }

    private static void link(StringBuilder out, NavItem item, String path, boolean isCurrent) {
        out.append("<a class=\"reference ").append(item.url() != null ? "external" : "internal")
                .append("\" href=\"").append(Html.attr(item.href(path))).append("\"")
                .append(isCurrent ? " aria-current=\"page\"" : "").append(">")
                .append(Html.text(item.title())).append("</a>");
    }

    /** Writes nested lists of navigation items, marking the current page. */
    static void navList(StringBuilder out, List<NavItem> items, String path, Page current, int level) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<ul>");
        for (NavItem item : items) {
            boolean isCurrent = current != null && item.page() == current && item.anchor() == null;
            out.append("<li class=\"toctree-l").append(level).append(isCurrent ? " current" : "").append("\">");
            link(out, item, path, isCurrent);
            navList(out, item.children(), path, current, level + 1);
            out.append("</li>");
        }
        out.append("</ul>\n");
    }

    private void breadcrumbs(StringBuilder out, Page page, String path) {
        java.util.ArrayDeque<Page> chain = new java.util.ArrayDeque<>();
        for (Page p = page.parent(); p != null; p = p.parent()) {
            chain.push(p);
        }
        out.append("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\">");
        for (Page p : chain) {
            out.append("<a href=\"").append(Html.attr(Urls.relative(path, p.path()))).append("\">")
                    .append(Html.text(p.numberedTitle())).append("</a> \u00bb ");
        }
        out.append("<span aria-current=\"page\">").append(Html.text(page.numberedTitle())).append("</span></nav>\n");
    }

    private void pageToc(StringBuilder out, Page page, List<TocEntry> outline) {
        if (outline.isEmpty()) {
            return;
        }
        out.append("<nav class=\"page-toc\" aria-label=\"On this page\"><p class=\"page-toc-title\">On this page</p>");
        tocList(out, page, outline);
        out.append("</nav>\n");
    }

    private void tocList(StringBuilder out, Page page, List<TocEntry> entries) {
        out.append("<ul>");
        for (TocEntry entry : entries) {
            out.append("<li><a href=\"#").append(Html.attr(entry.id())).append("\">")
                    .append(Html.text(page.numbered(entry.id(), entry.title())))
                    .append("</a>");
            if (!entry.children().isEmpty()) {
                tocList(out, page, entry.children());
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private void prevNext(StringBuilder out, Page page, String path) {
        if (page.previous() == null && page.next() == null) {
            return;
        }
        out.append("<nav class=\"prev-next\" aria-label=\"Previous and next\">");
        if (page.previous() != null) {
            out.append("<a class=\"prev\" rel=\"prev\" href=\"")
                    .append(Html.attr(Urls.relative(path, page.previous().path()))).append("\">\u00ab ")
                    .append(Html.text(page.previous().numberedTitle())).append("</a>");
        }
        if (page.next() != null) {
            out.append("<a class=\"next\" rel=\"next\" href=\"")
                    .append(Html.attr(Urls.relative(path, page.next().path()))).append("\">")
                    .append(Html.text(page.next().numberedTitle())).append(" \u00bb</a>");
        }
        out.append("</nav>\n");
    }
}
