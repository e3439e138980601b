package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kdocs.rst.RstLanguage;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;

/**
 * Finds the role for a name as written (docutils roles.role): the
 * document's own roles first, then the language's name for a standard role,
 * then the name itself as a canonical name, with docutils' INFO message when
 * the language does not know the name. Found roles are remembered under the
 * name used, as docutils' register_local_role does.
 */
public final class Roles {
    /** docutils' DEFAULT_INTERPRETED_ROLE. */
    public static final String DEFAULT_ROLE = "title-reference";

    /** A found role (null when unknown) and the messages the search produced. */
    public record Lookup(Role role, List<Element> messages) {
        public Lookup {
            messages = List.copyOf(messages);
        }
    }

    private final RoleRegistry registry;
    private final RstLanguage language;
    private final StandardRoles standard;

    Roles(RoleRegistry registry, RstLanguage language, RstSettings settings) {
        this.registry = registry;
        this.language = language;
        this.standard = new StandardRoles(settings);
    }

    /** The standard role of a canonical name, or null. */
    public Role canonical(String canonicalName) {
        return standard.get(canonicalName);
    }

    Lookup lookUp(String roleName, int lineno, Reporter reporter) {
        String normname = roleName.toLowerCase(Locale.ROOT);
        if (normname.isEmpty() && registry.defaultRole() != null && !registry.defaultRole().isEmpty()) {
            Lookup chosen = lookUp(registry.defaultRole(), lineno, reporter);
            if (chosen.role() != null) {
                return chosen;
            }
        }
        Role known = registry.custom(normname);
        if (known != null) {
            return new Lookup(known, List.of());
        }
        List<Element> messages = new ArrayList<>();
        String canonical;
        if (roleName.isEmpty()) {
            canonical = DEFAULT_ROLE;
        } else {
            canonical = language.roles().get(normname);
            if (canonical == null) {
                // the document language is English, which is also docutils' fallback language
                messages.add(reporter.info("No role entry for \"" + roleName + "\" in module \""
                        + language.moduleName() + "\".\nTrying \"" + roleName + "\" as canonical role name.",
                        lineno));
                canonical = normname;
            }
        }
        Role role = standard.get(canonical);
        if (role != null) {
            registry.register(normname, role);
        }
        return new Lookup(role, messages);
    }
}
