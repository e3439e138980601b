package org.kdocs.rst.directives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kdocs.source.highlight.Highlighter;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * The code directive (docutils directives/body.py CodeBlock, with
 * utils/code_analyzer.py's NumberLines). Languages org.kdocs.source.highlight
 * covers are split into Pygments' classified tokens; another language Pygments
 * knows is accepted with its text unsplit; an unknown one gets docutils' warning.
 */
final class CodeBlock extends DeclaredDirective {
    private static final Set<String> KNOWN_LANGUAGES = loadLanguages();
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 1)
            .withOptions(Map.of(
                    "class", Options.CLASS_OPTION, "name", Options.UNCHANGED, "number-lines", Options.UNCHANGED))
            .withContent();

    static void registerAll(DirectiveRegistry registry) {
        registry.register("code", CodeBlock::new);
    }

    CodeBlock() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        String language = call.arguments().isEmpty() ? "" : call.arguments().get(0);
        return List.of(build(call, language, call.content().lines(), null));
    }

    /** The literal block for code lines; source, when given, becomes its source attribute (include's code option). */
    static Element build(DirectiveCall call, String language, List<String> lines, String source)
            throws DirectiveError {
        List<String> classes = new ArrayList<>();
        classes.add("code");
        if (!language.isEmpty()) {
            classes.add(language);
        }
        classes.addAll(DirectiveSupport.classes(call.options()));
        String code = String.join("\n", lines);
        checkLanguage(call, language);
        List<Token> tokens = highlighted(call, language, code);
        if (call.options().containsKey("number-lines")) {
            tokens = numberLines(tokens, startLine(call.options().get("number-lines")), lines.size());
        }
        Element node = new Element(NodeType.LITERAL_BLOCK, code);
        node.classes().addAll(classes);
        DirectiveSupport.addName(call, node);
        if (source != null) {
            node.set("source", source);
        }
        for (Token token : tokens) {
            if (token.classes().isEmpty()) {
                node.add(new Text(token.value()));
            } else {
                Element inline = Element.text(NodeType.INLINE, token.value(), token.value());
                inline.classes().addAll(token.classes());
                node.add(inline);
            }
        }
        return node;
    }

    /** Long-named Pygments tokens when the language is covered and analysis is on, else the code as one text. */
    private static List<Token> highlighted(DirectiveCall call, String language, String code) {
        String mode = call.context().settings().syntaxHighlight();
        List<org.kdocs.source.highlight.HighlightToken> tokens =
                language.isEmpty() || !"long".equals(mode) ? null : Highlighter.tokens(language, code);
        if (tokens == null) {
            return List.of(new Token(List.of(), code));
        }
        return tokens.stream().map(t -> new Token(t.classes(), t.text())).toList();
    }

    private static void checkLanguage(DirectiveCall call, String language) throws DirectiveError {
        if (language.isEmpty() || language.equals("text")
                || "none".equals(call.context().settings().syntaxHighlight())) {
            return;
        }
        if (!KNOWN_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))
                && Severity.WARNING.reaches(call.context().settings().reportLevel())) {
            throw DirectiveError.warning("Cannot analyze code. No Pygments lexer found for \"" + language + "\".");
        }
    }

    /** The first line number of the number-lines option (empty means 1). */
    static int startLine(Object option) throws DirectiveError {
        String value = option == null ? "" : (String) option;
        if (value.isEmpty()) {
            return 1;
        }
        try {
            return Options.pyInt(value);
        } catch (IllegalArgumentException notAnInteger) {
            throw DirectiveError.error(":number-lines: with non-integer start value");
        }
    }

    /** A run of code with its classes (empty: plain text). */
    record Token(List<String> classes, String value) {
    }

    /** Inserts a right-aligned line number before each line, splitting tokens at newlines. */
    static List<Token> numberLines(List<Token> tokens, int startLine, int lineCount) {
        int width = String.valueOf(startLine + lineCount).length();
        String format = "%" + width + "d ";
        List<Token> result = new ArrayList<>();
        int lineno = startLine;
        result.add(new Token(List.of("ln"), String.format(Locale.ROOT, format, lineno)));
        for (Token token : tokens) {
            String[] parts = token.value().split("\n", -1);
            for (int i = 0; i < parts.length - 1; i++) {
                result.add(new Token(token.classes(), parts[i] + "\n"));
                lineno++;
                result.add(new Token(List.of("ln"), String.format(Locale.ROOT, format, lineno)));
            }
            result.add(new Token(token.classes(), parts[parts.length - 1]));
        }
        return result;
    }

    private static Set<String> loadLanguages() {
        try (InputStream in = CodeBlock.class.getResourceAsStream("pygments-aliases.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
