package org.kdocs.site;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;

/**
 * The blocks of the HTML that an AsciiDoc or Markdown page brings
 * ({@link ForeignPages}), for the review pages: each top-level element is a
 * block, named by the reStructuredText kind it corresponds to (Asciidoctor's
 * {@code div.paragraph} and Flexmark's {@code p} are both a paragraph), so
 * that the pages of either format align as reStructuredText ones do.
 */
final class ForeignBlocks {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    // ":Original: docs/a.md" written as a paragraph: a translation's header fields in a format without field lists
    private static final Pattern FIELD = Pattern.compile(":[^:\\s][^:]*:\\s.*", Pattern.DOTALL);

    private ForeignBlocks() {
    }

    /** The blocks of one raw node of converted HTML, in order. */
    static void collect(Element raw, int depth, List<BlockAlignment.Block> out) {
        Document html = Jsoup.parseBodyFragment(raw.astext());
        html.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element block : html.body().children()) {
            Element node = Element.text(NodeType.RAW, "", block.outerHtml());
            node.set("format", "html");
            node.classes().add(ForeignPages.FOREIGN_CLASS);
            String kind = kind(block);
            if (kind.equals("paragraph") && FIELD.matcher(block.text()).matches()) {
                kind = "field_list";
            }
            out.add(new BlockAlignment.Block(kind, kind, 0, depth, node, kept(block)));
        }
    }

    private static String kind(org.jsoup.nodes.Element block) {
        String tag = block.tagName();
        String first = block.classNames().isEmpty() ? "" : block.className().split("\\s+")[0];
        return switch (tag.equals("div") ? first : tag) {
            case "p", "paragraph" -> "paragraph";
            case "ul", "ulist" -> "bullet_list";
            case "ol", "olist" -> "enumerated_list";
            case "dl", "dlist", "hdlist" -> "definition_list";
            case "pre", "listingblock", "literalblock" -> "literal_block";
            case "blockquote", "quoteblock" -> "block_quote";
            case "table", "tableblock" -> "table";
            case "hr" -> "transition";
            case "admonitionblock" -> block.classNames().size() > 1 ? block.className().split("\\s+")[1] : "admonition";
            default -> tag.equals("div") && !first.isEmpty() ? first : tag;
        };
    }

    // what a translation keeps: inline code, link targets, numbers
    private static Set<String> kept(org.jsoup.nodes.Element block) {
        Set<String> kept = new HashSet<>();
        block.select("code").forEach(code -> kept.add(code.text()));
        block.select("a[href]").forEach(link -> kept.add(link.attr("href")));
        Matcher numbers = NUMBER.matcher(block.text());
        while (numbers.find()) {
            kept.add(numbers.group());
        }
        return kept;
    }
}
