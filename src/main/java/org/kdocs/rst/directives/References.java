package org.kdocs.rst.directives;

import java.util.List;
import java.util.Map;

import org.kdocs.tree.Node;
import org.kdocs.tree.Pending;

/** The target-notes directive (docutils directives/references.py TargetNotes): a pending node for its transform. */
final class References extends DeclaredDirective {
    static final String TARGET_NOTES_TRANSFORM = "docutils.transforms.references.TargetNotes";
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 0)
            .withOptions(Map.of("class", Options.CLASS_OPTION, "name", Options.UNCHANGED));

    static void registerAll(DirectiveRegistry registry) {
        registry.register("target-notes", References::new);
    }

    References() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) {
        Pending pending = new Pending(TARGET_NOTES_TRANSFORM);
        DirectiveSupport.addName(call, pending);
        call.options().forEach((name, value) -> {
            if (!name.equals("name")) {
                pending.details().put(name, value);
            }
        });
        call.context().document().notePending(pending, null);
        return List.of(pending);
    }
}
