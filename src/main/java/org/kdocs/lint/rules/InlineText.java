package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.rst.inline.InlineConstructs;
import org.kdocs.rst.inline.InlineConstructs.Construct;

/**
 * One text of a document (see {@link TextBlocks}) with its inline markup as
 * the RST inliner finds it ({@link InlineConstructs}), and its bare text: the
 * same text with every construct, URL and e-mail address blanked to
 * {@link Prose#MASK}, so indexes still match. Rules that look for plain
 * words in prose read the bare text; rules about markup read the constructs.
 */
record InlineText(TextBlocks.Block block, List<Construct> constructs, String bare) {
    private static final Pattern URL = Pattern.compile("(?:https?|ftp|file|mailto)://[^\\s<>\"]+|<[^<>\\s@]+@[^<>\\s]+>"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    static List<InlineText> of(LintContext context) {
        return context.derived("inline-text", () -> build(TextBlocks.of(context)));
    }

    static List<InlineText> ofOriginal(LintContext context) {
        return context.derived("original-inline-text", () -> build(TextBlocks.ofOriginal(context)));
    }

    private static List<InlineText> build(List<TextBlocks.Block> blocks) {
        List<InlineText> texts = new ArrayList<>(blocks.size());
        for (TextBlocks.Block block : blocks) {
            String text = block.text();
            List<Construct> constructs = InlineConstructs.find(text);
            char[] bare = text.toCharArray();
            for (Construct c : constructs) {
                java.util.Arrays.fill(bare, c.start(), c.end(), Prose.MASK);
            }
            if (text.indexOf('@') >= 0 || text.contains("://")) {
                Matcher url = URL.matcher(text);
                while (url.find()) {
                    java.util.Arrays.fill(bare, url.start(), url.end(), Prose.MASK);
                }
            }
            texts.add(new InlineText(block, List.copyOf(constructs), new String(bare)));
        }
        return List.copyOf(texts);
    }

    /** The text of a construct between its delimiters. */
    String content(Construct c) {
        return block.text().substring(c.contentStart(), c.contentEnd());
    }

    /** The raw source of a construct, delimiters, role and reference suffix included. */
    String source(Construct c) {
        return block.text().substring(c.start(), c.end());
    }

    /** The 0-based source line of a text index. */
    int line(int index) {
        return block.at(index).line();
    }

    /** The 1-based column (in code points) of a text index on its source line. */
    int column(int index, LintContext context) {
        TextBlocks.Piece piece = block.at(index);
        return Prose.column(context.doc().rawLines().get(piece.line()), piece.from());
    }

    /** True when the text holds a Han, Kana or Hangul letter. */
    boolean cjk() {
        return block.text().codePoints().anyMatch(Prose::isCjkLetter);
    }
}
