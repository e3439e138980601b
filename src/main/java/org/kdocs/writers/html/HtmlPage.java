package org.kdocs.writers.html;

import java.util.List;

/**
 * A document written as HTML: the page title as plain text, the body
 * fragment (no {@code <html>} or {@code <body>}: the site puts it in its
 * layout), and the page's sections as a table of contents.
 *
 * @param title the document title, or the first section title, or "" when it has neither
 * @param body  the HTML fragment
 * @param toc   the sections below the page title
 */
public record HtmlPage(String title, String body, List<TocEntry> toc) {
    public HtmlPage {
        toc = List.copyOf(toc);
    }
}
