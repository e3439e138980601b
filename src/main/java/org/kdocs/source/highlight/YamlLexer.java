package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.call;
import static org.kdocs.source.highlight.LexerStates.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * YAML, reproducing the token stream of Pygments' YamlLexer (lexers/data.py), which tracks block indentation
 * in a context beside the state stack: the callbacks below save and set indentation levels and leave
 * block and plain scalars when a line is indented too little.
 */
final class YamlLexer {
    private static final String WS = "Text.Whitespace";

    /** Pygments' YamlLexerContext. */
    private static final class Indents {
        final List<Integer> stack = new ArrayList<>();
        int indent = -1;
        int nextIndent;
        Integer blockScalarIndent;
    }

    static final RuleLexer LEXER = build();

    private YamlLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("root")
                .rule("[ ]+(?=#|$)", WS)
                .rule("\\n+", WS)
                .rule("#[^\\n]*", "Comment.Single")
                .rule("^%YAML(?=[ ]|$)", resetIndent("Name.Tag"), "yaml-directive")
                .rule("^%TAG(?=[ ]|$)", resetIndent("Name.Tag"), "tag-directive")
                .rule("^(?:---|\\.\\.\\.)(?=[ ]|$)", resetIndent("Name.Namespace"), "block-line")
                .rule("[ ]*(?!\\s|$)", saveIndent(WS, true), "block-line", "indentation");
        r.state("ignored-line")
                .rule("[ ]+(?=#|$)", WS)
                .rule("#[^\\n]*", "Comment.Single")
                .rule("\\n", WS, "#pop:2");
        r.state("yaml-directive")
                .rule("([ ]+)([0-9]+\\.[0-9]+)", groups(WS, "Literal.Number"), "ignored-line");
        r.state("tag-directive")
                .rule("([ ]+)(!|![\\w-]*!)([ ]+)(!|!?[\\w;/?:@&=+$,.!~*'()\\[\\]%-]+)",
                        groups(WS, "Keyword.Type", WS, "Keyword.Type"), "ignored-line");
        r.state("indentation")
                .rule("[ ]*$", something(WS), "#pop:2")
                .rule("[ ]+(?=[?:-](?:[ ]|$))", saveIndent(WS, false))
                .rule("[?:-](?=[ ]|$)", setIndent("Punctuation.Indicator", false))
                .rule("[ ]*", saveIndent(WS, false), "#pop");
        r.state("block-line")
                .rule("[ ]*(?=#|$)", something(WS), "#pop")
                .rule("[ ]+", WS)
                .rule("([^#,?\\[\\]{}\"'\\n]+)(:)(?=[ ]|$)", groups("Name.Tag", setIndent("Punctuation", true)))
                .include("descriptors")
                .include("block-nodes")
                .include("flow-nodes")
                .rule("(?=[^\\s?:,\\[\\]{}#&*!|>'\"%@`-]|[?:-]\\S)", something("Name.Variable"),
                        "plain-scalar-in-block-context");
        r.state("descriptors")
                .rule("!<[\\w#;/?:@&=+$,.!~*'()\\[\\]%-]+>", "Keyword.Type")
                .rule("!(?:[\\w-]+!)?[\\w#;/?:@&=+$,.!~*'()\\[\\]%-]*", "Keyword.Type")
                .rule("&[\\w-]+", "Name.Label")
                .rule("\\*[\\w-]+", "Name.Variable");
        r.state("block-nodes")
                .rule(":(?=[ ]|$)", setIndent("Punctuation.Indicator", true))
                .rule("[|>]", "Punctuation.Indicator", "block-scalar-content", "block-scalar-header");
        r.state("flow-nodes")
                .rule("\\[", "Punctuation.Indicator", "flow-sequence")
                .rule("\\{", "Punctuation.Indicator", "flow-mapping")
                .rule("'", "Literal.String", "single-quoted-scalar")
                .rule("\"", "Literal.String", "double-quoted-scalar");
        r.state("flow-collection")
                .rule("[ ]+", WS)
                .rule("\\n+", WS)
                .rule("#[^\\n]*", "Comment.Single")
                .rule("[?:,]", "Punctuation.Indicator")
                .include("descriptors")
                .include("flow-nodes")
                .rule("(?=[^\\s?:,\\[\\]{}#&*!|>'\"%@`])", something("Name.Variable"), "plain-scalar-in-flow-context");
        r.state("flow-sequence")
                .include("flow-collection")
                .rule("\\]", "Punctuation.Indicator", "#pop");
        r.state("flow-mapping")
                .rule("([^,:?\\[\\]{}\"'\\n]+)(:)(?=[ ]|$)", groups("Name.Tag", "Punctuation"))
                .include("flow-collection")
                .rule("\\}", "Punctuation.Indicator", "#pop");
        r.state("block-scalar-content")
                .rule("\\n", WS)
                .rule("^[ ]+$", call(YamlLexer::blockScalarEmptyLine))
                .rule("^[ ]*", call(YamlLexer::blockScalarIndent))
                .rule("[\\S\\t ]+", "Name.Constant");
        r.state("block-scalar-header")
                .rule("([1-9])?[+-]?(?=[ ]|$)", call(YamlLexer::blockScalarIndicator), "ignored-line")
                .rule("[+-]?([1-9])?(?=[ ]|$)", call(YamlLexer::blockScalarIndicator), "ignored-line");
        r.state("quoted-scalar-whitespaces")
                .rule("^[ ]+", WS)
                .rule("[ ]+$", WS)
                .rule("\\n+", WS)
                .rule("[ ]+", "Name.Variable");
        r.state("single-quoted-scalar")
                .include("quoted-scalar-whitespaces")
                .rule("''", "Literal.String.Escape")
                .rule("[^\\s']+", "Literal.String")
                .rule("'", "Literal.String", "#pop");
        r.state("double-quoted-scalar")
                .include("quoted-scalar-whitespaces")
                .rule("\\\\[0abt\\tn\\nvfre \"\\\\N_LP]", "Literal.String")
                .rule("\\\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", "Literal.String.Escape")
                .rule("[^\\s\"\\\\]+", "Literal.String")
                .rule("\"", "Literal.String", "#pop");
        r.state("plain-scalar-in-block-context-new-line")
                .rule("^[ ]+$", WS)
                .rule("\\n+", WS)
                .rule("^(?=---|\\.\\.\\.)", something("Name.Namespace"), "#pop:3")
                .rule("^[ ]*", call(YamlLexer::plainScalarIndent), "#pop");
        r.state("plain-scalar-in-block-context")
                .rule("[ ]*(?=:[ ]|:$)", something(WS), "#pop")
                .rule("[ ]+(?=#)", WS, "#pop")
                .rule("[ ]+$", WS)
                .rule("\\n+", WS, "plain-scalar-in-block-context-new-line")
                .rule("[ ]+", "Literal.Scalar.Plain")
                .rule("(?::(?!\\s)|[^\\s:])+", "Literal.Scalar.Plain");
        r.state("plain-scalar-in-flow-context")
                .rule("[ ]*(?=[,:?\\[\\]{}])", something(WS), "#pop")
                .rule("[ ]+(?=#)", WS, "#pop")
                .rule("^[ ]+", WS)
                .rule("[ ]+$", WS)
                .rule("\\n+", WS)
                .rule("[ ]+", "Name.Variable")
                .rule("[^\\s,:?\\[\\]{}]+", "Name.Variable");
        return r.buildExtended(Indents::new);
    }

    private static Indents indents(RuleLexer.Run run) {
        return (Indents) run.context;
    }

    /** Emits the match unless it is empty (an empty match leaves the position alone). */
    private static RuleLexer.Action something(String type) {
        return call((run, m, group, out) -> {
            String text = m.group(group);
            if (text.isEmpty()) {
                return false;
            }
            out.add(new RuleLexer.Raw(type, text));
            return true;
        });
    }

    /** A directive or document marker forgets all indentation levels. */
    private static RuleLexer.Action resetIndent(String type) {
        return call((run, m, group, out) -> {
            Indents c = indents(run);
            c.stack.clear();
            c.indent = -1;
            c.nextIndent = 0;
            c.blockScalarIndent = null;
            out.add(new RuleLexer.Raw(type, m.group(group)));
            return true;
        });
    }

    /**
     * Records a possible indentation level. At the start of a line, closes the levels deeper than the line;
     * indentation past the level it falls back to, but short of the closed one, is an error.
     */
    private static RuleLexer.Action saveIndent(String type, boolean lineStart) {
        return call((run, m, group, out) -> {
            Indents c = indents(run);
            String text = m.group(group);
            String extra = "";
            if (lineStart) {
                c.nextIndent = text.length();
                if (c.nextIndent < c.indent) {
                    while (c.nextIndent < c.indent) {
                        c.indent = c.stack.remove(c.stack.size() - 1);
                    }
                    if (c.nextIndent > c.indent) {
                        // Python slices: back at level -1 the split falls before the last space.
                        int cut = c.indent >= 0 ? c.indent : Math.max(text.length() + c.indent, 0);
                        extra = text.substring(cut);
                        text = text.substring(0, cut);
                    }
                }
            } else {
                c.nextIndent += text.length();
            }
            if (!text.isEmpty()) {
                out.add(new RuleLexer.Raw(type, text));
            }
            if (!extra.isEmpty()) {
                out.add(new RuleLexer.Raw(type + ".Error", extra));
            }
            return true;
        });
    }

    /** Opens the saved level; an explicit indicator also counts towards the next one. */
    private static RuleLexer.Action setIndent(String type, boolean implicit) {
        return call((run, m, group, out) -> {
            Indents c = indents(run);
            String text = m.group(group);
            if (c.indent < c.nextIndent) {
                c.stack.add(c.indent);
                c.indent = c.nextIndent;
            }
            if (!implicit) {
                c.nextIndent += text.length();
            }
            out.add(new RuleLexer.Raw(type, text));
            return true;
        });
    }

    /** The header of a | or > scalar: an indentation digit fixes the content's indentation. */
    private static boolean blockScalarIndicator(RuleLexer.Run run, Matcher m, int group, List<RuleLexer.Raw> out) {
        Indents c = indents(run);
        String text = m.group(group);
        c.blockScalarIndent = null;
        if (text.isEmpty()) {
            return false;
        }
        String increment = m.group(1);
        if (increment != null && !increment.isEmpty()) {
            c.blockScalarIndent = Math.max(c.indent, 0) + Integer.parseInt(increment);
        }
        out.add(new RuleLexer.Raw("Punctuation.Indicator", text));
        return true;
    }

    /** A blank line inside a block scalar: spaces past its indentation are content. */
    private static boolean blockScalarEmptyLine(RuleLexer.Run run, Matcher m, int group, List<RuleLexer.Raw> out) {
        Indents c = indents(run);
        String text = m.group(group);
        if (c.blockScalarIndent == null || text.length() <= c.blockScalarIndent) {
            if (!text.isEmpty()) {
                out.add(new RuleLexer.Raw(WS, text));
            }
        } else {
            out.add(new RuleLexer.Raw(WS, text.substring(0, c.blockScalarIndent)));
            out.add(new RuleLexer.Raw("Name.Constant", text.substring(c.blockScalarIndent)));
        }
        return true;
    }

    /** A block scalar line's indentation: the first line sets it, a line indented less ends the scalar. */
    private static boolean blockScalarIndent(RuleLexer.Run run, Matcher m, int group, List<RuleLexer.Raw> out) {
        Indents c = indents(run);
        String text = m.group(group);
        boolean ends = c.blockScalarIndent == null
                ? text.length() <= Math.max(c.indent, 0) : text.length() < c.blockScalarIndent;
        if (ends) {
            run.pop();
            run.pop();
            return false;
        }
        if (c.blockScalarIndent == null) {
            c.blockScalarIndent = text.length();
        }
        if (text.isEmpty()) {
            return false;
        }
        out.add(new RuleLexer.Raw(WS, text));
        return true;
    }

    /** A plain scalar's continuation line must be indented deeper than the current level. */
    private static boolean plainScalarIndent(RuleLexer.Run run, Matcher m, int group, List<RuleLexer.Raw> out) {
        String text = m.group(group);
        if (text.length() <= indents(run).indent) {
            run.pop();
            run.pop();
            return false;
        }
        if (text.isEmpty()) {
            return false;
        }
        out.add(new RuleLexer.Raw(WS, text));
        return true;
    }
}
