package org.kdocs.rst.directives;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Directive types by canonical (lower-case) name. The parser looks a name up
 * here after mapping it through the document language's aliases; extensions
 * (Sphinx, kernel, spec) register their directives the same way.
 */
public final class DirectiveRegistry {
    private final Map<String, Supplier<? extends Directive>> byName = new LinkedHashMap<>();

    public DirectiveRegistry register(String name, Supplier<? extends Directive> factory) {
        byName.put(name.toLowerCase(java.util.Locale.ROOT), factory);
        return this;
    }

    /** A new instance of the named directive, or null when none is registered. */
    public Directive create(String canonicalName) {
        Supplier<? extends Directive> factory = byName.get(canonicalName.toLowerCase(java.util.Locale.ROOT));
        return factory == null ? null : factory.get();
    }

    public boolean contains(String canonicalName) {
        return byName.containsKey(canonicalName.toLowerCase(java.util.Locale.ROOT));
    }

    /** A copy, so that a project can add directives without changing the original. */
    public DirectiveRegistry copy() {
        DirectiveRegistry copy = new DirectiveRegistry();
        copy.byName.putAll(byName);
        return copy;
    }
}
