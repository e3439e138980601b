package org.kdocs.lint.rules;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.rst.inline.InlineConstructs.Construct;
import org.kdocs.rst.inline.InlineConstructs;
import org.kdocs.tree.Severity;

/**
 * {@code single-backquote}: {@code `ABC`} with no role and no reference
 * suffix, usually meant as {@code ``ABC``}. Without a default role Sphinx
 * renders it in italics (docutils' title_reference), not as code. A role
 * spaced off the backquote ({@code :ref: `x`}) and a role inside the
 * backquotes are named. The translation keeps the original's markup, so
 * text the original writes the same way is left alone, and so is any when
 * the original writes code in single backquotes itself (unless it writes
 * this text as a literal). Interpreted text is found by the inliner's own
 * rules; a role glued to a word is left to markup-boundary.
 */
public final class SingleBackquoteRule implements Rule {
    /** A role right before the backquote that the inliner did not take: glued to a word, or spaced off. */
    private static final Pattern DETACHED_ROLE = Pattern.compile("(:[\\w.+-]+(?::[\\w.+-]+)*:)"
            + "([ \\t]*)$");
    private static final Pattern INSIDE_ROLE = Pattern.compile("(:[\\w.+-]+(?::[\\w.+-]+)*:)(\\S.*)");

    private static final Declaration DECLARATION = new Declaration("single-backquote", Severity.WARNING,
            "`text` in single backquotes with no role and no link, usually meant as ``text``.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.scan().directives().stream().anyMatch(d -> d.name().equals("default-role") && !d.argument().isEmpty())) {
            return; // the document gives single backquotes a role
        }
        if (InlineText.of(context).stream().noneMatch(t -> t.constructs().stream().anyMatch(Construct::defaultRole))) {
            return; // the original is read only when there is something to compare
        }
        Set<String> originalDefault = new HashSet<>();
        Set<String> originalLiteral = new HashSet<>();
        for (InlineText text : InlineText.ofOriginal(context)) {
            for (Construct c : text.constructs()) {
                if (c.defaultRole()) {
                    originalDefault.add(normal(text.content(c)));
                } else if (c.kind() == InlineConstructs.Kind.LITERAL) {
                    originalLiteral.add(normal(text.content(c)));
                }
            }
        }
        // an original that writes code in single backquotes itself sets the document's convention
        boolean originalUsesThem = originalDefault.size() >= 2;
        for (InlineText text : InlineText.of(context)) {
            for (Construct c : text.constructs()) {
                if (!c.defaultRole()) {
                    continue;
                }
                String content = normal(text.content(c));
                if (originalDefault.contains(content) || originalUsesThem && !originalLiteral.contains(content)
                        || content.indexOf('`') >= 0 || gluedRole(text, c)) {
                    continue; // the original's markup, or markup-boundary's and spaced-markup's findings
                }
                sink.report(text.line(c.start()) + 1, text.column(c.start(), context),
                        message(text, c, content, originalLiteral.contains(content)));
            }
        }
    }

    /** A role written right before the backquote, not taken because a word precedes it (markup-boundary reports it). */
    private static boolean gluedRole(InlineText text, Construct c) {
        Matcher detached = DETACHED_ROLE.matcher(text.block().text().substring(0, c.start()));
        return detached.find() && detached.group(2).isEmpty();
    }

    /** What went wrong: a role that did not attach, a role inside the quotes, or plain code in italics. */
    private static String message(InlineText text, Construct c, String content, boolean literalThere) {
        String source = "'" + text.source(c) + "'";
        Matcher detached = DETACHED_ROLE.matcher(text.block().text().substring(0, c.start()));
        if (detached.find()) {
            String role = detached.group(1);
            return source + " has no role: '" + role + "' is separated from it by a space; write " + role + "`"
                    + content + "`";
        }
        Matcher inside = INSIDE_ROLE.matcher(content);
        if (inside.matches()) {
            return source + " holds its role inside the backquotes; write " + inside.group(1) + "`" + inside.group(2)
                    + "`";
        }
        return source + " has no role and renders in italics; write ``" + content + "`` for code, or add a role"
                + (literalThere ? " (the original writes ``" + content + "``)" : "");
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
