package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * Numbers section titles for a "sectnum" directive, putting a generated
 * "1.2.   " prefix into each title (docutils.transforms.parts.SectNum).
 */
final class SectNum implements Transform {
    private record Numbering(int maxDepth, int start, String prefix, String suffix) {
    }

    @Override
    public void apply(TransformContext context, Pending startNode) {
        Object depth = startNode.details().get("depth");
        Object start = startNode.details().get("start");
        Object prefix = startNode.details().get("prefix");
        Object suffix = startNode.details().get("suffix");
        Numbering numbering = new Numbering(depth instanceof Number n ? n.intValue() : Integer.MAX_VALUE,
                start instanceof Number n ? n.intValue() : 1,
                prefix == null ? "" : String.valueOf(prefix), suffix == null ? "" : String.valueOf(suffix));
        startNode.detach();
        if (context.settings().sectnumXform()) {
            number(context.document(), numbering, List.of(), 0);
        }
    }

    private static void number(Element node, Numbering numbering, List<String> prefix, int parentDepth) {
        int depth = parentDepth + 1;
        int sectnum = prefix.isEmpty() ? numbering.start() : 1;
        for (Node child : node.children()) {
            if (!(child instanceof Element section) || !section.is(NodeType.SECTION)) {
                continue;
            }
            List<String> numbers = new ArrayList<>(prefix);
            numbers.add(Integer.toString(sectnum));
            if (section.size() > 0 && section.child(0) instanceof Element title) {
                Element generated = Element.text(NodeType.GENERATED, "", numbering.prefix()
                        + String.join(".", numbers) + numbering.suffix() + "\u00a0".repeat(3));
                generated.classes().add("sectnum");
                title.insert(0, generated);
                title.set("auto", 1);
            }
            if (depth < numbering.maxDepth()) {
                number(section, numbering, numbers, depth);
            }
            sectnum++;
        }
    }
}
