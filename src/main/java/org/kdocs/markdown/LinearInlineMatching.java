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
import com.vladsch.flexmark.util.ast.Node;
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
 */
public final class LinearInlineMatching implements Parser.ParserExtension {
    /** The longest block (paragraph, heading, table cell) whose inline markup is parsed. */
    public static final int MAX_INLINE_CHARS = 16 * 1024;

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
            if (getIndex() >= input.length()) {
                return null;
            }
            Matcher matcher = re.matcher(input);
            matcher.region(getIndex(), input.length());
            if (!matcher.find()) {
                return null;
            }
            setIndex(matcher.end());
            return matcher;
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
}
