package org.kdocs.site;

import java.util.List;

/**
 * One entry of a rendered toctree or of the sidebar: a page, a section of a
 * page (anchor set), or an external link (url set).
 *
 * @param title    text shown
 * @param page     the page linked, or null for an external link
 * @param anchor   section anchor within the page, or null for the page itself
 * @param url      external address, or null
 * @param children nested entries
 */
public record NavItem(String title, Page page, String anchor, String url, List<NavItem> children) {
    public NavItem {
        children = List.copyOf(children);
    }

    /** The link to this entry from the page at {@code fromPath}. */
    public String href(String fromPath) {
        if (url != null) {
            return url;
        }
        String base = page.path().equals(fromPath) ? "" : Urls.relative(fromPath, page.path());
        if (anchor != null) {
            return base + "#" + anchor;
        }
        return base.isEmpty() ? "#" : base;
    }
}
