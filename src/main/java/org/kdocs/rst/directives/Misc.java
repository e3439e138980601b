package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.Pending;
import org.kdocs.tree.PyRepr;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * The small directives of docutils directives/misc.py: class (on its
 * content, or a pending ClassAttribute for the next element), title, and
 * restructuredtext-test-directive.
 */
final class Misc implements Directive {
    static final String CLASS_TRANSFORM = "docutils.transforms.misc.ClassAttribute";

    private enum Kind { CLASS, TITLE, TEST }

    private final Kind kind;

    private Misc(Kind kind) {
        this.kind = kind;
    }

    static void registerAll(DirectiveRegistry registry) {
        registry.register("class", () -> new Misc(Kind.CLASS));
        registry.register("title", () -> new Misc(Kind.TITLE));
        registry.register("restructuredtext-test-directive", () -> new Misc(Kind.TEST));
    }

    @Override
    public DirectiveSyntax syntax() {
        return switch (kind) {
            case CLASS -> DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace().withContent();
            case TITLE -> DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace();
            case TEST -> DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
                    .withOptions(Map.of("option", Options.UNCHANGED_REQUIRED)).withContent();
        };
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        return switch (kind) {
            case CLASS -> classes(call);
            case TITLE -> {
                call.context().document().set("title", call.arguments().get(0));
                yield List.of();
            }
            case TEST -> test(call);
        };
    }

    private static List<Node> classes(DirectiveCall call) throws DirectiveError {
        List<String> classes;
        try {
            classes = Options.classOption(call.arguments().get(0));
        } catch (IllegalArgumentException invalid) {
            throw DirectiveError.error("Invalid class attribute value for \"" + call.name() + "\" directive: \""
                    + call.arguments().get(0) + "\".");
        }
        if (!call.content().isEmpty()) {
            Element container = new Element(StandardDirectives.ANONYMOUS);
            call.context().nestedParse(call.content(), call.contentOffset(), container);
            List<Node> children = new ArrayList<>(container.children());
            for (Node child : children) {
                if (child instanceof Element element) {
                    element.classes().addAll(classes);
                }
            }
            return children;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("class", classes);
        details.put("directive", call.name());
        Pending pending = new Pending(CLASS_TRANSFORM, details);
        pending.setRawsource(call.blockText());
        call.context().document().notePending(pending, null);
        return List.of(pending);
    }

    private static List<Node> test(DirectiveCall call) {
        String head = "Directive processed. Type=\"" + call.name() + "\", arguments=" + PyRepr.repr(call.arguments())
                + ", options=" + PyRepr.repr(call.options()) + ", content:";
        Reporter reporter = call.context().reporter();
        if (!call.content().isEmpty()) {
            String text = DirectiveSupport.contentText(call);
            return List.of(reporter.message(Severity.INFO, head, call.lineno(), DirectiveSupport.literalBlock(text)));
        }
        return List.of(reporter.message(Severity.INFO, head + " None", call.lineno()));
    }
}
