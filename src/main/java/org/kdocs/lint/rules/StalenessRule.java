package org.kdocs.lint.rules;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.OriginalField;
import org.kdocs.lint.Rule;
import org.kdocs.lint.history.Staleness;
import org.kdocs.tree.Severity;

/**
 * {@code staleness}: with git history, the original has commits after the
 * one the translation is based on (the decision of the kernel's
 * checktransupdate.py, honouring an "Update the translation through commit
 * &lt;hash&gt;" line in the translation's last commit). Lists up to five of them.
 */
public final class StalenessRule implements Rule {
    private static final int LISTED = 5;

    // off by default: the verdict depends on the project's commit conventions, as checktransupdate.py is run on demand
    private static final Declaration DECLARATION = new Declaration("staleness", Severity.WARNING,
            "The original has git commits after the one the translation is based on (opt-in).")
            .inEveryFormat().offByDefault();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.pairing().isEmpty() || context.original().isEmpty()) {
            return;
        }
        Optional<Staleness> verdict = context.history().flatMap(h -> h.check(Path.of(context.doc().name()),
                Path.of(context.original().get().name())));
        if (verdict.isEmpty() || verdict.get().upToDate()) {
            return;
        }
        Staleness s = verdict.get();
        int line = OriginalField.find(context.scan()).map(f -> f.line() + 1).orElse(1);
        String listed = s.missing().stream().limit(LISTED).map(Staleness.Commit::shortForm)
                .collect(Collectors.joining(", "));
        String more = s.missing().size() > LISTED ? ", and " + (s.missing().size() - LISTED) + " more" : "";
        String base = s.baseCommit().isEmpty() ? "" : " since " + s.baseCommit().substring(0, 12)
                + (s.fromTrailer() ? " (named in the translation's commit)" : "");
        sink.report(line, 1, "translation is out of date: the original has " + s.missing().size() + " commit"
                + (s.missing().size() == 1 ? "" : "s") + base + ": " + listed + more);
    }
}
