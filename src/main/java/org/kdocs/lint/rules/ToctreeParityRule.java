package org.kdocs.lint.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.LintedDocument;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Pairing;
import org.kdocs.lint.SourceFormat;
import org.kdocs.tree.Severity;

/**
 * {@code toctree-parity}: the translation's toctrees list the original's
 * documents in the original's order. Entries are compared as documents of
 * the original tree: a translation's entry naming a translated document
 * counts as naming its original, so {@code kcsan} in
 * {@code zh_CN/dev-tools/index.rst} and {@code kcsan} in
 * {@code dev-tools/index.rst} agree, as does an entry pointing from the
 * translation to an untranslated original. An original's entry is only
 * missed when its translation exists (translations list what is
 * translated); documents that exist only in the translation are ignored.
 */
public final class ToctreeParityRule extends ParityRule {
    private static final Declaration DECLARATION = new Declaration("toctree-parity", Severity.WARNING,
            "Toctree entries (documents, in order) differ from the original's.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "toctree entry";
    }

    @Override
    List<Item> items(LintContext context, boolean ofOriginal) {
        LintedDocument doc = ofOriginal ? context.original().orElseThrow() : context.doc();
        MarkupScan scan = ofOriginal ? context.originalScan().orElseThrow() : context.scan();
        Optional<Pairing> pairing = context.pairing();
        List<Item> items = new ArrayList<>();
        for (MarkupScan.Directive d : scan.directives()) {
            if (!d.name().equals("toctree")) {
                continue;
            }
            DirectiveBody body = DirectiveBody.of(doc, d);
            for (int k = 0; k < body.lines().size(); k++) {
                int line = body.lines().get(k);
                String entry = target(body.content().get(k));
                if (entry.isEmpty()) {
                    continue;
                }
                if (pairing.isEmpty()) {
                    items.add(new Item(entry, line));
                    continue;
                }
                Optional<String> key = key(entry, Path.of(doc.name()), ofOriginal, pairing.get());
                key.ifPresent(name -> items.add(new Item(name, line)));
            }
        }
        return items;
    }

    @Override
    boolean reportsMoves() {
        return true;
    }

    @Override
    boolean expected(Item theirs, LintContext context) {
        return context.pairing().map(p -> !isDocumentPath(theirs.key())
                || SourceFormat.documentExists(p.translationRoot().resolve(theirs.key()))).orElse(true);
    }

    /** The document an entry names: {@code Title <doc>} names doc; options and comments name nothing. */
    static String target(String line) {
        String s = line.strip();
        if (s.startsWith(":") || s.startsWith(".. ") || s.equals("..")) {
            return "";
        }
        if (s.endsWith(">") && s.lastIndexOf('<') >= 0) {
            s = s.substring(s.lastIndexOf('<') + 1, s.length() - 1).strip();
        }
        return s.endsWith(".rst") ? s.substring(0, s.length() - 4) : s;
    }

    private static boolean isDocumentPath(String key) {
        return !key.contains("://") && !key.equals("self") && !key.contains("*") && !key.startsWith("..");
    }

    /**
     * The entry as a path under the original tree ("process/howto"); empty
     * for a translation-only document. URLs, {@code self} and globs stay as
     * written.
     */
    private static Optional<String> key(String entry, Path file, boolean ofOriginal, Pairing pairing) {
        if (entry.contains("://") || entry.equals("self") || entry.contains("*")) {
            return Optional.of(entry);
        }
        Path originalRoot = pairing.originalRoot().toAbsolutePath().normalize();
        Path translationRoot = pairing.translationRoot().toAbsolutePath().normalize();
        // the translation is in the original's project (kernel) or a project of its own (docs-zh_CN)
        Path sourceRoot = ofOriginal || translationRoot.startsWith(originalRoot) ? originalRoot : translationRoot;
        Path dir = file.toAbsolutePath().normalize().getParent();
        Path target = (entry.startsWith("/") ? sourceRoot.resolve(entry.substring(1)) : dir.resolve(entry))
                .normalize();
        if (!ofOriginal && target.startsWith(translationRoot)) {
            Path original = originalRoot.resolve(translationRoot.relativize(target));
            if (!SourceFormat.documentExists(original) && SourceFormat.documentExists(target)) {
                return Optional.empty(); // a page of the translation only
            }
            target = original;
        }
        if (!target.startsWith(originalRoot)) {
            return Optional.of(entry);
        }
        return Optional.of(originalRoot.relativize(target).toString().replace('\\', '/'));
    }
}
