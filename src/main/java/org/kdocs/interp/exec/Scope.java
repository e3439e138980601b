package org.kdocs.interp.exec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.parse.CType;

/** Names visible while compiling: nested block scopes over the globals and functions. */
final class Scope {
    /** What a name refers to. */
    sealed interface Ref permits SlotVar, FrameVar, GlobalVar, Function, BuiltinRef { }

    record SlotVar(int slot, CType type) implements Ref { }

    record FrameVar(int offset, CType type) implements Ref { }

    record GlobalVar(long address, CType type, String name) implements Ref { }

    record Function(FunctionCode code) implements Ref { }

    record BuiltinRef(Builtin builtin) implements Ref { }

    final Map<String, Ref> globals = new HashMap<>();
    /** Functions declared by a prototype but never defined. */
    final java.util.Set<String> undefinedFunctions = new java.util.HashSet<>();
    private final Deque<Map<String, Ref>> blocks = new ArrayDeque<>();

    void push() {
        blocks.push(new HashMap<>());
    }

    void pop() {
        blocks.pop();
    }

    void declare(String name, Ref ref) {
        if (blocks.isEmpty()) {
            globals.put(name, ref);
        } else {
            blocks.peek().put(name, ref);
        }
    }

    Ref lookup(String name) {
        for (Map<String, Ref> b : blocks) {
            Ref r = b.get(name);
            if (r != null) {
                return r;
            }
        }
        return globals.get(name);
    }
}
