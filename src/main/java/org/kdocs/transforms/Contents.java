package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Text;

/**
 * Builds the table of contents for a "contents" directive: a nested bullet
 * list of references to the sections below the start point, with section
 * titles linking back to their entry or to the topic
 * (docutils.transforms.parts.Contents).
 */
final class Contents implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        Element topic = startNode.parent();
        if (topic == null) {
            return;
        }
        Element start = context.document();
        if (startNode.details().containsKey("local")) {
            Element node = topic.parent();
            while (node != null && !node.is(NodeType.SECTION) && !node.is(NodeType.DOCUMENT)) {
                node = node.parent();
            }
            start = node == null ? context.document() : node;
        }
        String backlinks = startNode.details().containsKey("backlinks")
                ? (String) startNode.details().get("backlinks") : context.settings().tocBacklinks();
        Object depthValue = startNode.details().get("depth");
        int depth = depthValue instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
        Builder builder = new Builder(context.document(), topic.ids().isEmpty() ? null : topic.ids().get(0),
                backlinks, depth);
        List<Node> contents = builder.build(start, 0);
        if (!contents.isEmpty()) {
            TreeOps.replaceSelf(startNode, contents);
        } else if (topic.parent() != null) {
            topic.parent().remove(topic);
        }
    }

    private record Builder(Document document, String tocId, String backlinks, int depth) {
        List<Node> build(Element node, int parentLevel) {
            int level = parentLevel + 1;
            List<Node> entries = new ArrayList<>();
            Object auto = null;
            for (Node child : node.children()) {
                if (!(child instanceof Element section) || !section.is(NodeType.SECTION) || section.size() == 0
                        || !(section.child(0) instanceof Element title)) {
                    continue;
                }
                auto = title.get("auto");
                Element reference = new Element(NodeType.REFERENCE);
                reference.addAll(filteredCopy(title));
                reference.set("refid", section.ids().isEmpty() ? document.setId(section) : section.ids().get(0));
                String refId = document.setId(reference, null, "toc-entry");
                Element item = Element.of(NodeType.LIST_ITEM, Element.of(NodeType.PARAGRAPH, reference));
                if (("entry".equals(backlinks) || "top".equals(backlinks))
                        && TreeOps.firstDescendant(title, NodeType.REFERENCE) == null) {
                    title.set("refid", "entry".equals(backlinks) ? refId : tocId);
                }
                if (level < depth) {
                    item.addAll(build(section, level));
                }
                entries.add(item);
            }
            if (entries.isEmpty()) {
                return List.of();
            }
            Element list = Element.of(NodeType.BULLET_LIST);
            list.addAll(entries);
            if (Truth.of(auto)) {
                list.classes().add("auto-toc");
            }
            return List.of(list);
        }
    }

    /** The title's children as a TOC entry shows them (docutils parts.ContentsFilter). */
    static List<Node> filteredCopy(Element title) {
        List<Node> out = new ArrayList<>();
        for (Node child : title.children()) {
            copyFiltered(child, out);
        }
        return out;
    }

    private static void copyFiltered(Node node, List<Node> out) {
        if (node instanceof Text text) {
            out.add(text.deepCopy());
            return;
        }
        Element element = (Element) node;
        if (element.is(NodeType.CITATION_REFERENCE) || element.is(NodeType.FOOTNOTE_REFERENCE)) {
            return;
        }
        if (element.is(NodeType.IMAGE)) {
            if (element.has("alt")) {
                out.add(new Text(element.getString("alt")));
            }
            return;
        }
        if (element.is(NodeType.PROBLEMATIC) || element.is(NodeType.REFERENCE) || element.is(NodeType.TARGET)) {
            for (Node child : element.children()) {
                copyFiltered(child, out);
            }
            return;
        }
        Element copy = element.shallowCopy();
        List<Node> children = new ArrayList<>();
        for (Node child : element.children()) {
            copyFiltered(child, children);
        }
        copy.addAll(children);
        out.add(copy);
    }
}
