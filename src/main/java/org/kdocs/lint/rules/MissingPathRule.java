package org.kdocs.lint.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.OriginalField;
import org.kdocs.lint.Overlay;
import org.kdocs.lint.Pairing;
import org.kdocs.lint.Rule;
import org.kdocs.rst.inline.InlineConstructs.Construct;
import org.kdocs.rst.inline.InlineConstructs;
import org.kdocs.tree.Severity;

/**
 * {@code missing-path}: a {@code Documentation/...} path or a {@code :doc:}
 * target in a translation that names nothing in the tree, or that names a
 * page of the translation that does not exist yet, where the kernel's
 * convention is to point at the English page. Needs the tree (a lint of
 * files, or {@code --patch} with {@code --tree}); files the patch creates
 * count as existing. The {@code :Original:} field is left to original-field.
 */
public final class MissingPathRule implements Rule {
    private static final Pattern PATH = Pattern.compile("(?<![\\w/.-])Documentation/(?:[\\w./+-]|,(?=\\w))*[\\w/]");
    /** Paths a build creates, which a source tree does not hold. */
    private static final Pattern GENERATED = Pattern.compile("Documentation/output(?:/.*)?");
    private static final Pattern EXPLICIT = Pattern.compile("(?s).*<([^<>]+)>\\s*");
    /** A path as written, then the suffixes a page may have (the site reads AsciiDoc and Markdown too). */
    private static final List<String> SUFFIXES = List.of("", ".rst", ".txt", ".adoc", ".md");

    private static final Declaration DECLARATION = new Declaration("missing-path", Severity.WARNING,
            "A Documentation/ path or :doc: target that does not exist, or names an untranslated page.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.pairing().isEmpty() || !context.files().disk()) {
            return;
        }
        Pairing pairing = context.pairing().get();
        Overlay files = context.files();
        boolean kernel = files.isDirectory(pairing.root().resolve("Documentation"));
        int originalLine = OriginalField.find(context.scan()).map(OriginalField::line).orElse(-1);
        Path here = pairing.translationRoot().resolve(pairing.relative()).getParent();
        for (InlineText text : InlineText.of(context)) {
            for (Construct c : text.constructs()) {
                if (c.kind() == InlineConstructs.Kind.INTERPRETED && (c.role().equals("doc") || c.role().equals("std:doc"))
                        && text.line(c.start()) != originalLine) {
                    document(context, text, c, here, kernel, sink);
                }
            }
            if (!kernel) {
                continue;
            }
            Matcher m = PATH.matcher(text.block().text());
            while (m.find()) {
                String path = m.group();
                int end = m.end();
                boolean glob = end < text.block().text().length() && "*<{[".indexOf(text.block().text().charAt(end)) >= 0;
                if (glob || GENERATED.matcher(path).matches() || text.line(m.start()) == originalLine) {
                    continue;
                }
                Optional<String> problem = problem(pairing, files, pairing.root().resolve(path).normalize(), path, false);
                if (problem.isPresent()) {
                    sink.report(text.line(m.start()) + 1, text.column(m.start(), context), problem.get());
                }
            }
        }
    }

    private static void document(LintContext context, InlineText text, Construct c, Path here, boolean kernel,
            FindingSink sink) {
        String target = text.content(c).strip();
        Matcher explicit = EXPLICIT.matcher(target);
        if (explicit.matches()) {
            target = explicit.group(1).strip();
        }
        target = target.replaceAll("\\s+", "");
        Pairing pairing = context.pairing().get();
        Path resolved;
        if (target.startsWith("/")) {
            if (!kernel) {
                return; // the source root of a project's site is its own setting
            }
            resolved = pairing.originalRoot().resolve(target.substring(1));
        } else {
            resolved = here.resolve(target);
        }
        problem(pairing, context.files(), resolved.normalize(), target, true).ifPresent(
                p -> sink.report(text.line(c.start()) + 1, text.column(c.start(), context), p));
    }

    /** What is wrong with a path named in the text, or empty when it exists. */
    private static Optional<String> problem(Pairing pairing, Overlay files, Path path, String written,
            boolean document) {
        if (exists(files, path)) {
            return Optional.empty();
        }
        if (path.startsWith(pairing.translationRoot())) {
            Path relative = pairing.translationRoot().relativize(path);
            Path english = pairing.originalRoot().resolve(relative);
            if (exists(files, english)) {
                String name = relative.toString().replace('\\', '/').replaceFirst("\\.(rst|txt|adoc|md)$", "");
                String pointer = document ? ":doc:`/" + name + "`" : pairing.root().relativize(english).toString();
                return Optional.of("'" + written + "' names a " + pairing.language() + " page that does not exist yet;"
                        + " point at the English page (" + pointer + ")");
            }
        }
        return Optional.of("'" + written + "' does not exist in the tree");
    }

    private static boolean exists(Overlay files, Path path) {
        for (String suffix : SUFFIXES) {
            Path p = path.resolveSibling(path.getFileName() + suffix);
            if (files.isFile(p) || suffix.isEmpty() && files.isDirectory(p)) {
                return true;
            }
        }
        return false;
    }
}
