package org.kdocs.models.alloctag;

import java.util.ArrayList;
import java.util.List;

/** The text formats of lib/alloc_tag.c (/proc/allocinfo) and mm/show_mem.c (top users). */
final class AllocinfoFormat {
    private AllocinfoFormat() {
    }

    /** Two header lines when at least one tag exists, then "%12lli %8llu " + tag text + " \n" per tag. */
    static String allocinfo(List<AllocTag> tags) {
        StringBuilder out = new StringBuilder();
        if (!tags.isEmpty()) {
            out.append("allocinfo - version: 1.0\n");
            out.append("#     <size>  <calls> <tag info>\n");
        }
        for (AllocTag tag : tags) {
            AllocTag.Counters c = tag.read();
            out.append(String.format("%12d %8s ", c.bytes(), c.callsText()));
            out.append(tag.codeTag().text()).append(' ').append('\n');
        }
        return out.toString();
    }

    /**
     * alloc_tag_top_users() (the largest byte sums, ties in tag order) printed as __show_mem() does:
     * sizes through string_get_size(bytes, 1, STRING_UNITS_2) into a 10-byte buffer.
     */
    static String topUsers(List<AllocTag> tags, int count) {
        List<AllocTag> top = new ArrayList<>();
        List<Long> topBytes = new ArrayList<>();
        for (AllocTag tag : tags) {
            long bytes = tag.read().bytes();
            int i = 0;
            while (i < top.size() && bytes <= topBytes.get(i)) {
                i++;
            }
            if (i < count) {
                top.add(i, tag);
                topBytes.add(i, bytes);
                if (top.size() > count) {
                    top.remove(count);
                    topBytes.remove(count);
                }
            }
        }
        if (top.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Memory allocations:\n");
        for (AllocTag tag : top) {
            AllocTag.Counters c = tag.read();
            String size = StringGetSize.format(c.bytes(), 1, StringGetSize.UNITS_2, 10).text();
            out.append(String.format("%12s %8s ", size, c.callsText())).append(tag.codeTag().text()).append('\n');
        }
        return out.toString();
    }
}
