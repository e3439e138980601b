package org.kdocs.rst.blocks;

import java.util.Map;
import java.util.WeakHashMap;

import org.kdocs.source.SourceLines;

/**
 * Remembers which line list each slice was cut from, and where, so that
 * lines inserted into a nested block (by the include directive) also appear
 * in every enclosing block, as docutils' StringList parent links do. Keys
 * are weak: a slice forgotten by the parser is dropped here too.
 */
final class LineLinks {
    private record Link(SourceLines parent, int offset) {
    }

    // SourceLines keeps Object identity for equals/hashCode, so this is an identity map
    private final Map<SourceLines, Link> links = new WeakHashMap<>();

    /** Lines [from, to) of parent, linked to it. */
    SourceLines slice(SourceLines parent, int from, int to) {
        int start = Math.max(0, Math.min(from, parent.size()));
        int end = Math.max(start, Math.min(to, parent.size()));
        SourceLines child = parent.slice(start, end);
        links.put(child, new Link(parent, start));
        return child;
    }

    /** The rest of parent from index on. */
    SourceLines tail(SourceLines parent, int from) {
        return slice(parent, from, parent.size());
    }

    /** Removes n lines from the start, keeping the link aligned (StringList.trim_start). */
    void trimStart(SourceLines lines, int n) {
        lines.remove(0, n);
        Link link = links.get(lines);
        if (link != null) {
            links.put(lines, new Link(link.parent(), link.offset() + n));
        }
    }

    boolean isLinked(SourceLines lines) {
        return links.containsKey(lines);
    }

    /** Inserts items before index, and at the same place in every list this one was cut from. */
    void insert(SourceLines lines, int index, SourceLines items) {
        SourceLines target = lines;
        int at = index;
        while (target != null) {
            target.insert(Math.min(at, target.size()), items);
            Link link = links.get(target);
            if (link == null) {
                break;
            }
            at = at + link.offset();
            target = link.parent();
        }
    }
}
