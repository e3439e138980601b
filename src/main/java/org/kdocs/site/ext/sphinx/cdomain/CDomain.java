package org.kdocs.site.ext.sphinx.cdomain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.Options;
import org.kdocs.rst.inline.Role;
import org.kdocs.site.SphinxConfig;
import org.kdocs.site.SphinxNodes;
import org.kdocs.site.ext.sphinx.ObjectDescription;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.Severity;

/**
 * The C domain's directives and expression roles (sphinx.domains.c CObject and its subclasses,
 * CNamespaceObject and friends, CExprRole). Each object directive parses its signatures with
 * {@link CParser}; a signature Sphinx cannot parse gives Sphinx's warning and is shown as written,
 * without an anchor. The content is read in the scope of the declared object, as Sphinx's
 * before_content does.
 */
public final class CDomain {
    /** Signature attributes the site's symbol table reads. */
    public static final String FULLNAME = "fullname";
    public static final String ANCHOR = "c:anchor";
    public static final String OBJECT_TYPE = "c:objtype";
    public static final String PARAMS = "c:params";
    public static final String IN_ENUM = "c:in_enum";
    /** The signature as written and the directive's kind, for the duplicate-declaration warning. */
    public static final String SIGNATURE = "c:signature";
    public static final String DIRECTIVE = "c:directive";
    /**
     * The declaration and its named parameters (beside {@link #PARAMS}) as Sphinx's str() writes them,
     * for the report a parallel read makes again (see {@link CXrefDomain}).
     */
    public static final String DECLARATION = "c:declaration";
    public static final String PARAM_DECLARATIONS = "c:param_declarations";
    /** Document attributes: the current scope, the namespace stack, the scopes namespaces opened. */
    static final String SCOPE = "c:scope";
    private static final String STACK = "c:scope-stack";
    private static final String ENUM_SCOPE = "c:enum-scope";
    public static final String NAMESPACES = "c:namespaces";

    private CDomain() {
    }

    /** Registers the C directives for a project configured by {@code config}. */
    public static DirectiveRegistry register(DirectiveRegistry registry, SphinxConfig config) {
        for (String kind : List.of("function", "macro", "struct", "union", "enum", "enumerator", "type", "member",
                "var")) {
            registry.register("c:" + kind, () -> new ObjectDirective(kind, config));
        }
        for (String name : List.of("namespace", "namespace-push", "namespace-pop")) {
            registry.register("c:" + name, () -> new NamespaceDirective(name, config));
        }
        return registry;
    }

    /** The roles :c:expr: and :c:texpr: for a project configured by {@code config}. */
    public static Map<String, Role> roles(SphinxConfig config) {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("c:expr", expressionRole("c-expr", config));
        roles.put("c:texpr", expressionRole("c-texpr", config));
        return roles;
    }

    /** The C scope in force at this point of the document's reading: "" or "outer.inner". */
    public static String scope(Document document) {
        return document.get(SCOPE) instanceof String scope ? scope : "";
    }

    private static String join(String scope, String name) {
        return scope.isEmpty() ? name : scope + "." + name;
    }

    private static String fullName(String scope, CAst.NestedName name) {
        String own = String.join(".", name.names().stream().map(CAst.Identifier::name).toList());
        return name.rooted() ? own : join(scope, own);
    }

    private static void warn(DirectiveCall call, String message) {
        call.context().reporter().message(Severity.WARNING, message, call.lineno());
    }

    /** c:namespace, c:namespace-push and c:namespace-pop: the scope later declarations and references use. */
    static final class NamespaceDirective implements Directive {
        private final String kind;
        private final SphinxConfig config;

        NamespaceDirective(String kind, SphinxConfig config) {
            this.kind = kind;
            this.config = config;
        }

        @Override
        public DirectiveSyntax syntax() {
            return DirectiveSyntax.arguments(kind.equals("namespace-pop") ? 0 : 1, 0).withFinalArgumentWhitespace();
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            Document document = call.context().document();
            @SuppressWarnings("unchecked")
            List<String> stack = document.get(STACK) instanceof List<?> l ? (List<String>) l : new ArrayList<>();
            document.set(STACK, stack);
            String argument = call.arguments().isEmpty() ? "" : call.arguments().get(0).strip();
            boolean global = List.of("NULL", "0", "nullptr").contains(argument);
            if (kind.equals("namespace-pop")) {
                if (stack.isEmpty()) {
                    warn(call, "C namespace pop on empty stack. Defaulting to global scope.");
                } else {
                    stack.remove(stack.size() - 1);
                }
                document.set(SCOPE, stack.isEmpty() ? "" : stack.get(stack.size() - 1));
                return List.of();
            }
            if (global) {
                if (kind.equals("namespace")) {
                    stack.clear();
                    document.set(SCOPE, "");
                }
                return List.of();
            }
            String name;
            try {
                name = String.join(".", new CParser(argument, config, w -> warn(call, w)).namespaceObject().names()
                        .stream().map(CAst.Identifier::name).toList());
            } catch (CScanner.DefinitionError e) {
                warn(call, e.getMessage());
                name = "PhonyNameDueToError";
            }
            String full = kind.equals("namespace") ? name : join(scope(document), name);
            if (kind.equals("namespace")) {
                stack.clear();
            }
            stack.add(full);
            document.set(SCOPE, full);
            document.list(NAMESPACES).add(full);
            return List.of();
        }
    }

    /** c:function, c:macro, c:struct and the other object directives. */
    static final class ObjectDirective extends ObjectDescription {
        private final String kind;
        private final SphinxConfig config;

        ObjectDirective(String kind, SphinxConfig config) {
            super(Map.of("noindex", Options.FLAG, "noindexentry", Options.FLAG, "nocontentsentry", Options.FLAG));
            this.kind = kind;
            this.config = config;
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            Document document = call.context().document();
            String objectType = kind.equals("var") ? "member" : kind;
            Element desc = desc("c", kind);
            // ObjectDescription.set_source_info: inside kernel-doc output that is the C file and line,
            // which Sphinx's duplicate-declaration warning names
            var where = call.context().sourceAndLine(call.lineno());
            int line = where.line() == null ? call.lineno() : where.line();
            desc.setSource(where.source());
            desc.setLine(line);
            boolean index = !call.options().containsKey("noindex");
            String scope = scope(document);
            String contentScope = scope;
            List<Node> indexNodes = new ArrayList<>();
            for (String signature : signatures(call.arguments().get(0))) {
                Element sig = new Element(SphinxNodes.DESC_SIGNATURE);
                sig.setSource(where.source());
                sig.setLine(line);
                desc.add(sig);
                CDecl.Declaration declaration;
                try {
                    declaration = new CParser(signature, config, w -> warn(call, w)).declaration(objectType);
                } catch (CScanner.DefinitionError e) {
                    warn(call, e.getMessage());
                    sig.add(Element.text(SigNodes.DESC_NAME, signature, signature));
                    continue;
                }
                sig.set(SIGNATURE, signature);
                sig.set(DIRECTIVE, kind);
                sig.set(DECLARATION, declaration.str());
                String fullName = fullName(scope, declaration.name());
                contentScope = fullName;
                sig.set(FULLNAME, fullName);
                sig.set(OBJECT_TYPE, objectType);
                String id = "c." + fullName;
                sig.set(ANCHOR, id);
                if (objectType.equals("enumerator") && scope.equals(document.get(ENUM_SCOPE))) {
                    sig.set(IN_ENUM, true);
                }
                List<CDecl.Parameter> params = declaration.functionParams();
                if (params != null) {
                    for (CDecl.Parameter p : params) {
                        if (p.arg() != null && p.arg().name() != null) {
                            sig.list(PARAMS).add(p.arg().name().names().get(0).name());
                            sig.list(PARAM_DECLARATIONS).add(p.str());
                        }
                    }
                }
                if (index && !document.hasId(id)) {
                    sig.ids().add(id);
                    document.registerId(id, sig);
                    if (!call.options().containsKey("noindexentry")) {
                        indexNodes.add(SphinxNodes.index(
                                fullName.replaceAll("@\\w+", "[anonymous]") + " (C " + kind + ")", id));
                    }
                } else if (document.hasId(id)) {
                    sig.set("c:redeclaration", true);
                }
                declaration.describe(sig, fullName);
            }
            List<Node> out = new ArrayList<>(indexNodes);
            Element content;
            Object previousEnum = document.get(ENUM_SCOPE);
            document.set(SCOPE, contentScope);
            document.set(ENUM_SCOPE, kind.equals("enum") ? contentScope : null);
            try {
                content = content(call);
            } finally {
                document.set(SCOPE, scope);
                document.set(ENUM_SCOPE, previousEnum);
            }
            desc.add(content);
            out.add(desc);
            return out;
        }

        // one signature per line; a backslash at a line's end joins it to the next (Sphinx's get_signatures)
        private static List<String> signatures(String argument) {
            List<String> out = new ArrayList<>();
            for (String line : argument.replace("\\\n", "").split("\n", -1)) {
                out.add(line.strip());
            }
            return out;
        }
    }

    /** :c:expr: (as code) and :c:texpr: (as text): an expression or type, its names linked. */
    private static Role expressionRole(String cls, SphinxConfig config) {
        return (name, raw, text, line, ctx, opts, content) -> {
            String source = org.kdocs.tree.Escapes.unescape(text).replace('\n', ' ');
            Element inline = new Element(SigNodes.INLINE);
            inline.classes().add(cls);
            inline.set("domain", "c");
            try {
                CAst.Node ast = new CParser(source, config, w -> { }).expressionOrType();
                ast.describe(inline, CAst.Mode.MARK_TYPE, scope(ctx.document()));
                return new InlineResult(List.<Node>of(inline), List.of());
            } catch (CScanner.DefinitionError e) {
                ctx.reporter().message(Severity.WARNING, "Unparseable C expression: "
                        + CSymbols.pythonRepr(source) + "\n" + e.getMessage(), line);
                inline.add(new org.kdocs.tree.Text(source));
                return new InlineResult(List.<Node>of(inline), List.of());
            }
        };
    }
}
