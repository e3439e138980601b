package org.kdocs.rst.inline;

import java.util.HashMap;
import java.util.Map;

/**
 * The roles one document knows beyond the standard ones: those it defines
 * with the role directive, and the default role set by default-role
 * (docutils keeps these in module state; we keep them per document).
 */
public final class RoleRegistry {
    private final Map<String, Role> custom = new HashMap<>();
    private String defaultRole;

    /**
     * A role known by this name (lower-cased): defined by the role directive,
     * or found earlier under this name (docutils' local roles), or null.
     */
    public Role custom(String name) {
        return custom.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public void register(String name, Role role) {
        custom.put(name.toLowerCase(java.util.Locale.ROOT), role);
    }

    /** Name of the default role, or null for docutils' default (title-reference). */
    public String defaultRole() {
        return defaultRole;
    }

    public void setDefaultRole(String name) {
        this.defaultRole = name;
    }
}
