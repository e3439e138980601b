package org.kdocs.site.ext.sphinx.cdomain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.kdocs.site.SphinxConfig;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Attribute;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Attributes;
import org.kdocs.site.ext.sphinx.cdomain.CAst.NestedName;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Node;
import org.kdocs.site.ext.sphinx.cdomain.CDeclarators.Declarator;

/**
 * The declaration grammar of the C domain (sphinx.domains.c DefinitionParser): what each C
 * object directive, the C roles and :c:expr: parse, failing where Sphinx 5.3 fails and with its
 * messages, so that a signature kdocs cannot read is one Sphinx cannot read either.
 */
final class CParser extends CExpressions {
    private static final Pattern SIMPLE_TYPE = Pattern.compile("\\b(void|_Bool|signed|unsigned|short|long|char|int"
            + "|__uint128|__int128|__int(8|16|32|64|128)|float|double|_Decimal(32|64|128)|_Complex|_Imaginary"
            + "|__float80|_Float64x|__float128|_Float128|__ibm128|__fp16|_Sat|_Fract|fract|_Accum|accum)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** What a declarator must name: nothing, at most one plain identifier ("single"), or a nested name. */
    enum Named { NO, SINGLE, YES }

    CParser(String definition, SphinxConfig config, Consumer<String> warnings) {
        super(definition, config, warnings);
    }

    @Override
    Node parseUnnamedType() throws DefinitionError {
        return type(Named.NO, null);
    }

    // ---- specifiers

    private String simpleTypeSpecifier() {
        if (match(SIMPLE_TYPE)) {
            return matchedText();
        }
        for (String t : List.of("bool", "complex", "imaginary")) {
            if (config.cExtraKeywords().contains(t) && skipWord(t)) {
                return t;
            }
        }
        return null;
    }

    private CDecl.TrailingType trailingType() throws DefinitionError {
        skipWs();
        List<String> names = new ArrayList<>();
        for (String t = simpleTypeSpecifier(); t != null; t = simpleTypeSpecifier()) {
            names.add(t);
            skipWs();
        }
        if (!names.isEmpty()) {
            return new CDecl.TrailingType(names, null, null);
        }
        String prefix = null;
        skipWs();
        for (String k : List.of("struct", "enum", "union")) {
            if (skipWordAndWs(k)) {
                prefix = k;
                break;
            }
        }
        return new CDecl.TrailingType(null, prefix, nestedName());
    }

    private CDecl.Parameters parameters(String paramMode) throws DefinitionError {
        skipWs();
        if (!skipString("(")) {
            if (paramMode.equals("function")) {
                throw error("Expecting \"(\" in parameters.");
            }
            return null;
        }
        List<CDecl.Parameter> args = new ArrayList<>();
        skipWs();
        if (!skipString(")")) {
            while (true) {
                skipWs();
                if (skipString("...")) {
                    args.add(new CDecl.Parameter(null, true));
                    skipWs();
                    if (!skipString(")")) {
                        throw error("Expected \")\" after \"...\" in parameters.");
                    }
                    break;
                }
                args.add(new CDecl.Parameter(typeWithInit(Named.SINGLE, null), false));
                skipWs();
                if (skipString(",")) {
                    continue;
                } else if (skipString(")")) {
                    break;
                }
                throw error("Expecting \",\" or \")\" in parameters, got \"" + current() + "\".");
            }
        }
        return new CDecl.Parameters(args, attributeList());
    }

    private CDecl.SimpleSpecs simpleSpecs(String outer, boolean typed) throws DefinitionError {
        String storage = null;
        String threadLocal = null;
        boolean inline = false;
        boolean restrict = false;
        boolean volatile_ = false;
        boolean const_ = false;
        List<Attribute> attrs = new ArrayList<>();
        while (true) {
            skipWs();
            if (storage == null) {
                if ("member".equals(outer)) {
                    if (skipWord("auto")) {
                        storage = "auto";
                        continue;
                    }
                    if (skipWord("register")) {
                        storage = "register";
                        continue;
                    }
                }
                if ("member".equals(outer) || "function".equals(outer)) {
                    if (skipWord("static")) {
                        storage = "static";
                        continue;
                    }
                    if (skipWord("extern")) {
                        storage = "extern";
                        continue;
                    }
                }
            }
            if ("member".equals(outer) && threadLocal == null) {
                if (skipWord("thread_local")) {
                    threadLocal = "thread_local";
                    continue;
                }
                if (skipWord("_Thread_local")) {
                    threadLocal = "_Thread_local";
                    continue;
                }
            }
            if ("function".equals(outer) && !inline && (inline = skipWord("inline"))) {
                continue;
            }
            if (!restrict && typed && (restrict = skipWord("restrict"))) {
                continue;
            }
            if (!volatile_ && typed && (volatile_ = skipWord("volatile"))) {
                continue;
            }
            if (!const_ && typed && (const_ = skipWord("const"))) {
                continue;
            }
            if (attributeInto(attrs)) {
                continue;
            }
            break;
        }
        return new CDecl.SimpleSpecs(storage, threadLocal, inline, restrict, volatile_, const_,
                Attributes.of(attrs));
    }

    private CDecl.DeclSpecs declSpecs(String outer, boolean typed) throws DefinitionError {
        CDecl.SimpleSpecs left = simpleSpecs(outer, typed);
        CDecl.SimpleSpecs right = null;
        CDecl.TrailingType trailing = null;
        if (typed) {
            trailing = trailingType();
            right = simpleSpecs(outer, typed);
        }
        return new CDecl.DeclSpecs(left, right, trailing);
    }

    // ---- declarators

    private Declarator declaratorNameSuffix(Named named, String paramMode, boolean typed) throws DefinitionError {
        NestedName declId = null;
        if (named == Named.SINGLE) {
            if (match(IDENTIFIER)) {
                if (KEYWORDS.contains(matchedText())) {
                    throw error("Expected identifier, got keyword: " + matchedText());
                }
                checkExtraKeyword(matchedText());
                declId = new NestedName(List.of(new CAst.Identifier(matchedText())), false);
            }
        } else if (named == Named.YES) {
            declId = nestedName();
        }
        List<CDeclarators.ArrayOp> arrayOps = new ArrayList<>();
        while (true) {
            skipWs();
            if (!(typed && skipString("["))) {
                break;
            }
            skipWs();
            boolean static_ = false;
            boolean const_ = false;
            boolean volatile_ = false;
            boolean restrict = false;
            while (true) {
                if (!static_ && skipWordAndWs("static")) {
                    static_ = true;
                } else if (!const_ && skipWordAndWs("const")) {
                    const_ = true;
                } else if (!volatile_ && skipWordAndWs("volatile")) {
                    volatile_ = true;
                } else if (!restrict && skipWordAndWs("restrict")) {
                    restrict = true;
                } else {
                    break;
                }
            }
            boolean vla = !static_ && skipStringAndWs("*");
            Node size = null;
            if (vla) {
                if (!skipString("]")) {
                    throw error("Expected ']' in end of array operator.");
                }
            } else if (!skipString("]")) {
                size = expressionFallback("]", this::expression);
                skipWs();
                if (!skipString("]")) {
                    throw error("Expected ']' in end of array operator.");
                }
            }
            arrayOps.add(new CDeclarators.ArrayOp(static_, const_, volatile_, restrict, vla, size));
        }
        CDecl.Parameters param = parameters(paramMode);
        if (param == null && arrayOps.isEmpty() && named != Named.NO && paramMode.equals("type") && typed) {
            skipWs();
            if (skipString(":")) {
                return new CDeclarators.BitField(declId, logicalOrExpression());
            }
        }
        return new CDeclarators.NameParam(declId, arrayOps, param);
    }

    private Declarator declarator(Named named, String paramMode, boolean typed) throws DefinitionError {
        List<Alternative> previous = new ArrayList<>();
        skipWs();
        if (typed && skipString("*")) {
            skipWs();
            boolean restrict = false;
            boolean volatile_ = false;
            boolean const_ = false;
            List<Attribute> attrs = new ArrayList<>();
            while (true) {
                if (!restrict && (restrict = skipWordAndWs("restrict"))) {
                    continue;
                }
                if (!volatile_ && (volatile_ = skipWordAndWs("volatile"))) {
                    continue;
                }
                if (!const_ && (const_ = skipWordAndWs("const"))) {
                    continue;
                }
                if (attributeInto(attrs)) {
                    continue;
                }
                break;
            }
            Declarator next = declarator(named, paramMode, typed);
            return new CDeclarators.Pointer(next, restrict, volatile_, const_,
                    Attributes.of(attrs));
        }
        if (typed && currentIs('(')) {
            // parameters first; otherwise a parenthesised declarator, "( ptr-declarator )"
            int start = pos;
            try {
                return declaratorNameSuffix(named, paramMode, typed);
            } catch (DefinitionError asParams) {
                previous.add(new Alternative(asParams, "If declarator-id with parameters"
                        + (paramMode.equals("function") ? " (e.g., 'void f(int arg)')" : "")));
                pos = start;
                try {
                    skipString("(");
                    Declarator inner = declarator(named, paramMode, typed);
                    if (!skipString(")")) {
                        throw error("Expected ')' in \"( ptr-declarator )\"");
                    }
                    Declarator next = declarator(Named.NO, "type", typed);
                    return new CDeclarators.Paren(inner, next);
                } catch (DefinitionError asParen) {
                    pos = start;
                    previous.add(new Alternative(asParen, "If parenthesis in noptr-declarator"
                            + (paramMode.equals("function") ? " (e.g., 'void (*f(int arg))(double)')" : "")));
                    throw multiError(previous, "Error in declarator");
                }
            }
        }
        int start = pos;
        try {
            return declaratorNameSuffix(named, paramMode, typed);
        } catch (DefinitionError e) {
            pos = start;
            previous.add(new Alternative(e, "If declarator-id"));
            throw multiError(previous, "Error in declarator or parameters");
        }
    }

    private CDecl.Initializer initializer(String outer) throws DefinitionError {
        skipWs();
        if (!skipString("=")) {
            return null;
        }
        CAst.ExpressionList braced = bracedInitList();
        if (braced != null) {
            return new CDecl.Initializer(braced, true);
        }
        String ends;
        if ("member".equals(outer)) {
            ends = "";
        } else if (outer == null) {
            ends = ",)";
        } else {
            throw error("Internal error, initializer for outer '" + outer + "' not implemented.");
        }
        return new CDecl.Initializer(expressionFallback(ends, this::assignmentExpression), true);
    }

    CDecl.Type type(Named named, String outer) throws DefinitionError {
        if ("type".equals(outer)) {
            // a type object may be just a name
            int start = pos;
            List<Alternative> previous = new ArrayList<>();
            try {
                CDecl.DeclSpecs specs = declSpecs(outer, false);
                Declarator decl = declarator(Named.YES, outer, false);
                assertEnd(true);
                return new CDecl.Type(specs, decl);
            } catch (DefinitionError untyped) {
                previous.add(new Alternative(untyped, "If just a name"));
                pos = start;
                try {
                    CDecl.DeclSpecs specs = declSpecs(outer, true);
                    Declarator decl = declarator(Named.YES, outer, true);
                    return new CDecl.Type(specs, decl);
                } catch (DefinitionError typed) {
                    pos = start;
                    previous.add(new Alternative(typed, "If typedef-like declaration"));
                    throw multiError(previous, "Type must be either just a name or a typedef-like declaration.");
                }
            }
        }
        if ("function".equals(outer)) {
            CDecl.DeclSpecs specs = declSpecs(outer, true);
            return new CDecl.Type(specs, declarator(Named.YES, outer, true));
        }
        CDecl.DeclSpecs specs = declSpecs(outer, true);
        return new CDecl.Type(specs, declarator("member".equals(outer) ? Named.YES : named, "type", true));
    }

    private CDecl.TypeWithInit typeWithInit(Named named, String outer) throws DefinitionError {
        CDecl.Type type = type(named, outer);
        return new CDecl.TypeWithInit(type, initializer(outer));
    }

    private CDecl.Macro macro() throws DefinitionError {
        skipWs();
        NestedName ident = nestedName();
        skipWs();
        if (!skipStringAndWs("(")) {
            return new CDecl.Macro(ident, null);
        }
        List<CDecl.MacroParameter> args = new ArrayList<>();
        if (skipString(")")) {
            return new CDecl.Macro(ident, args);
        }
        while (true) {
            skipWs();
            if (skipString("...")) {
                args.add(new CDecl.MacroParameter(null, true, false));
                skipWs();
                if (!skipString(")")) {
                    throw error("Expected \")\" after \"...\" in macro parameters.");
                }
                break;
            }
            if (!match(IDENTIFIER)) {
                throw error("Expected identifier in macro parameters.");
            }
            NestedName name = new NestedName(List.of(new CAst.Identifier(matchedText())), false);
            skipWs();
            if (skipStringAndWs("...")) {
                args.add(new CDecl.MacroParameter(name, false, true));
                skipWs();
                if (!skipString(")")) {
                    throw error("Expected \")\" after \"...\" in macro parameters.");
                }
                break;
            }
            args.add(new CDecl.MacroParameter(name, false, false));
            if (skipStringAndWs(",")) {
                continue;
            } else if (skipStringAndWs(")")) {
                break;
            }
            throw error("Expected identifier, ')', or ',' in macro parameter list.");
        }
        return new CDecl.Macro(ident, args);
    }

    private CDecl.Enumerator enumerator() throws DefinitionError {
        NestedName name = nestedName();
        Attributes attrs = attributeList();
        skipWs();
        CDecl.Initializer init = null;
        if (skipString("=")) {
            skipWs();
            init = new CDecl.Initializer(expressionFallback("", this::logicalOrExpression), true);
        }
        return new CDecl.Enumerator(name, init, attrs);
    }

    // ---- entry points

    /** The declaration of a C object directive; objectType is "function", "member", "macro", ... */
    CDecl.Declaration declaration(String objectType) throws DefinitionError {
        Node declaration = switch (objectType) {
            case "member" -> typeWithInit(Named.YES, "member");
            case "function" -> type(Named.YES, "function");
            case "macro" -> macro();
            case "struct", "union", "enum" -> new CDecl.Named(nestedName());
            case "enumerator" -> enumerator();
            case "type" -> type(Named.YES, "type");
            default -> throw new IllegalArgumentException(objectType);
        };
        boolean semicolon = false;
        if (!objectType.equals("macro")) {
            skipWs();
            semicolon = skipString(";");
        }
        assertEnd(false);
        return new CDecl.Declaration(objectType, declaration, semicolon);
    }

    /** The target of a C role: a nested name, "()" allowed after it. */
    NestedName xrefObject() throws DefinitionError {
        NestedName name = nestedName();
        skipWs();
        skipString("()");
        assertEnd(false);
        return name;
    }

    /** The scope of c:namespace and c:namespace-push. */
    NestedName namespaceObject() throws DefinitionError {
        NestedName name = nestedName();
        assertEnd(false);
        return name;
    }

    /** What :c:expr: and :c:texpr: show: an expression, else a type. */
    Node expressionOrType() throws DefinitionError {
        int start = pos;
        try {
            Node expr = expression();
            skipWs();
            assertEnd(false);
            return expr;
        } catch (DefinitionError asExpression) {
            pos = start;
            try {
                Node type = type(Named.NO, null);
                skipWs();
                assertEnd(false);
                return type;
            } catch (DefinitionError asType) {
                throw multiError(List.of(new Alternative(asExpression, "If expression"),
                        new Alternative(asType, "If type")), "Error when parsing (type) expression.");
            }
        }
    }
}
