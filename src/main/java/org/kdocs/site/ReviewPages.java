package org.kdocs.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.kdocs.lint.Finding;
import org.kdocs.lint.LintConfig;
import org.kdocs.lint.Linter;
import org.kdocs.lint.rules.Rules;
import org.kdocs.writers.html.Html;
import org.kdocs.writers.html.HtmlWriter;

/**
 * The side-by-side review pages of {@code kdocs build --review}: for every
 * translated page, {@code _review/<page>} shows the original and the
 * translation in two columns, a section of rows per section, one row per
 * pair of blocks ({@link BlockAlignment}); a block without counterpart gets
 * a row of its own, marked. The linter's findings on the translation are
 * shown under the block holding their line. {@code _review/index.html}
 * lists the pages with their counts.
 */
final class ReviewPages {
    static final String DIR = "_review/";

    /** A translated page and its original. */
    record Pair(Page original, Page translation) {
        String path() {
            return DIR + translation.path();
        }
    }

    /** What one review page counted, for the index. */
    record Counts(Pair pair, int aligned, int missing, int extra, int findings) {
    }

    private ReviewPages() {
    }

    /** Every translated page whose original is in the site: sibling trees, or the kernel's translations/LANG/. */
    static List<Pair> pairs(List<Page> pages, List<SourceTree> trees, Map<String, Page> byKey,
                            SiteExtensions extensions) {
        List<Pair> pairs = new ArrayList<>();
        for (Page page : pages) {
            Page original = Counterparts.original(page, trees, byKey, extensions);
            if (original != null) {
                pairs.add(new Pair(original, page));
            }
        }
        return pairs;
    }

    /** The body of one review page and what it counted; findings come from the linter on the translation file. */
    static Counts write(Pair pair, HtmlWriter writer, Linter linter, StringBuilder body) {
        List<BlockAlignment.Block> original = BlockAlignment.blocks(pair.original().document());
        List<BlockAlignment.Block> translation = BlockAlignment.blocks(pair.translation().document());
        List<BlockAlignment.Row> rows = BlockAlignment.align(original, translation);
        List<Finding> all = linter.lintFile(pair.translation().source().file());
        Map<Integer, List<Finding>> findings = attach(all, translation);
        int aligned = 0;
        int missing = 0;
        int extra = 0;
        StringBuilder table = new StringBuilder();
        table.append("<table class=\"review\">\n<thead><tr><th>")
                .append(Html.text(pair.original().source().tree().languageName() + " \u2014 "
                        + pair.original().source().docname())).append("</th><th>")
                .append(Html.text(pair.translation().source().tree().languageName() + " \u2014 "
                        + pair.translation().source().docname())).append("</th></tr></thead>\n");
        table.append(findingsRow(findings.remove(-1)));
        boolean open = false;
        for (BlockAlignment.Row row : rows) {
            BlockAlignment.Block any = row.original() != null ? row.original() : row.translation();
            if (any.title() || !open) {
                table.append(open ? "</tbody>\n" : "").append("<tbody class=\"review-section\">\n");
                open = true;
            }
            String state = row.original() == null ? "review-extra" : row.translation() == null ? "review-missing"
                    : "review-aligned";
            aligned += state.equals("review-aligned") ? 1 : 0;
            missing += state.equals("review-missing") ? 1 : 0;
            extra += state.equals("review-extra") ? 1 : 0;
            table.append("<tr class=\"review-row ").append(state).append("\">");
            cell(table, "review-original", row.original(), pair.original(), pair, writer, List.of(),
                    "no counterpart in the original");
            cell(table, "review-translation", row.translation(), pair.translation(), pair, writer,
                    row.translation() == null ? List.of()
                            : findings.getOrDefault(translation.indexOf(row.translation()), List.of()),
                    "missing in the translation");
            table.append("</tr>\n");
        }
        table.append(open ? "</tbody>\n" : "").append("</table>\n");
        int count = all.size();
        body.append("<div class=\"review-page\">\n<h1>Review: ").append(Html.text(pair.translation().title()))
                .append("</h1>\n<p class=\"review-summary\">").append(aligned).append(" blocks aligned, ")
                .append(missing).append(" missing in the translation, ").append(extra)
                .append(" only in the translation, ").append(count).append(" lint finding")
                .append(count == 1 ? "" : "s").append(".</p>\n").append(table).append("</div>\n");
        return new Counts(pair, aligned, missing, extra, count);
    }

    /** The index of review pages: one line per translated page with its counts. */
    static String index(List<Counts> all) {
        StringBuilder out = new StringBuilder("<div class=\"review-index\">\n<h1>Translation review</h1>\n<ul>\n");
        for (Counts c : all) {
            out.append("<li><a href=\"").append(Html.attr(Urls.relative(DIR + "index.html", c.pair().path())))
                    .append("\">").append(Html.text(c.pair().translation().source().docname())).append("</a> (")
                    .append(Html.text(c.pair().translation().source().tree().name())).append("): ")
                    .append(c.aligned()).append(" aligned, ").append(c.missing()).append(" missing, ")
                    .append(c.extra()).append(" extra, ").append(c.findings()).append(" findings</li>\n");
        }
        return out.append("</ul>\n</div>").toString();
    }

    /** Where the site writes a generated page: path, title, body, and the tree whose frame it gets. */
    interface Output {
        void write(String path, String title, String body, SourceTree tree) throws java.io.IOException;
    }

    /** Writes the review page of every translated page, and their index in the frame of the first tree. */
    static void writeAll(List<Page> pages, List<SourceTree> trees, Map<String, Page> byKey, HtmlWriter writer,
            SiteExtensions extensions, Output out) throws java.io.IOException {
        List<Counts> counts = new ArrayList<>();
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults())) {
            for (Pair pair : pairs(pages, trees, byKey, extensions)) {
                StringBuilder body = new StringBuilder();
                counts.add(write(pair, writer, linter, body));
                out.write(pair.path(), "Review: " + pair.translation().title(), body.toString(),
                        pair.translation().source().tree());
            }
        }
        if (!trees.isEmpty()) {
            out.write(DIR + "index.html", "Translation review", index(counts), trees.get(0));
        }
    }

    // findings by the index of the translation block holding their line; -1 for lines before the first block
    private static Map<Integer, List<Finding>> attach(List<Finding> findings, List<BlockAlignment.Block> blocks) {
        Map<Integer, List<Finding>> byBlock = new TreeMap<>();
        for (Finding f : findings) {
            int at = -1;
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).line() > 0 && blocks.get(i).line() <= f.line()) {
                    at = i;
                }
            }
            byBlock.computeIfAbsent(at, k -> new ArrayList<>()).add(f);
        }
        return byBlock;
    }

    private static String findingsRow(List<Finding> findings) {
        if (findings == null || findings.isEmpty()) {
            return "";
        }
        return "<tbody class=\"review-section\"><tr class=\"review-row review-header\"><td></td><td>"
                + findingsList(findings) + "</td></tr></tbody>\n";
    }

    private static String findingsList(List<Finding> findings) {
        StringBuilder out = new StringBuilder("<ul class=\"review-findings\">");
        for (Finding f : findings) {
            out.append("<li class=\"review-finding ").append(f.severity().label()).append("\" data-line=\"")
                    .append(f.line()).append("\">line ").append(f.line()).append(": ").append(Html.text(f.message()))
                    .append(" <span class=\"rule\">[").append(Html.text(f.ruleId())).append("]</span></li>");
        }
        return out.append("</ul>").toString();
    }

    private static void cell(StringBuilder out, String side, BlockAlignment.Block block, Page page, Pair pair,
            HtmlWriter writer, List<Finding> findings, String empty) {
        if (block == null) {
            out.append("<td class=\"").append(side).append(" review-empty\"><p class=\"review-none\">")
                    .append(Html.text(empty)).append("</p></td>");
            return;
        }
        out.append("<td class=\"").append(side).append("\" data-kind=\"").append(Html.attr(block.kind()))
                .append("\" data-line=\"").append(block.line()).append("\"><span class=\"review-line\">")
                .append(block.line() > 0 ? "line " + block.line() : "").append("</span>");
        String html = block.title() ? "<p class=\"review-title review-depth-" + block.depth() + "\">"
                + Html.text(block.node().astext()) + "</p>" : writer.fragment(block.node());
        out.append(rebased(html, page.path(), pair.path()));
        if (!findings.isEmpty()) {
            out.append(findingsList(findings));
        }
        out.append("</td>");
    }

    /** The fragment's relative links, written for {@code from}, made to work from {@code to}. */
    static String rebased(String html, String from, String to) {
        if (!html.contains("href=") && !html.contains("src=")) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        URI base = URI.create("site:/" + from);
        for (String attribute : List.of("href", "src")) {
            for (org.jsoup.nodes.Element e : fragment.select("[" + attribute + "]")) {
                String link = e.attr(attribute);
                if (link.isEmpty() || link.contains(":") || link.startsWith("/")) {
                    continue;
                }
                try {
                    URI target = base.resolve(link);
                    String path = target.getPath().substring(1);
                    e.attr(attribute, Urls.relative(to, path) + (target.getFragment() == null ? ""
                            : "#" + target.getRawFragment()));
                } catch (IllegalArgumentException ex) {
                    // a link that is no URI stays as written
                }
            }
        }
        return fragment.body().html();
    }
}
