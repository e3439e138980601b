package org.kdocs.source.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.source.highlight.Insertions.Insertion;

/**
 * Console sessions, reproducing Pygments' BashSessionLexer (lexers/shell.py ShellSessionBaseLexer): prompt
 * lines and their continuations are lexed as one bash text with the prompts spliced back in at their
 * offsets; other lines are output.
 */
final class ShellSessionLexer {
    private static final Pattern VENV = Pattern.compile("^(\\([^)]*\\))(\\s*)", RuleLexer.FLAGS);
    private static final Pattern PS1 = Pattern.compile("^((?:(?:\\[.*?\\])|(?:\\(\\S+\\))?(?:| |sh\\S*?"
            + "|\\w+\\S+[@:]\\S+(?:\\s+\\S+)?|\\[\\S+[@:][^\\n]+\\].+))\\s*[$#%]\\s*)(.*\\n?)", RuleLexer.FLAGS);
    private static final String PS2 = "> ";

    private ShellSessionLexer() {
    }

    static List<RuleLexer.Raw> lex(String text) {
        List<RuleLexer.Raw> out = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        List<Insertion> insertions = new ArrayList<>();
        boolean continuation = false;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                break; // Pygments' line pattern needs a newline; the text always ends with one
            }
            String line = text.substring(start, newline + 1);
            start = newline + 1;
            Matcher venv = VENV.matcher(line);
            if (venv.lookingAt()) {
                insertions.add(new Insertion(code.length(), List.of(new RuleLexer.Raw("Generic.Prompt.VirtualEnv",
                        venv.group(1)))));
                if (!venv.group(2).isEmpty()) {
                    insertions.add(new Insertion(code.length(), List.of(new RuleLexer.Raw("Text", venv.group(2)))));
                }
                line = line.substring(venv.end());
            }
            Matcher prompt = PS1.matcher(line);
            if (prompt.lookingAt()) {
                insertions.add(new Insertion(code.length(), prompt(prompt.group(1))));
                code.append(prompt.group(2));
                continuation = endsWithContinuation(code);
            } else if (continuation) {
                if (line.startsWith(PS2)) {
                    insertions.add(new Insertion(code.length(), prompt(PS2)));
                    code.append(line, PS2.length(), line.length());
                } else {
                    code.append(line);
                }
                continuation = endsWithContinuation(code);
            } else {
                flush(code, insertions, out);
                out.add(new RuleLexer.Raw("Generic.Output", line));
                insertions.clear();
                code.setLength(0);
            }
        }
        flush(code, insertions, out);
        return out;
    }

    private static List<RuleLexer.Raw> prompt(String text) {
        return List.of(new RuleLexer.Raw("Generic.Prompt", text));
    }

    private static boolean endsWithContinuation(StringBuilder code) {
        int n = code.length();
        return n >= 2 && code.charAt(n - 2) == '\\' && code.charAt(n - 1) == '\n';
    }

    /** The bash tokens of the collected commands with the prompts inserted at their offsets. */
    private static void flush(StringBuilder code, List<Insertion> insertions, List<RuleLexer.Raw> out) {
        if (!insertions.isEmpty()) {
            out.addAll(Insertions.merge(BashLexer.LEXER.lex(code.toString()), insertions));
        }
    }
}
