package org.kdocs.site.ext.sphinx;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.Text;

/**
 * A first C domain (sphinx.domains.c): the object directives record a
 * signature, an anchor {@code c.NAME} and the object's name, so that
 * {@code :c:func:} and the other C roles can link to them. Declarations are
 * not parsed beyond finding the declared name.
 */
public final class CDomain {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private CDomain() {
    }

    /** Registers the C object directives and the namespace directives (accepted, no output). */
    public static DirectiveRegistry register(DirectiveRegistry registry) {
        for (String kind : List.of("function", "macro", "struct", "union", "enum", "enumerator", "type", "member",
                "var")) {
            registry.register("c:" + kind, () -> new ObjectDirective(kind));
        }
        for (String name : List.of("c:namespace", "c:namespace-push", "c:namespace-pop")) {
            registry.register(name, () -> new NamespaceDirective(name.substring(2)));
        }
        return registry;
    }

    /** The document attribute holding the current C scope (empty: global), as the reader goes. */
    static final String SCOPE = "c:scope";

    /** The C scope in force at this point of the document's parse: "" or "outer.inner". */
    public static String scope(org.kdocs.tree.Document document) {
        return document.get(SCOPE) instanceof String scope ? scope : "";
    }

    /**
     * c:namespace, c:namespace-push and c:namespace-pop (sphinx.domains.c CNamespaceObject and
     * friends): they set the scope in which later declarations are named and references looked up.
     */
    static final class NamespaceDirective implements Directive {
        private final String kind;

        NamespaceDirective(String kind) {
            this.kind = kind;
        }

        @Override
        public int requiredArguments() {
            return kind.equals("namespace-pop") ? 0 : 1;
        }

        @Override
        public boolean finalArgumentWhitespace() {
            return true;
        }

        @Override
        public List<Node> run(DirectiveCall call) throws org.kdocs.rst.directives.DirectiveError {
            org.kdocs.tree.Document document = call.context().document();
            @SuppressWarnings("unchecked")
            java.util.List<String> stack = document.get("c:scope-stack") instanceof java.util.List<?> l
                    ? (java.util.List<String>) l : new java.util.ArrayList<>();
            document.set("c:scope-stack", stack);
            String argument = call.arguments().isEmpty() ? "" : call.arguments().get(0).strip();
            boolean global = argument.equals("NULL") || argument.equals("0") || argument.isEmpty();
            switch (kind) {
                case "namespace" -> {
                    stack.clear();
                    document.set(SCOPE, global ? "" : argument);
                }
                case "namespace-push" -> {
                    if (!global) {
                        stack.add(scope(document));
                        document.set(SCOPE, scope(document).isEmpty() ? argument : scope(document) + "." + argument);
                    }
                }
                default -> {
                    if (stack.isEmpty()) {
                        document.set(SCOPE, "");
                        throw org.kdocs.rst.directives.DirectiveError.warning(
                                "C namespace pop on empty stack. Defaulting to global scope.");
                    }
                    document.set(SCOPE, stack.remove(stack.size() - 1));
                }
            }
            return List.of();
        }
    }

    /** The name a C signature declares, or null when it has none. */
    public static String declaredName(String kind, String signature) {
        String sig = signature.strip();
        if (kind.equals("function")) {
            int paren = sig.indexOf('(');
            // a function pointer declarator "(*name)(...)" names what is inside the first parentheses
            if (paren >= 0 && sig.startsWith("(*", paren)) {
                return firstIdentifier(sig.substring(paren + 2));
            }
            return lastIdentifier(paren < 0 ? sig : sig.substring(0, paren));
        }
        if (kind.equals("macro") || kind.equals("enumerator")) {
            return firstIdentifier(sig);
        }
        int cut = indexOfAny(sig, "[=:");
        return lastIdentifier(cut < 0 ? sig : sig.substring(0, cut));
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String firstIdentifier(String text) {
        Matcher m = IDENTIFIER.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static String lastIdentifier(String text) {
        Matcher m = IDENTIFIER.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    /** The name a C role's target means: without struct/union/enum keywords, pointer stars or call parentheses. */
    public static String targetName(String target) {
        String name = target.strip().replaceFirst("^(struct|union|enum)\\s+", "").replaceFirst("\\(\\)$", "");
        return name.replaceAll("^[*&\\s]+", "").strip();
    }

    /** c:function, c:macro, c:struct and the others: one signature per line, then the description. */
    static final class ObjectDirective implements Directive {
        private final String kind;

        ObjectDirective(String kind) {
            this.kind = kind;
        }

        @Override
        public int requiredArguments() {
            return 1;
        }

        @Override
        public boolean finalArgumentWhitespace() {
            return true;
        }

        @Override
        public boolean hasContent() {
            return true;
        }

        @Override
        public Map<String, OptionConverter> optionSpec() {
            return Map.of("noindex", Options.FLAG, "noindexentry", Options.FLAG, "nocontentsentry", Options.FLAG,
                    "single-line-parameter-list", Options.FLAG);
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            Element desc = new Element(SphinxNodes.DESC);
            desc.set("domain", "c");
            desc.set("objtype", kind);
            desc.classes().addAll(List.of("c", kind));
            desc.setLine(call.lineno());
            boolean index = !call.options().containsKey("noindex");
            for (String line : call.arguments().get(0).split("\n")) {
                String signature = line.strip().replaceAll("\\\\$", "").strip();
                if (signature.isEmpty()) {
                    continue;
                }
                Element sig = new Element(SphinxNodes.DESC_SIGNATURE);
                sig.add(new Text(signature));
                String name = declaredName(kind, signature);
                String scope = scope(call.context().document());
                if (name != null && !scope.isEmpty()) {
                    name = scope + "." + name;
                }
                if (name != null) {
                    sig.set("fullname", name);
                    if (index) {
                        String id = "c." + name;
                        if (!call.context().document().ids.containsKey(id)) {
                            sig.ids().add(id);
                            call.context().document().ids.put(id, sig);
                        }
                    }
                }
                desc.add(sig);
            }
            Element content = new Element(SphinxNodes.DESC_CONTENT);
            if (!call.content().isEmpty()) {
                call.context().nestedParse(call.content(), call.contentOffset(), content, false);
            }
            desc.add(content);
            return List.of(desc);
        }
    }
}
