package org.kdocs.writers.html;

import java.util.List;

/**
 * One heading of a page's in-page table of contents.
 *
 * @param id       anchor of the section (without '#')
 * @param title    the heading as plain text
 * @param children the subsections
 */
public record TocEntry(String id, String title, List<TocEntry> children) {
    public TocEntry {
        children = List.copyOf(children);
    }
}
