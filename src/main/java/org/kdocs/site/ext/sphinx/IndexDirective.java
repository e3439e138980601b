package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.Options;
import org.kdocs.site.SphinxNodes;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Sphinx's {@code index} directive: an invisible index node naming the entries
 * for the general index, and a target the index links to. The node's
 * {@code entries} attribute holds one entry per line as {@code type: value}
 * (single, pair, triple, see, seealso), with a leading {@code !} for a main
 * entry, as sphinx.util.nodes.process_index_entry reads them.
 */
public final class IndexDirective extends DeclaredDirective {
    private static final List<String> TYPES = List.of("single", "pair", "double", "triple", "see", "seealso");
    private static final Map<String, String> PAIR_TYPES = Map.of("module", "module", "keyword", "keyword",
            "operator", "operator", "object", "object", "exception", "exception", "statement", "statement",
            "builtin", "built-in function");
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
            .withOptions(Map.of("name", Options.UNCHANGED)).withContent();

    public IndexDirective() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) {
        List<String> entries = new ArrayList<>();
        String text = call.arguments().isEmpty() ? "" : call.arguments().get(0);
        for (String line : text.split("\n")) {
            entries.addAll(entries(line));
        }
        Element target = new Element(NodeType.TARGET);
        String id = nextId(call.context().document());
        target.ids().add(id);
        call.context().document().registerId(id, target);
        if (call.options().get("name") instanceof String name && !name.isBlank()) {
            target.names().add(org.kdocs.tree.Names.fullyNormalize(name));
            call.context().document().noteExplicitTarget(target, target);
        }
        return List.of(SphinxNodes.index(String.join("\n", entries), id), target);
    }

    /** The next "index-N" id of a document (Sphinx's env.new_serialno('index'), shared with :index:). */
    public static String nextId(org.kdocs.tree.Document document) {
        return "index-" + nextSerial(document, "index");
    }

    // env.new_serialno(prefix): a count per document and prefix
    private static int nextSerial(org.kdocs.tree.Document document, String prefix) {
        int serial = document.get(prefix + "-serial") instanceof Integer n ? n : 0;
        document.set(prefix + "-serial", serial + 1);
        return serial;
    }

    /**
     * sphinx.util.nodes.make_id with a prefix: "prefix-term" as an identifier with capitals kept,
     * else (no usable term, or the id taken) "prefix-N" from the document's serial numbers.
     */
    public static String makeId(org.kdocs.tree.Document document, String prefix, String term) {
        String id = org.kdocs.tree.Names.sphinxMakeId(prefix + "-" + term);
        while (id.equals(prefix) || document.hasId(id)) {
            id = prefix + "-" + nextSerial(document, prefix);
        }
        return id;
    }

    /** One entry line as typed entries (sphinx.util.nodes.process_index_entry). */
    public static List<String> entries(String line) {
        String entry = line.strip();
        String original = entry;
        String main = "";
        if (entry.startsWith("!")) {
            main = "!";
            entry = entry.substring(1).stripLeading();
        }
        for (Map.Entry<String, String> type : PAIR_TYPES.entrySet()) {
            if (entry.startsWith(type.getKey() + ":")) {
                return List.of(main + "pair: " + type.getValue() + "; "
                        + entry.substring(type.getKey().length() + 1).strip());
            }
        }
        for (String type : TYPES) {
            if (entry.startsWith(type + ":")) {
                String value = entry.substring(type.length() + 1).strip();
                return List.of(main + (type.equals("double") ? "pair" : type) + ": " + value);
            }
        }
        List<String> out = new ArrayList<>();
        for (String value : original.split(",")) {
            value = value.strip();
            String m = "";
            if (value.startsWith("!")) {
                m = "!";
                value = value.substring(1).stripLeading();
            }
            if (!value.isEmpty()) {
                out.add(m + "single: " + value);
            }
        }
        return out;
    }
}
