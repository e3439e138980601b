package org.kdocs.transforms;

import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Severity;

/**
 * The "class" directive without content: gives its classes to the next
 * element that is not invisible or a system message, looking upwards through
 * the ancestors when nothing follows (docutils.transforms.misc.ClassAttribute).
 */
final class ClassAttribute implements Transform {
    @Override
    public void apply(TransformContext context, Pending pending) {
        Element child = pending;
        Element parent = pending.parent();
        while (parent != null) {
            for (int i = parent.indexOf(child) + 1; i < parent.size(); i++) {
                if (!(parent.child(i) instanceof Element element) || element.is(Category.INVISIBLE)
                        || element.is(NodeType.SYSTEM_MESSAGE)) {
                    continue;
                }
                element.classes().addAll(TreeOps.stringList(pending.details().get("class")));
                pending.detach();
                return;
            }
            child = parent;
            parent = parent.parent();
        }
        Element literal = Element.text(NodeType.LITERAL_BLOCK, pending.rawsource(), pending.rawsource());
        Element error = context.reporter().message(Severity.ERROR, "No suitable element following \""
                + pending.details().get("directive") + "\" directive", pending.line() > 0 ? pending.line() : null,
                literal);
        if (pending.parent() != null) {
            TreeOps.replaceSelf(pending, error);
        }
    }
}
