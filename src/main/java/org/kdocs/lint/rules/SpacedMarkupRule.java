package org.kdocs.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.rst.inline.InlineConstructs.Construct;
import org.kdocs.rst.inline.InlineConstructs;
import org.kdocs.tree.Severity;

/**
 * {@code spaced-markup}: inline markup that reStructuredText does not
 * recognise because of a space inside a delimiter ({@code * 不健全 *},
 * {@code ` x`}, {@code ``x ``}, {@code `x `_}, {@code ** x**}): the reader
 * sees the asterisks or backquotes, or, when a later delimiter closes it, a
 * literal that swallows the text up to there ({@code ``x `` 和 ``y``}).
 * Constructs are found by the inliner's own rules ({@link InlineText}); what
 * is left is searched for delimiter pairs with a space on an inner side.
 * Emphasis is only reported around CJK text, so that arithmetic and
 * wildcards ({@code *.c}) are not.
 */
public final class SpacedMarkupRule implements Rule {
    private static final String OPEN_BOUNDARY = "(?:^|(?<=[\\s\\p{Ps}\\p{Pi}\\p{Pd}\\p{Po}\\p{IsHan}]))";
    private static final String CLOSE_BOUNDARY = "(?=$|[\\s\\p{Pe}\\p{Pf}\\p{Pd}\\p{Po}\\p{IsHan}])";
    private static final Pattern SPACED = Pattern.compile(OPEN_BOUNDARY + "(?<role>:[\\w.+-]+(?::[\\w.+-]+)*:)?"
            + "(?<d>\\*\\*|\\*|``|`)(?<lead>[ \\t]*)(?<inner>[^*`\\s\\x00](?:[^*`\\x00]*?[^*`\\s\\x00])?)"
            + "(?<trail>[ \\t]*)\\k<d>(?<suffix>__?|:[\\w.+-]+:)?" + CLOSE_BOUNDARY);

    private static final Declaration DECLARATION = new Declaration("spaced-markup", Severity.WARNING,
            "Inline markup with a space inside a delimiter (` x`, ``x ``, `x `_, ** x**), which is not markup.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (InlineText text : InlineText.of(context)) {
            String bare = text.bare();
            if (bare.indexOf('*') >= 0 || bare.indexOf('`') >= 0) {
                unrecognised(context, text, sink);
            }
            for (Construct c : text.constructs()) {
                swallowing(context, text, c, sink);
            }
        }
    }

    /** Delimiter pairs left over after the inliner: one of them has a space on its inner side. */
    private static void unrecognised(LintContext context, InlineText text, FindingSink sink) {
        Matcher m = SPACED.matcher(text.bare());
        while (m.find()) {
            String d = m.group("d");
            boolean spaced = !m.group("lead").isEmpty() || !m.group("trail").isEmpty();
            if (!spaced || d.length() == 2 && d.charAt(0) == '`' && m.group("inner").contains("`")) {
                continue;
            }
            if (d.equals("*") && !emphasisLike(text, m)) {
                continue; // a bullet, arithmetic such as "a * b * c", or a wildcard such as *.c
            }
            String shown = text.block().text().substring(m.start(), m.end());
            String role = m.group("role") == null ? "" : m.group("role");
            String suffix = m.group("suffix") == null ? "" : m.group("suffix");
            sink.report(text.line(m.start()) + 1, text.column(m.start(), context), "'" + shown.replace('\n', ' ')
                    + "' is not inline markup because of the space inside; write " + role + d + m.group("inner")
                    .replace('\n', ' ') + d + suffix);
        }
    }

    private static boolean emphasisLike(InlineText text, Matcher m) {
        String inner = m.group("inner");
        TextBlocks.Piece at = text.block().at(m.start());
        boolean bullet = text.block().text().substring(0, m.start()).isBlank()
                || at.from() == 0 || isBlankBefore(text, m.start());
        return !bullet && inner.codePoints().anyMatch(Prose::isCjkLetter)
                && Character.isLetterOrDigit(inner.codePointAt(0))
                && Character.isLetterOrDigit(inner.codePointBefore(inner.length()));
    }

    /** True when only indentation precedes {@code index} on its source line (a list bullet position). */
    private static boolean isBlankBefore(InlineText text, int index) {
        int k = index;
        while (k > 0 && text.block().text().charAt(k - 1) != '\n') {
            if (!Character.isWhitespace(text.block().text().charAt(k - 1))) {
                return false;
            }
            k--;
        }
        return true;
    }

    /** A construct that runs over a delimiter of its own kind, closed by a later construct's end-string. */
    private static void swallowing(LintContext context, InlineText text, Construct c, FindingSink sink) {
        String d = switch (c.kind()) {
            case LITERAL -> "``";
            case STRONG -> "**";
            case INTERPRETED -> "`";
            default -> null;
        };
        if (d == null) {
            return;
        }
        String content = text.content(c);
        int at = content.indexOf(d);
        if (at < 0 || !(spaceAt(content, at - 1) || spaceAt(content, at + d.length()))) {
            return;
        }
        String shown = text.source(c).replace('\n', ' ');
        if (shown.length() > 50) {
            shown = shown.substring(0, 47) + "...";
        }
        sink.report(text.line(c.start()) + 1, text.column(c.start(), context), "'" + shown + "' runs over '"
                + d + "' with a space beside it, so it is one construct up to a later '" + d
                + "'; remove the space inside the delimiters");
    }

    private static boolean spaceAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.isWhitespace(s.charAt(i));
    }

    static boolean isConstruct(InlineConstructs.Kind kind) {
        return kind != null;
    }
}
