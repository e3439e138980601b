package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.kdocs.source.highlight.Insertions.Insertion;

/**
 * Makefiles, reproducing Pygments' MakefileLexer (lexers/make.py): conditional and include lines and comment
 * lines are taken out whole, the rest goes through the base Makefile rules (recipes and values as bash).
 */
final class MakefileLexer {
    private static final Pattern SPECIAL = Pattern.compile("^(?:\\.\\s*(?:include|undef|error|warning|if|else|elif"
            + "|endif|for|endfor)|\\s*(?:ifeq|ifneq|ifdef|ifndef|else|endif|-?include|define|endef|:|vpath)"
            + "|\\s*(?:if|else|endif))(?=\\s)", RuleLexer.FLAGS);
    private static final Pattern COMMENT = Pattern.compile("^\\s*@?#", RuleLexer.FLAGS);
    private static final RuleLexer BASE = build();

    private MakefileLexer() {
    }

    static List<RuleLexer.Raw> lex(String text) {
        List<Insertion> insertions = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        boolean continued = false;
        // Lines split at \n only: the text is already normalised, other Python line breaks are rare in makefiles.
        for (String line : text.split("(?<=\\n)")) {
            if (line.isEmpty()) {
                continue;
            }
            if (SPECIAL.matcher(line).lookingAt() || continued) {
                insertions.add(new Insertion(rest.length(), List.of(new RuleLexer.Raw("Comment.Preproc", line))));
                continued = line.strip().endsWith("\\");
            } else if (COMMENT.matcher(line).lookingAt()) {
                insertions.add(new Insertion(rest.length(), List.of(new RuleLexer.Raw("Comment", line))));
            } else {
                rest.append(line);
            }
        }
        return Insertions.merge(BASE.lex(rest.toString()), insertions);
    }

    private static RuleLexer build() {
        RuleLexer.Action bash = new RuleLexer.Delegate(BashLexer.LEXER::lex);
        LexerStates r = new LexerStates();
        r.state("root")
                .rule("^(?:[\\t ]+.*\\n|\\n)+", bash)
                .rule("\\$[<@$+%?|*]", "Keyword")
                .rule("\\s+", "Text.Whitespace")
                .rule("#.*?\\n", "Comment")
                .rule("((?:un)?export)(\\s+)(?=[\\w${}\\t -]+\\n)", groups("Keyword", "Text.Whitespace"), "export")
                .rule("(?:un)?export\\s+", "Keyword")
                .rule("([\\w${}().-]+)(\\s*)([!?:+]?=)([ \\t]*)((?:.*\\\\\\n)+|.*\\n)",
                        groups("Name.Variable", "Text.Whitespace", "Operator", "Text.Whitespace", bash))
                .rule("\"(?:\\\\\\\\|\\\\[^\\\\]|[^\"\\\\])*\"", "Literal.String.Double")
                .rule("'(?:\\\\\\\\|\\\\[^\\\\]|[^'\\\\])*'", "Literal.String.Single")
                .rule("([^\\n:]+)(:+)([ \\t]*)", groups("Name.Function", "Operator", "Text.Whitespace"),
                        "block-header")
                .rule("\\$\\(", "Keyword", "expansion");
        r.state("expansion")
                .rule("[^\\w$().-]+", "Text")
                .rule("[\\w.-]+", "Name.Variable")
                .rule("\\$", "Keyword")
                .rule("\\(", "Keyword", "#push")
                .rule("\\)", "Keyword", "#pop");
        r.state("export")
                .rule("[\\w${}-]+", "Name.Variable")
                .rule("\\n", "Text", "#pop")
                .rule("\\s+", "Text.Whitespace");
        r.state("block-header")
                .rule("[,|]", "Punctuation")
                .rule("#.*?\\n", "Comment", "#pop")
                .rule("\\\\\\n", "Text")
                .rule("\\$\\(", "Keyword", "expansion")
                .rule("[a-zA-Z_]+", "Name")
                .rule("\\n", "Text.Whitespace", "#pop")
                .rule(".", "Text");
        return r.build();
    }
}
