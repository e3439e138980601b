package org.kdocs.kerneldoc;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns kernel-doc's inline markup into reST (scripts/kernel-doc's @highlights_rst and
 * output_highlight_rst): {@code func()}, {@code &struct foo}, {@code @param}, {@code %CONST} and
 * friends become C-domain roles, bold or literals, except inside literal blocks (after a paragraph
 * ending in "::" or a code-block directive), which pass through untouched.
 */
final class InlineMarkupRewriter {
    /** A markup rule; {@code needs} is text every match contains, so a block without it is skipped. */
    private record Rule(String needs, Pattern pattern, String replacement) {
        Rule(String needs, String regex, String replacement) {
            this(needs, PerlText.rx(regex, Pattern.DOTALL), replacement);
        }
    }

    // in the script's order; each runs over the whole block before the next
    private static final List<Rule> RULES = List.of(
            new Rule("``", "\\b``([^`]+)``\\b", "``$1``"),
            new Rule("%", "\\%([-_*\\w]+)", "``$1``"),
            new Rule("&", "\\&([_\\w]+)(\\.|->)([_\\w]+)\\(\\)", ":c:type:`$1$2$3\\\\(\\\\) <$1>`"),
            new Rule("&", "\\&([_\\w]+)(\\.|->)([_\\w]+)", ":c:type:`$1$2$3 <$1>`"),
            new Rule("@", "\\@(\\w+)\\(\\)", "**$1\\\\(\\\\)**"),
            new Rule("@", "\\@(\\w+->\\S+)\\(\\)", "**$1\\\\(\\\\)**"),
            new Rule("()", "(\\w+)\\(\\)", "$1()"),
            new Rule("&", "\\&(enum\\s*([_\\w]+))", ":c:type:`$1 <$2>`"),
            new Rule("&", "\\&(struct\\s*([_\\w]+))", ":c:type:`$1 <$2>`"),
            new Rule("&", "\\&(typedef\\s*([_\\w]+))", ":c:type:`$1 <$2>`"),
            new Rule("&", "\\&(union\\s*([_\\w]+))", ":c:type:`$1 <$2>`"),
            new Rule("&", "\\&([_\\w]+)", ":c:type:`$1`"),
            new Rule("@", "([\\!~\\*]?)\\@(\\w*((\\.\\w+)|(->\\w+))*(\\.\\.\\.)?)", "**$1$2**"));

    private static final Pattern LITERAL_START = PerlText.rx("^[^.].*::$");
    private static final Pattern CODE_BLOCK = PerlText.rx("^\\.\\.\\ +code-block::");
    private static final Pattern NEWLINE = PerlText.rx("\n");

    private InlineMarkupRewriter() {
    }

    /** The markup rules applied to a block of lines. */
    static String highlight(String block) {
        String text = block;
        for (Rule rule : RULES) {
            if (text.contains(rule.needs())) {
                text = rule.pattern().matcher(text).replaceAll(rule.replacement());
            }
        }
        return text;
    }

    /** output_highlight_rst: the text highlighted outside literal blocks, each line after {@code prefix}. */
    static void write(StringBuilder out, String prefix, String text) {
        StringBuilder output = new StringBuilder();
        StringBuilder block = new StringBuilder();
        boolean inLiteral = false;
        String literalIndent = null;
        for (String line : PerlText.split(NEWLINE, text == null ? "" : text)) {
            if (inLiteral) {
                if (!isBlank(line)) {
                    if (literalIndent == null) {
                        literalIndent = line.substring(0, leadingSpace(line));
                        output.append(line).append('\n');
                    } else if (!line.startsWith(literalIndent)) {
                        inLiteral = false; // a line indented less ends the literal block
                    } else {
                        output.append(line).append('\n');
                    }
                } else {
                    output.append(line).append('\n');
                }
            }
            if (!inLiteral) {
                block.append(line).append('\n');
                if (LITERAL_START.matcher(line).find() || CODE_BLOCK.matcher(line).find()) {
                    inLiteral = true;
                    literalIndent = null;
                    output.append(highlight(block.toString()));
                    block.setLength(0);
                }
            }
        }
        if (block.length() > 0) {
            output.append(highlight(block.toString()));
        }
        for (String line : PerlText.split(NEWLINE, output.toString())) {
            out.append(prefix).append(line).append('\n');
        }
    }

    private static boolean isBlank(String line) {
        return leadingSpace(line) == line.length();
    }

    private static int leadingSpace(String line) {
        int i = 0;
        while (i < line.length() && PerlText.isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
