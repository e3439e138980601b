package org.kdocs.site;

import java.util.List;
import java.util.Map;

import org.kdocs.specrun.SpecResult;
import org.kdocs.tree.Element;
import org.kdocs.writers.html.Html;
import org.kdocs.writers.html.HtmlTranslator;

/**
 * How the literate tests look in the site: each example with a pass/fail
 * badge, its code (written as any literal block, so it is highlighted as
 * the site highlights C) and its actual output in a collapsible block; each
 * spec-table with a badge and its rows marked; and the report page listing
 * every example of the build.
 */
final class SpecHtml {
    private SpecHtml() {
    }

    /** A spec_example node, after {@link SpecChecks} wrote its result onto it. */
    static void example(Element e, HtmlTranslator out) {
        String status = status(e);
        out.open("div", e, "spec-example spec-" + status, "data-spec-name", e.getString("name"));
        out.raw("<p class=\"spec-heading\">");
        badge(out, status);
        out.raw(" <code class=\"spec-name\">").text(String.valueOf(e.getString("name"))).raw("</code> ");
        out.raw("<span class=\"spec-model\">").text(String.valueOf(e.getString("model"))).raw("</span>");
        if (e.getString("title") != null) {
            out.raw(" <span class=\"spec-title\">").text(e.getString("title")).raw("</span>");
        }
        out.raw("</p>");
        out.children(e);
        String message = e.getString(SpecChecks.MESSAGE);
        if (message != null && !message.isEmpty()) {
            out.raw("<pre class=\"spec-message\">").text(message).raw("</pre>");
        }
        if (e.get(SpecChecks.RUNS) != null) {
            Object runs = e.get(SpecChecks.RUNS);
            String output = String.valueOf(e.getString(SpecChecks.OUTPUT));
            out.raw("<details class=\"spec-actual\"><summary>Actual output (")
                    .text(runs + (Integer.valueOf(1).equals(runs) ? " run" : " runs")).raw(")</summary>");
            out.raw("<pre class=\"literal-block spec-actual-output\">")
                    .text(output.isEmpty() ? "(no output)" : output).raw("</pre></details>");
        }
        out.close("div");
    }

    /** A spec_output node: the output the document expects, labelled as such. */
    static void expectedOutput(Element e, HtmlTranslator out) {
        out.open("div", e, "spec-expected-output", "data-spec-name", e.getString("name"));
        out.raw("<p class=\"spec-expected-label\">Expected output");
        String source = e.getString("source-file");
        if (source != null && !source.equals("console")) {
            out.raw(" (<code>").text(source).raw("</code>)");
        }
        out.raw("</p>");
        out.children(e);
        out.close("div");
    }

    /** A spec_table node: a badge, the table with its rows marked, and the failures. */
    static void table(Element e, HtmlTranslator out) {
        String status = status(e);
        out.open("div", e, "spec-table spec-" + status, "data-spec-name", e.getString("name"));
        out.raw("<p class=\"spec-heading\">");
        badge(out, status);
        out.raw(" <code class=\"spec-name\">").text(String.valueOf(e.getString("name"))).raw("</code> ")
                .raw("<span class=\"spec-model\">").text(String.valueOf(e.getString("model"))).raw("</span></p>");
        out.children(e);
        String message = e.getString(SpecChecks.MESSAGE);
        if (message != null && !message.isEmpty()) {
            out.raw("<pre class=\"spec-message\">").text(message).raw("</pre>");
        }
        out.close("div");
    }

    private static String status(Element e) {
        String status = e.getString(SpecChecks.STATUS);
        return status == null ? "unchecked" : status;
    }

    private static void badge(HtmlTranslator out, String status) {
        out.raw("<span class=\"spec-badge spec-badge-").raw(Html.attr(status)).raw("\">")
                .text(status.toUpperCase(java.util.Locale.ROOT)).raw("</span>");
    }

    /** The body of the report page: a summary and one table row per example or table row. */
    static String report(List<SpecChecks.Checked> checked, String path) {
        long passed = checked.stream().filter(c -> c.result().passed()).count();
        StringBuilder out = new StringBuilder("<h1>Spec report</h1>\n");
        out.append("<p class=\"spec-summary\">").append(checked.size()).append(checked.size() == 1 ? " example: " : " examples: ").append(passed)
                .append(" passed, ").append(checked.size() - passed).append(" failed.</p>\n");
        out.append("<table class=\"spec-report docutils\">\n<thead><tr><th>Location</th><th>Name</th><th>Model</th>")
                .append("<th>Status</th><th>Runs</th><th>Failures</th><th>Signatures</th></tr></thead>\n<tbody>\n");
        for (SpecChecks.Checked c : checked) {
            SpecResult r = c.result();
            String status = r.status().word();
            out.append("<tr class=\"spec-row-").append(status).append("\"><td><a href=\"")
                    .append(Html.attr(Urls.relative(path, c.page().path()) + "#" + c.anchor())).append("\">")
                    .append(Html.text(r.example().file() + ":" + r.example().line())).append("</a></td><td>")
                    .append(Html.text(r.example().name())).append("</td><td>").append(Html.text(r.example().model()))
                    .append("</td><td><span class=\"spec-badge spec-badge-").append(status).append("\">")
                    .append(status.toUpperCase(java.util.Locale.ROOT)).append("</span></td><td>").append(r.runs())
                    .append("</td><td>").append(r.failures()).append("</td><td>");
            signatures(out, r.signatures());
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return out.toString();
    }

    private static void signatures(StringBuilder out, Map<String, Integer> signatures) {
        if (signatures.isEmpty()) {
            return;
        }
        out.append("<ul class=\"spec-signatures\">");
        signatures.forEach((signature, count) -> out.append("<li><code>").append(Html.text(signature))
                .append("</code>: ").append(count).append("</li>"));
        out.append("</ul>");
    }
}
