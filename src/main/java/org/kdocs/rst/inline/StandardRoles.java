package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstSettings;
import org.kdocs.source.highlight.Highlighter;
import org.kdocs.source.highlight.HighlightToken;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

/**
 * The roles docutils registers by canonical name (docutils.parsers.rst.roles):
 * generic roles that wrap the text in one element, pep-reference,
 * rfc-reference, raw, code, math, and the names reserved for roles docutils
 * does not implement.
 */
final class StandardRoles {
    private static final List<String> UNIMPLEMENTED = List.of("index", "named-reference", "anonymous-reference",
            "uri-reference", "footnote-reference", "citation-reference", "substitution-reference", "target",
            "restructuredtext-unimplemented-role");

    private final Map<String, Role> byName = new HashMap<>();
    private final RstSettings settings;

    StandardRoles(RstSettings settings) {
        this.settings = settings;
        generic("abbreviation", NodeType.ABBREVIATION);
        generic("acronym", NodeType.ACRONYM);
        generic("emphasis", NodeType.EMPHASIS);
        generic("literal", NodeType.LITERAL);
        generic("strong", NodeType.STRONG);
        generic("subscript", NodeType.SUBSCRIPT);
        generic("superscript", NodeType.SUPERSCRIPT);
        generic("title-reference", NodeType.TITLE_REFERENCE);
        byName.put("pep-reference", this::pepReference);
        byName.put("rfc-reference", this::rfcReference);
        byName.put("raw", this::raw);
        byName.put("code", this::code);
        byName.put("math", (name, raw, text, line, ctx, options, content) -> one(
                withOptions(Element.text(NodeType.MATH, raw, Escapes.restoreBackslashes(text)), options)));
        for (String name : UNIMPLEMENTED) {
            byName.put(name, StandardRoles::unimplemented);
        }
    }

    Role get(String canonicalName) {
        Role function = byName.get(canonicalName);
        return function == null ? null : new Canonical(canonicalName, function);
    }

    /** A standard role that knows its canonical name, so a custom role based on it knows its options. */
    record Canonical(String name, Role function) implements Role {
        @Override
        public InlineResult apply(String role, String rawText, String text, int lineno, Context context,
                                  Map<String, Object> options, List<String> content) {
            return function.apply(role, rawText, text, lineno, context, options, content);
        }
    }

    private void generic(String name, NodeType type) {
        byName.put(name, (role, raw, text, line, ctx, options, content) ->
                one(withOptions(Element.text(type, raw, text), options)));
    }

    /** docutils' normalized_role_options: "class" becomes "classes"; the rest become attributes. */
    static Map<String, Object> normalized(Map<String, Object> options) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (options != null) {
            options.forEach((k, v) -> result.put(k.equals("class") ? "classes" : k, v));
        }
        return result;
    }

    static Element withOptions(Element node, Map<String, Object> options) {
        normalized(options).forEach((k, v) -> {
            if (v instanceof List<?> list) {
                List<String> values = new ArrayList<>();
                list.forEach(item -> values.add(String.valueOf(item)));
                node.set(k, values);
            } else {
                node.set(k, v);
            }
        });
        return node;
    }

    private static InlineResult one(Element node) {
        return new InlineResult(List.of(node), List.of());
    }

    private static InlineResult problem(Role.Context ctx, String rawtext, Element msg) {
        return new InlineResult(List.of(ctx.problematic(rawtext, rawtext, msg)), List.of(msg));
    }

    private InlineResult pepReference(String role, String rawtext, String text, int lineno, Role.Context ctx,
                                      Map<String, Object> options, List<String> content) {
        int pepnum = parsePythonInt(Escapes.unescape(text));
        if (pepnum < 0 || pepnum > 9999) {
            Element msg = ctx.reporter().error("PEP number must be a number from 0 to 9999; \"" + text
                    + "\" is invalid.", lineno);
            return problem(ctx, rawtext, msg);
        }
        String ref = settings.pepBaseUrl() + String.format(settings.pepFileUrlTemplate(), pepnum);
        Element node = Element.text(NodeType.REFERENCE, rawtext, "PEP " + text);
        node.set("refuri", ref);
        return one(withOptions(node, options));
    }

    private InlineResult rfcReference(String role, String rawtext, String text, int lineno, Role.Context ctx,
                                      Map<String, Object> options, List<String> content) {
        String plain = Escapes.unescape(text);
        String section = null;
        String number = plain;
        if (text.contains("#")) {
            int hash = plain.indexOf('#');
            number = plain.substring(0, hash);
            section = plain.substring(hash + 1);
        }
        int rfcnum = parsePythonInt(number);
        if (rfcnum < 1) {
            Element msg = ctx.reporter().error("RFC number must be a number greater than or equal to 1; \""
                    + text + "\" is invalid.", lineno);
            return problem(ctx, rawtext, msg);
        }
        String ref = settings.rfcBaseUrl() + "rfc" + rfcnum + ".html" + (section == null ? "" : "#" + section);
        Element node = Element.text(NodeType.REFERENCE, rawtext, "RFC " + rfcnum);
        node.set("refuri", ref);
        return one(withOptions(node, options));
    }

    private InlineResult raw(String role, String rawtext, String text, int lineno, Role.Context ctx,
                             Map<String, Object> options, List<String> content) {
        if (!settings.rawEnabled()) {
            Element msg = ctx.reporter().warning("raw (and derived) roles disabled", null);
            return problem(ctx, rawtext, msg);
        }
        if (options == null || !options.containsKey("format")) {
            Element msg = ctx.reporter().error("No format (Writer name) is associated with this role: \"" + role
                    + "\".\nThe \"raw\" role cannot be used directly.\nInstead, use the \"role\" directive to"
                    + " create a new role with an associated format.", lineno);
            return problem(ctx, rawtext, msg);
        }
        Element node = withOptions(Element.text(NodeType.RAW, rawtext, Escapes.restoreBackslashes(text)), options);
        Reporter.Locator locator = ctx.reporter().locator();
        if (locator != null) {
            Reporter.SourceLine where = locator.locate(lineno);
            node.setSource(where.source());
            if (where.line() != null) {
                node.setLine(where.line());
            }
        }
        return one(node);
    }

    private InlineResult code(String role, String rawtext, String text, int lineno, Role.Context ctx,
                              Map<String, Object> options, List<String> content) {
        Map<String, Object> opts = normalized(options);
        Object languageOption = opts.get("language");
        String language = languageOption == null ? "" : languageOption.toString();
        List<String> classes = new ArrayList<>();
        classes.add("code");
        if (opts.get("classes") instanceof List<?> extra) {
            extra.forEach(c -> classes.add(String.valueOf(c)));
        }
        if (!language.isEmpty() && !classes.contains(language)) {
            classes.add(language);
        }
        boolean analyse = !language.isEmpty() && !language.equals("text")
                && !"none".equals(settings.syntaxHighlight());
        if (analyse && !PygmentsLanguages.isKnown(language)) {
            Element msg = ctx.reporter().warning("Cannot analyze code. No Pygments lexer found for \""
                    + language + "\".", null);
            return problem(ctx, rawtext, msg);
        }
        Element node = new Element(NodeType.LITERAL, rawtext);
        node.set("classes", classes);
        // Covered languages become Pygments' classified tokens; others stay one text, as without a language.
        String code = Escapes.restoreBackslashes(text);
        List<HighlightToken> tokens = analyse && "long".equals(settings.syntaxHighlight())
                ? Highlighter.tokens(language, code) : null;
        if (tokens != null) {
            for (HighlightToken token : tokens) {
                if (token.classes().isEmpty()) {
                    node.add(new Text(token.text()));
                } else {
                    Element inline = Element.text(NodeType.INLINE, token.text(), token.text());
                    inline.set("classes", new ArrayList<>(token.classes()));
                    node.add(inline);
                }
            }
        } else if (!code.isEmpty()) {
            node.add(new Text(code));
        }
        return one(node);
    }

    private static InlineResult unimplemented(String role, String rawtext, String text, int lineno,
                                              Role.Context ctx, Map<String, Object> options, List<String> content) {
        Element msg = ctx.reporter().error("Interpreted text role \"" + role + "\" not implemented.", lineno);
        return problem(ctx, rawtext, msg);
    }

    /** Python's int() of a string: optional white space and sign around decimal digits; -1 when invalid. */
    static int parsePythonInt(String value) {
        String stripped = PyText.strip(value).replace("_", "");
        if (stripped.isEmpty() || stripped.startsWith("_")) {
            return -1;
        }
        try {
            long number = Long.parseLong(stripped.startsWith("+") ? stripped.substring(1) : stripped);
            return number < 0 || number > Integer.MAX_VALUE ? -1 : (int) number;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
