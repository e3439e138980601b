package org.kdocs.lint.rules;

import java.nio.file.Path;
import java.util.Optional;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.OriginalField;
import org.kdocs.lint.Pairing;
import org.kdocs.lint.Rule;
import org.kdocs.lint.SourceFormat;
import org.kdocs.tree.Severity;

/**
 * {@code original-field}: a translation carries an {@code :Original:} field
 * naming its English file, the file exists, and it is the mirrored path.
 */
public final class OriginalFieldRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("original-field", Severity.ERROR,
            "A translation lacks an :Original: field, or it names a missing or unexpected file.").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.pairing().isEmpty() || !SourceFormat.isDocument(context.doc().name())) {
            return;
        }
        Pairing pairing = context.pairing().get();
        if (pairing.relative().getNameCount() == 1 && pairing.relative().toString().startsWith("disclaimer")) {
            return;
        }
        Optional<OriginalField> field = OriginalField.find(context.scan());
        if (field.isEmpty()) {
            sink.report(1, 1, "translation has no :Original: field naming its English file");
            return;
        }
        Path file = Path.of(context.doc().name());
        Optional<Path> named = field.get().resolve(file, pairing);
        if (named.isEmpty()) {
            return; // a :ref: cannot be resolved at line level
        }
        int line = field.get().line() + 1;
        if (!context.files().isFile(named.get())) {
            sink.report(line, 1, ":Original: names " + pairing.root().relativize(named.get()) + ", which does not exist");
        } else if (!named.get().normalize().equals(pairing.original().normalize())
                && context.files().isFile(pairing.original())) {
            sink.report(line, 1, ":Original: names " + pairing.root().relativize(named.get())
                    + " but the mirrored original is " + pairing.root().relativize(pairing.original()));
        }
    }
}
