package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.groups;
import static org.kdocs.source.highlight.LexerStates.words;

/** Devicetree sources, reproducing the token stream of Pygments' DevicetreeLexer (lexers/devicetree.py). */
final class DevicetreeLexer {
    private static final String WS = "\\s*(?:/[*][^*/]*?[*]/\\s*)*";
    private static final String OVERLAY = "(&)(?:([A-Za-z_]\\w*)|(\\{)([^}]+)(\\}))(" + WS + ")(\\{)";
    private static final String NODE = "([^/*@\\s&]+|/)(@?)((?:0x)?[0-9a-fA-F,]*)(" + WS + ")(\\{)";

    static final RuleLexer LEXER = build();

    private DevicetreeLexer() {
    }

    private static RuleLexer build() {
        RuleLexer.Action overlay = groups("Operator", "Name.Function", "Punctuation", "Name.Namespace",
                "Punctuation", "Comment.Multiline", "Punctuation");
        RuleLexer.Action node = groups("Name.Function", "Operator", "Literal.Number.Integer", "Comment.Multiline",
                "Punctuation");
        LexerStates r = new LexerStates();
        r.state("macro")
                .rule("(#include)(" + WS + ")([^\\n]+)",
                        groups("Comment.Preproc", "Comment.Multiline", "Comment.PreprocFile"))
                .rule("(#define)(" + WS + ")([^\\n]+)",
                        groups("Comment.Preproc", "Comment.Multiline", "Comment.Preproc"))
                .rule("(/[^*/{]+/)(" + WS + ")(\"[^\\n{]+\")",
                        groups("Comment.Preproc", "Comment.Multiline", "Comment.PreprocFile"))
                .rule("(/[^*/{]+/)(" + WS + ")([^\\n;{]*)([;]?)",
                        groups("Comment.Preproc", "Comment.Multiline", "Comment.Preproc", "Punctuation"));
        r.state("whitespace")
                .rule("\\n", "Text.Whitespace")
                .rule("\\s+", "Text.Whitespace")
                .rule("\\\\\\n", "Text")
                .rule("//(?:\\n|[\\s\\S]*?[^\\\\]\\n)", "Comment.Single")
                .rule("/(?:\\\\\\n)?[*][\\s\\S]*?[*](?:\\\\\\n)?/", "Comment.Multiline")
                .rule("/(?:\\\\\\n)?[*][\\s\\S]*", "Comment.Multiline");
        r.state("statements")
                .rule("(L?)(\")", groups("Literal.String.Affix", "Literal.String"), "string")
                .rule("0x[0-9a-fA-F]+", "Literal.Number.Hex")
                .rule("\\d+", "Literal.Number.Integer")
                .rule("([^\\s{}/*]*)(\\s*)(:)", groups("Name.Label", "Text", "Punctuation"), "#pop")
                .rule(words("", "\\b", "compatible", "model", "phandle", "status", "#address-cells",
                        "#size-cells", "reg", "virtual-reg", "ranges", "dma-ranges", "device_type", "name"),
                        "Keyword.Reserved")
                .rule("[~!%^&*+=|?:<>/#-]", "Operator")
                .rule("[(){},.\\]]", "Punctuation")
                .rule("\\[", "Punctuation", "bytestring")
                .rule("[a-zA-Z_][\\w-]*(?=(?:\\s*," + WS + "[a-zA-Z_][\\w-]*)*" + WS + "[=;])", "Name")
                .rule("[a-zA-Z_]\\w*", "Name.Attribute");
        r.state("root")
                .include("whitespace")
                .include("macro")
                .rule(OVERLAY, overlay, "node")
                .rule(NODE, node, "node")
                .otherwise("statement");
        r.state("statement")
                .include("whitespace")
                .include("statements")
                .rule(";", "Punctuation", "#pop");
        r.state("node")
                .include("whitespace")
                .include("macro")
                .rule(OVERLAY, overlay, "#push")
                .rule(NODE, node, "#push")
                .include("statements")
                .rule("\\};", "Punctuation", "#pop")
                .rule(";", "Punctuation");
        CLexer.stringState(r);
        r.state("bytestring")
                .rule("\\]", "Punctuation", "#pop")
                .rule("[0-9a-fA-F]{2}", "Literal.Number.Hex")
                .rule("\\s+", "Text.Whitespace");
        return r.build();
    }
}
