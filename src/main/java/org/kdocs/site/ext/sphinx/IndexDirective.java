package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Sphinx's {@code index} directive: an invisible index node naming the terms
 * for the general index, and a target the index links to. The terms are kept
 * one per line in the node's {@code entries} attribute.
 */
public final class IndexDirective implements Directive {
    private static final Pattern TYPED = Pattern.compile("(single|pair|triple|see|seealso):\\s*(.*)");

    @Override
    public int optionalArguments() {
        return 1;
    }

    @Override
    public boolean finalArgumentWhitespace() {
        return true;
    }

    @Override
    public boolean hasContent() {
        return true;
    }

    @Override
    public List<Node> run(DirectiveCall call) {
        List<String> terms = new ArrayList<>();
        String text = call.arguments().isEmpty() ? "" : call.arguments().get(0);
        for (String line : text.split("\n")) {
            terms.addAll(terms(line.strip()));
        }
        Element target = new Element(NodeType.TARGET);
        String id = call.context().document().setId(target, null, "index");
        Element index = new Element(SphinxNodes.INDEX);
        index.set("entries", String.join("\n", terms));
        index.set("refid", id);
        return List.of(index, target);
    }

    /** The index terms of one entry line: typed entries split on ';', plain ones on ','. */
    public static List<String> terms(String line) {
        String entry = line.startsWith("!") ? line.substring(1) : line;
        Matcher typed = TYPED.matcher(entry);
        List<String> out = new ArrayList<>();
        if (typed.matches()) {
            String[] parts = typed.group(2).split(";");
            int count = typed.group(1).equals("single") || typed.group(1).startsWith("see") ? 1 : parts.length;
            for (int i = 0; i < count && i < parts.length; i++) {
                out.add(parts[i].strip());
            }
        } else {
            for (String word : entry.split(",")) {
                out.add(word.strip());
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
