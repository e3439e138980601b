package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.rst.RstLanguage;
import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.tree.Node;

/**
 * The default-role directive (docutils directives.misc.DefaultRole): sets
 * the role of interpreted text written without one; without an argument it
 * restores title-reference.
 */
public final class DefaultRoleDirective implements Directive {
    @Override
    public int optionalArguments() {
        return 1;
    }

    @Override
    public List<Node> run(DirectiveCall call) {
        RoleRegistry registry = call.context().roles();
        if (call.arguments().isEmpty()) {
            registry.setDefaultRole(null);
            return List.of();
        }
        String roleName = call.arguments().get(0);
        Roles roles = new Roles(registry, RstLanguage.ENGLISH, call.context().settings());
        Roles.Lookup lookup = roles.lookUp(roleName, call.lineno(), call.context().reporter());
        List<Node> result = new ArrayList<>(lookup.messages());
        if (lookup.role() == null) {
            result.add(RoleDirective.error(call, "Unknown interpreted text role \"" + roleName + "\"."));
            return result;
        }
        registry.setDefaultRole(roleName);
        return result;
    }
}
