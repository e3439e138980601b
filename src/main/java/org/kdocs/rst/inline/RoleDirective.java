package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.RstLanguage;
import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The role directive (docutils directives.misc.Role): defines a role for
 * this document, {@code .. role:: name(base)} with options for the base
 * role; the new role adds its name as a class.
 */
public final class RoleDirective implements Directive {
    private static final String SIMPLENAME = "(?:(?!_)\\w)+(?:[-._+:](?:(?!_)\\w)+)*";
    private static final Pattern ARGUMENTS = Pattern.compile("(" + SIMPLENAME + ")\\s*(\\(\\s*(" + SIMPLENAME
            + ")\\s*\\)\\s*)?", Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public boolean hasContent() {
        return true;
    }

    @Override
    public List<Node> run(DirectiveCall call) {
        String name = call.name();
        if (call.contentOffset() > call.lineno() || call.content().isEmpty()) {
            return List.of(error(call, "\"" + name + "\" directive requires arguments on the first line."));
        }
        String args = call.content().get(0);
        Matcher match = ARGUMENTS.matcher(args);
        if (!match.matches()) {
            return List.of(error(call, "\"" + name + "\" directive arguments not valid role names: \"" + args
                    + "\"."));
        }
        String newRoleName = match.group(1);
        String baseRoleName = match.group(3);
        Roles roles = new Roles(call.context().roles(), RstLanguage.ENGLISH, call.context().settings());
        List<Node> result = new ArrayList<>();
        Role base = CustomRole.GENERIC;
        String canonical = null;
        if (baseRoleName != null) {
            Roles.Lookup lookup = roles.lookUp(baseRoleName, call.lineno(), call.context().reporter());
            result.addAll(lookup.messages());
            if (lookup.role() == null) {
                result.add(error(call, "Unknown interpreted text role \"" + baseRoleName + "\"."));
                return result;
            }
            base = lookup.role();
            canonical = roles.canonicalName(base);
        }
        Map<String, Object> options;
        try {
            options = RoleOptions.parse(call.content().lines().subList(1, call.content().size()),
                    RoleOptions.accepted(canonical));
        } catch (IllegalArgumentException e) {
            result.add(error(call, "Error in \"" + name + "\" directive:\n" + e.getMessage() + "."));
            return result;
        }
        if (!options.containsKey("class")) {
            try {
                options.put("class", RoleOptions.classOption(newRoleName));
            } catch (IllegalArgumentException e) {
                result.add(error(call, "Invalid argument for \"" + name + "\" directive:\n" + e.getMessage()
                        + "."));
                return result;
            }
        }
        call.context().roles().register(newRoleName, new CustomRole(newRoleName, base, options, List.of()));
        return result;
    }

    static Element error(DirectiveCall call, String text) {
        Element block = Element.text(NodeType.LITERAL_BLOCK, call.blockText(), call.blockText());
        return call.context().reporter().error(text, call.lineno(), block);
    }
}
