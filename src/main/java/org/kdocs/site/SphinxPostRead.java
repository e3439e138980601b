package org.kdocs.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;

/**
 * What Sphinx does to each document right after reading it: keeps or drops
 * {@code only} content by the build's tags and {@code ifconfig} content by
 * the config values, gives literal blocks the
 * language of the preceding {@code highlight}, and reads the
 * {@code :orphan:} metadata field.
 */
final class SphinxPostRead {
    private SphinxPostRead() {
    }

    static void apply(Document document, Set<String> tags, String location, Consumer<Warning> warnings) {
        apply(document, tags, Map.of(), location, warnings);
    }

    /** As Sphinx after reading, with {@code config} the values ifconfig expressions may name. */
    static void apply(Document document, Set<String> tags, Map<String, Object> config, String location,
                      Consumer<Warning> warnings) {
        for (Element ifconfig : document.findAll(SphinxNodes.IFCONFIG)) {
            boolean keep;
            try {
                keep = ConfigExpression.evaluate(ifconfig.getString("expr"), config);
            } catch (IllegalArgumentException e) {
                warnings.accept(new Warning(location, ifconfig.line(), Severity.ERROR,
                        "Exception occurred in ifconfig expression: " + e.getMessage()));
                keep = false;
            }
            if (ifconfig.parent() != null) {
                ifconfig.parent().replace(ifconfig, keep ? List.copyOf(ifconfig.children()) : List.of());
            }
        }
        for (Element only : document.findAll(SphinxNodes.ONLY)) {
            boolean keep;
            try {
                keep = TagExpression.evaluate(only.getString("expr"), tags);
            } catch (IllegalArgumentException e) {
                warnings.accept(new Warning(location, only.line(), Severity.WARNING,
                        "exception while evaluating only directive expression: " + e.getMessage()));
                keep = false;
            }
            if (only.parent() != null) {
                only.parent().replace(only, keep ? List.copyOf(only.children()) : List.of());
            }
        }
        SphinxNodes.nameFigures(document);
        String language = null;
        int linenothreshold = 0;
        for (Node node : document.traverse()) {
            if (node instanceof Element e && e.is(SphinxNodes.HIGHLIGHTLANG)) {
                language = e.getString("lang");
                linenothreshold = e.get("linenothreshold") instanceof Integer n ? n : 0;
            } else if (node instanceof Element e && e.is(NodeType.LITERAL_BLOCK) && !e.classes().contains("code")) {
                if (language != null && e.getString("language") == null) {
                    e.set("language", language);
                }
                // highlight's linenothreshold: line numbers for blocks of at least that many lines
                if (linenothreshold > 0 && e.astext().split("\n", -1).length >= linenothreshold) {
                    e.set("linenos", true);
                }
            }
        }
    }

    /**
     * Removes the docinfo block: Sphinx reads it as page metadata (orphan,
     * tocdepth, ...) and does not show it.
     */
    static void dropDocinfo(Document document) {
        for (Element docinfo : document.findAll(NodeType.DOCINFO)) {
            if (docinfo.parent() == document) {
                document.remove(docinfo);
            }
        }
    }

    /** Whether the document's leading field list or docinfo has an {@code orphan} field. */
    static boolean isOrphan(Document document) {
        return metadata(document, "orphan") != null;
    }

    /** The {@code :tocdepth:} metadata field (Sphinx's env.metadata[doc]['tocdepth']), 0 when absent. */
    static int tocdepth(Document document) {
        String value = metadata(document, "tocdepth");
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // the text of a field of the document's leading field list or docinfo, null when it has none
    private static String metadata(Document document, String field) {
        for (Node child : document.children()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            if (e.is(NodeType.FIELD_LIST) || e.is(NodeType.DOCINFO)) {
                for (Element name : e.findAll(NodeType.FIELD_NAME)) {
                    if (name.astext().strip().equals(field)) {
                        Element fieldNode = name.parent();
                        return fieldNode != null && fieldNode.size() > 1 ? fieldNode.child(1).astext() : "";
                    }
                }
                return null;
            }
            if (!e.is(Category.INVISIBLE) && !e.is(NodeType.TITLE) && !e.is(NodeType.SUBTITLE)) {
                return null;
            }
        }
        return null;
    }
}
