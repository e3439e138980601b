package org.kdocs.transforms;

import java.util.List;

import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * Small settings-driven transforms: StripComments, StripClassesAndElements,
 * ExposeInternals (docutils.transforms.universal) and components.Filter,
 * whose content the pseudo-XML writer always keeps because it supports every
 * output format.
 */
final class Cleanups {
    private Cleanups() {
    }

    static final Transform STRIP_COMMENTS = (context, startNode) -> {
        if (context.settings().stripComments()) {
            for (Element comment : context.document().findAll(NodeType.COMMENT)) {
                comment.detach();
            }
        }
    };

    static final Transform STRIP_CLASSES_AND_ELEMENTS = (context, startNode) -> {
        List<String> stripElements = context.settings().stripElementsWithClasses();
        if (!stripElements.isEmpty()) {
            for (Element element : context.document().findAll(e -> e.classes().stream()
                    .anyMatch(stripElements::contains))) {
                element.detach();
            }
        }
        List<String> stripClasses = context.settings().stripClasses();
        if (!stripClasses.isEmpty()) {
            for (Element element : context.document().findAll(e -> true)) {
                for (String value : stripClasses) {
                    element.classes().remove(value);
                }
            }
        }
    };

    static final Transform EXPOSE_INTERNALS = (context, startNode) -> {
        List<String> names = context.settings().exposeInternals();
        if (names.isEmpty()) {
            return;
        }
        for (Element element : context.document().findAll(e -> true)) {
            for (String name : names) {
                Object value = internal(context, element, name);
                if (value != null) {
                    element.set("internal:" + name, value);
                }
            }
        }
    };

    // The Python attribute docutils would find: targetable elements start with referenced = 0,
    // targetable and referential ones with resolved = 0; the document itself has no source.
    private static Object internal(TransformContext context, Element element, String name) {
        boolean targetable = element.is(Category.TARGETABLE);
        return switch (name) {
            case "line" -> element.line() > 0 ? element.line() : null;
            case "source" -> element.is(NodeType.DOCUMENT) ? null : element.source();
            case "rawsource" -> element.rawsource();
            case "referenced" -> flag(element.referenced(), targetable);
            case "resolved" -> flag(context.isResolved(element), targetable || element.is(Category.REFERENTIAL));
            default -> null;
        };
    }

    /** 1 when set; 0 when unset but the class has the attribute; null (absent) otherwise. */
    private static Integer flag(boolean set, boolean hasDefault) {
        if (set) {
            return 1;
        }
        return hasDefault ? Integer.valueOf(0) : null;
    }

    static final Transform COMPONENT_FILTER = Cleanups::componentFilter;

    @SuppressWarnings("unchecked")
    private static void componentFilter(TransformContext context, Pending pending) {
        Object nodes = pending.details().get("nodes");
        List<Node> replacement = nodes instanceof List<?> list ? (List<Node>) list : List.of();
        TreeOps.replaceSelf(pending, replacement);
    }
}
