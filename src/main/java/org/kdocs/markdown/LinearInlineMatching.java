package org.kdocs.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A Flexmark extension that bounds inline parsing. Flexmark 0.64's inline
 * parser takes each regular-expression match it makes (a run of backticks,
 * an entity, an autolink...) through {@code Matcher.toMatchResult()}, which
 * on Java 17 copies the whole paragraph every time: 200 KB of {@code `c }
 * took 41 s, 1 MB minutes. This parser is Flexmark's own with those two
 * methods reading the match's bounds from the matcher instead, so the
 * result is the same node for node. Other shapes stay quadratic inside
 * Flexmark (an unclosed link destination {@code [a](} is scanned to the end
 * of the paragraph for each one, delimiter runs such as {@code *a} are
 * matched pairwise), so a block of more than {@value #MAX_INLINE_CHARS}
 * characters is not inline-parsed at all: it becomes one
 * {@link UnparsedInline} node, shown as plain text, and the reader warns.
 *
 * <p>Some of Flexmark's patterns are ambiguous about backslashes: in a link
 * label or title, {@code \\} is one escaped backslash or two lone ones, so
 * a run of backslashes with no closing bracket backtracks exponentially (40
 * of them never finished in Flexmark 0.64 alone). Every match here reads its
 * input through a budget of {@value #READS_PER_CHAR} reads per character
 * left in the block; a match that spends it counts as no match (the text
 * stays text), and the first place is kept in {@link #CUT_OFFSET} for the
 * reader's warning.
 */
public final class LinearInlineMatching implements Parser.ParserExtension {
    /** The longest block (paragraph, heading, table cell) whose inline markup is parsed. */
    public static final int MAX_INLINE_CHARS = 16 * 1024;
    /** How many character reads one match may make per character from its start to the block's end. */
    static final int READS_PER_CHAR = 64;
    /** The document offset of the first match given up for its budget, -1 when none was. */
    public static final DataKey<Integer> CUT_OFFSET = new DataKey<>("KDOCS_MATCH_CUT_OFFSET", -1);

    private LinearInlineMatching() {
    }

    /** The text of a block too long to inline-parse, kept as it was written. */
    public static final class UnparsedInline extends Node {
        UnparsedInline(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    public static LinearInlineMatching create() {
        return new LinearInlineMatching();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory(Inlines::new);
        // Flexmark adds its reference-definition step only for its own inline parser: added back here
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** Flexmark's inline parser, matching without copying its input. */
    static final class Inlines extends InlineParserImpl {
        /** The document offset of this parse's first match given up for its budget, -1 while none was. */
        private int firstCut = -1;

        Inlines(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                    inlineParserExtensions);
        }

        @Override
        public void parse(BasedSequence input, Node block) {
            if (input.length() > MAX_INLINE_CHARS) {
                block.appendChild(new UnparsedInline(input));
                return;
            }
            super.parse(input, block);
        }

        private Matcher findFromIndex(Pattern re) {
            BasedSequence input = getInput();
            int from = getIndex();
            if (from >= input.length()) {
                return null;
            }
            long budget = (long) READS_PER_CHAR * (input.length() - from) + 4096;
            Matcher matcher = re.matcher(new BudgetedChars(input, budget));
            matcher.region(from, input.length());
            try {
                if (!matcher.find()) {
                    return null;
                }
            } catch (BudgetSpent spent) {
                if (firstCut < 0) {
                    firstCut = input.getStartOffset() + from;
                }
                return null;
            }
            setIndex(matcher.end());
            return matcher;
        }

        @Override
        public void finalizeDocument(Document document) {
            super.finalizeDocument(document);
            if (firstCut >= 0 && CUT_OFFSET.get(document) < 0) {
                document.set(CUT_OFFSET, firstCut);
            }
        }

        @Override
        public BasedSequence match(Pattern re) {
            Matcher matcher = findFromIndex(re);
            return matcher == null ? null : getInput().subSequence(matcher.start(), matcher.end());
        }

        @Override
        public BasedSequence[] matchWithGroups(Pattern re) {
            Matcher matcher = findFromIndex(re);
            if (matcher == null) {
                return null;
            }
            BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
            groups[0] = getInput().subSequence(matcher.start(), matcher.end());
            for (int i = 1; i < groups.length; i++) {
                groups[i] = matcher.start(i) < 0 ? null : getInput().subSequence(matcher.start(i), matcher.end(i));
            }
            return groups;
        }
    }

    /** Thrown out of a match that has read its budget. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** A block's characters, counting the reads a match makes of them. */
    private static final class BudgetedChars implements CharSequence {
        private final CharSequence chars;
        private long left;

        BudgetedChars(CharSequence chars, long budget) {
            this.chars = chars;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new BudgetSpent();
            }
            return chars.charAt(index);
        }

        @Override
        public int length() {
            return chars.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return chars.subSequence(start, end);
        }

        @Override
        public String toString() {
            return chars.toString();
        }
    }
}
