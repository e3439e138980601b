package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * An original page and its translation as two sequences of blocks (titles,
 * paragraphs, lists, code, examples, tables, notes), in document order, and
 * the pairing of the two: a common subsequence of the blocks' keys, the one
 * of greatest weight. A title's key is its section depth, a spec example's
 * its name, any other block's its kind. Titles weigh most, so sections pair
 * up first; rare kinds weigh more than paragraphs; and two blocks that
 * share inline literals, link targets or numbers (which translations keep)
 * weigh more than two that share none. A block left out of the pairing has
 * no counterpart on the other side.
 */
final class BlockAlignment {
    /** A block: what it is, the key it pairs by, its source line, its depth of sections, and its node. */
    record Block(String kind, String key, int line, int depth, Element node, Set<String> kept) {
        Block(String kind, String key, int line, int depth, Element node) {
            this(kind, key, line, depth, node, BlockAlignment.kept(node));
        }

        boolean title() {
            return kind.equals("title");
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)*");

    /** One row of the alignment: a pair, or a block with no counterpart (the other side null). */
    record Row(Block original, Block translation) {
    }

    // nothing to read or translate: targets, comments, substitution definitions, messages, docinfo, index entries
    private static final Set<String> SKIPPED = Set.of("target", "comment", "substitution_definition",
            "system_message", "pending", "docinfo", "meta", "decoration", "index");

    private BlockAlignment() {
    }

    /** The blocks of a document: section titles and the body elements directly inside sections. */
    static List<Block> blocks(Element document) {
        List<Block> blocks = new ArrayList<>();
        collect(document, 0, blocks);
        return blocks;
    }

    private static void collect(Element parent, int depth, List<Block> out) {
        for (Node child : parent.children()) {
            if (!(child instanceof Element e) || SKIPPED.contains(e.tagname())) {
                continue;
            }
            if (e.is(NodeType.SECTION)) {
                collect(e, depth + 1, out);
            } else if (e.is(NodeType.RAW) && e.classes().contains(ForeignPages.FOREIGN_CLASS)) {
                ForeignBlocks.collect(e, depth, out);
            } else if (e.is(NodeType.TITLE)) {
                out.add(new Block("title", "title:" + depth, e.line(), depth, e));
            } else {
                out.add(new Block(e.tagname(), key(e), line(e), depth, e));
            }
        }
    }

    private static String key(Element e) {
        String name = e.getString("name");
        return switch (e.tagname()) {
            case "spec_example", "spec_output", "spec_table" -> e.tagname() + ":" + name;
            default -> e.tagname();
        };
    }

    // a list's own line is 0: the line of its first descendant that has one
    private static int line(Node node) {
        if (node.line() > 0 || !(node instanceof Element e)) {
            return node.line();
        }
        for (Node child : e.children()) {
            int line = line(child);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    /** The rows: pairs in order, with unpaired blocks where they fall (a missing block before an extra one). */
    static List<Row> align(List<Block> original, List<Block> translation) {
        int n = original.size();
        int m = translation.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int pair = weight(original.get(i), translation.get(j));
                best[i][j] = Math.max(pair > 0 ? best[i + 1][j + 1] + pair : 0, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            int pair = i < n && j < m ? weight(original.get(i), translation.get(j)) : 0;
            if (pair > 0 && best[i][j] == best[i + 1][j + 1] + pair) {
                rows.add(new Row(original.get(i++), translation.get(j++)));
            } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
                rows.add(new Row(original.get(i++), null));
            } else {
                rows.add(new Row(null, translation.get(j++)));
            }
        }
        return rows;
    }

    // 0 for blocks that cannot pair
    private static int weight(Block a, Block b) {
        if (!a.key().equals(b.key())) {
            return 0;
        }
        int base = switch (a.kind()) {
            case "title" -> 100;
            case "paragraph" -> 10;
            case "bullet_list", "enumerated_list", "definition_list", "field_list" -> 20;
            default -> 30;
        };
        long shared = a.kept().stream().filter(b.kept()::contains).count();
        return base + (int) Math.min(shared, 5) * 2;
    }

    // what a translation keeps of a block: inline literals, link targets, numbers
    private static Set<String> kept(Element node) {
        Set<String> kept = new java.util.HashSet<>();
        collectKept(node, kept);
        java.util.regex.Matcher numbers = NUMBER.matcher(node.astext());
        while (numbers.find()) {
            kept.add(numbers.group());
        }
        return kept;
    }

    private static void collectKept(Element e, Set<String> kept) {
        if (e.tagname().equals("literal")) {
            kept.add(e.astext());
        }
        for (String attribute : List.of("refuri", "refid", "reftarget")) {
            String value = e.getString(attribute);
            if (value != null) {
                kept.add(value);
            }
        }
        for (Node child : e.children()) {
            if (child instanceof Element c) {
                collectKept(c, kept);
            }
        }
    }
}
