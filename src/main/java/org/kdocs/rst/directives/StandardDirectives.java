package org.kdocs.rst.directives;

import org.kdocs.tree.NodeType;

/**
 * The directives docutils 0.19 registers (directives/__init__.py
 * _directive_registry), under their canonical English names.
 */
public final class StandardDirectives {
    /** docutils' anonymous nodes.Element, the scratch parent for nested parsing. */
    static final NodeType ANONYMOUS = NodeType.define("Element");

    private StandardDirectives() {
    }

    /** A new registry holding every standard directive. */
    public static DirectiveRegistry create() {
        DirectiveRegistry registry = new DirectiveRegistry();
        Admonitions.registerAll(registry);
        PseudoSections.registerAll(registry);
        BodyElements.registerAll(registry);
        CodeBlock.registerAll(registry);
        Images.registerAll(registry);
        Tables.registerAll(registry);
        Parts.registerAll(registry);
        References.registerAll(registry);
        Meta.registerAll(registry);
        Raw.registerAll(registry);
        Include.registerAll(registry);
        SubstitutionDirectives.registerAll(registry);
        Misc.registerAll(registry);
        return registry;
    }
}
