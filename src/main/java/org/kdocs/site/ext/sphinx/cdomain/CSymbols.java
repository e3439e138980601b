package org.kdocs.site.ext.sphinx.cdomain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kdocs.tree.Element;

/**
 * The C symbols of one source tree (sphinx.domains.c Symbol): a tree of scopes whose symbols
 * carry the declaration that defines them (the page and anchor), filled from the signatures in
 * page order, so the first declaration of a name wins. A function's parameters are symbols
 * inside it that point at the function. Lookups follow Sphinx's: from the symbol a reference
 * stands in, up through the enclosing scopes to the first that knows the first name.
 *
 * @param <P> the page type
 */
public final class CSymbols<P> {
    /** Attribute of a signature's cross-reference: the full name of the symbol it is looked up from. */
    public static final String PARENT_KEY = "c:parent_key";

    /**
     * A declared object: its page, the anchor of its signature, its object type, full name and line,
     * the directive that declared it (null for a function parameter, as in Sphinx) and its
     * declaration as Sphinx's str() writes it.
     */
    public record Declared<P>(P page, String anchor, String objectType, String fullName, int line, String directive,
                              String declaration) {
    }

    // a kernel tree declares tens of thousands of symbols in one scope: children are found by name,
    // not by a scan (the scans were two thirds of a whole-tree build)
    private static final class Symbol<P> {
        final String ident;
        final Symbol<P> parent;
        final int order;
        private final Map<String, Symbol<P>> children = new HashMap<>();
        private final List<Symbol<P>> anonymous = new ArrayList<>();
        Declared<P> declaration;

        Symbol(String ident, Symbol<P> parent) {
            this.ident = ident;
            this.parent = parent;
            this.order = parent == null ? 0 : parent.children.size();
        }

        Symbol<P> child(String name) {
            return children.get(name);
        }

        Symbol<P> addChild(String name) {
            Symbol<P> child = new Symbol<>(name, this);
            children.putIfAbsent(name, child);
            if (name.startsWith("@")) {
                anonymous.add(child);
            }
            return child;
        }

        /**
         * The first symbol named {@code name} among the children, where an anonymous child is
         * followed by its own children (Sphinx's children_recurse_anon, in its order).
         */
        Symbol<P> firstNamedChild(String name) {
            Symbol<P> direct = children.get(name);
            for (Symbol<P> anon : anonymous) {
                if (direct != null && direct.order <= anon.order) {
                    break;
                }
                Symbol<P> inner = anon.firstNamedChild(name);
                if (inner != null) {
                    return inner;
                }
            }
            return direct;
        }
    }

    private final Symbol<P> root = new Symbol<>(null, null);
    private final org.kdocs.site.SphinxConfig config;

    public CSymbols(org.kdocs.site.SphinxConfig config) {
        this.config = config;
    }

    private Symbol<P> path(String fullName, boolean create) {
        Symbol<P> s = root;
        if (fullName.isEmpty()) {
            return s;
        }
        for (String name : fullName.split("\\.")) {
            Symbol<P> next = s.child(name);
            if (next == null) {
                if (!create) {
                    return null;
                }
                next = s.addChild(name);
            }
            s = next;
        }
        return s;
    }

    /** Opens a scope without declaring it (c:namespace). */
    public void addScope(String fullName) {
        path(fullName, true);
    }

    /**
     * Adds what one signature declares; returns the first declaration when the name was declared
     * before (a duplicate, which does not replace it), else null.
     */
    public Declared<P> add(P page, Element signature) {
        String fullName = signature.getString(CDomain.FULLNAME);
        String anchor = signature.getString(CDomain.ANCHOR);
        if (fullName == null || anchor == null) {
            return null;
        }
        Symbol<P> symbol = path(fullName, true);
        if (symbol.declaration != null) {
            return symbol.declaration;
        }
        String objectType = signature.getString(CDomain.OBJECT_TYPE);
        symbol.declaration = new Declared<>(page, anchor, objectType, fullName, signature.line(),
                signature.getString(CDomain.DIRECTIVE), signature.getString(CDomain.DECLARATION));
        List<String> params = signature.list(CDomain.PARAMS);
        List<String> paramDeclarations = signature.list(CDomain.PARAM_DECLARATIONS);
        for (int i = 0; i < params.size(); i++) {
            String param = params.get(i);
            Symbol<P> p = symbol.child(param);
            if (p == null) {
                p = symbol.addChild(param);
            }
            if (p.declaration == null) {
                p.declaration = new Declared<>(page, anchor, "functionParam", fullName + "." + param,
                        signature.line(), null, i < paramDeclarations.size() ? paramDeclarations.get(i) : param);
            }
        }
        // an enumerator of an enum is also known in the enum's enclosing scope (unless taken there)
        if (Boolean.TRUE.equals(signature.get(CDomain.IN_ENUM)) && symbol.parent != null
                && symbol.parent.parent != null) {
            Symbol<P> outer = symbol.parent.parent;
            if (outer.child(symbol.ident) == null) {
                outer.addChild(symbol.ident).declaration = symbol.declaration;
            }
        }
        return null;
    }

    /**
     * The declarations that a duplicate {@code signature} on {@code page} is reported against a second
     * time when Sphinx merges the symbols of a parallel read (sphinx.domains.c Symbol.merge_with, which
     * {@code make htmldocs} meets since it runs Sphinx with {@code -jauto}): for a name of the top scope
     * first declared on another page, that first declaration, then, for each named parameter of the new
     * function, the symbol of that name inside the first declaration when another page declared it (the
     * first function's parameter, or a member). Empty for any other signature. Call after {@link #add}.
     */
    public List<Declared<P>> reportedAgainOnMerge(P page, Element signature) {
        String fullName = signature.getString(CDomain.FULLNAME);
        Symbol<P> symbol = fullName == null ? null : path(fullName, false);
        if (symbol == null || symbol.parent != root || symbol.declaration == null
                || symbol.declaration.page().equals(page)) {
            return List.of();
        }
        List<Declared<P>> reported = new ArrayList<>();
        reported.add(symbol.declaration);
        for (String param : signature.list(CDomain.PARAMS)) {
            Symbol<P> inner = symbol.child(param);
            if (inner != null && inner.declaration != null && !inner.declaration.page().equals(page)) {
                reported.add(inner.declaration);
            }
        }
        return reported;
    }

    /**
     * The declaration a reference to {@code target} made from within {@code parentKey} names, or
     * null; a target that is not a C name is reported to {@code warnings} as Sphinx does.
     */
    public Declared<P> resolve(String parentKey, String target, Consumer<String> warnings) {
        CAst.NestedName name;
        try {
            name = new CParser(target, config, w -> { }).xrefObject();
        } catch (CScanner.DefinitionError e) {
            warnings.accept("Unparseable C cross-reference: " + pythonRepr(target) + "\n" + e.getMessage());
            return null;
        }
        Symbol<P> start = parentKey == null ? root : path(parentKey, false);
        Symbol<P> found = lookup(start == null ? root : start, name);
        return found == null ? null : found.declaration;
    }

    private Symbol<P> lookup(Symbol<P> from, CAst.NestedName nested) {
        List<CAst.Identifier> names = nested.names();
        Symbol<P> parent = from;
        if (nested.rooted()) {
            parent = root;
        }
        String first = names.get(0).name();
        while (parent.parent != null && !knows(parent, first)) {
            parent = parent.parent;
        }
        boolean matchSelf = true;
        for (int i = 0; i < names.size(); i++) {
            Symbol<P> next = firstNamed(parent, names.get(i).name(), matchSelf);
            if (next == null) {
                return null;
            }
            matchSelf = false;
            parent = next;
        }
        return parent;
    }

    private boolean knows(Symbol<P> s, String ident) {
        return ident.equals(s.ident) || s.firstNamedChild(ident) != null;
    }

    private Symbol<P> firstNamed(Symbol<P> s, String ident, boolean matchSelf) {
        if (matchSelf && ident.equals(s.ident)) {
            return s;
        }
        return s.firstNamedChild(ident);
    }

    /** Python's repr of a string, as Sphinx's %r shows it. */
    static String pythonRepr(String s) {
        boolean single = s.contains("'") && !s.contains("\"");
        char q = single ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            if (c == q || c == '\\') {
                out.append('\\');
            }
            out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.valueOf(c));
        }
        return out.append(q).toString();
    }
}
