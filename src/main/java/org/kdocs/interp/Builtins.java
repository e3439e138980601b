package org.kdocs.interp;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The set of builtins and prelude declarations a program is compiled against. {@link #standard()} has
 * the kernel primitives; models add their own with {@link #register} and {@link #addPrelude}.
 */
public final class Builtins {
    private final Map<String, Builtin> byName = new LinkedHashMap<>();
    private final StringBuilder prelude = new StringBuilder();

    public static Builtins standard() {
        Builtins b = new Builtins();
        org.kdocs.interp.exec.StandardBuiltins.install(b);
        return b;
    }

    public Builtins register(Builtin builtin) {
        byName.put(builtin.name(), builtin);
        return this;
    }

    /** C declarations and #defines (types, constants, macros) compiled before every program. */
    public Builtins addPrelude(String cSource) {
        prelude.append(cSource).append('\n');
        return this;
    }

    public Builtin get(String name) {
        return byName.get(name);
    }

    public Collection<Builtin> all() {
        return byName.values();
    }

    public String prelude() {
        return prelude.toString();
    }
}
