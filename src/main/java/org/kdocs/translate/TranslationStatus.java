package org.kdocs.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kdocs.lint.history.GitHistory;
import org.kdocs.lint.history.Staleness;

/**
 * The state of every page of an original tree in one language: missing,
 * stale (with the original's commits since the one the translation is based
 * on, as the kernel's checktransupdate.py finds them), up to date, or
 * translated when there is no git history to tell.
 */
public final class TranslationStatus {
    /** A page's state. */
    public enum State {
        MISSING("missing"), STALE("stale"), UP_TO_DATE("up to date"), TRANSLATED("translated");

        private final String word;

        State(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** One page: the original and translation paths (relative to the root), its state and the missed commits. */
    public record Page(String original, String translation, State state, String baseCommit,
            List<Staleness.Commit> commits) {
    }

    private TranslationStatus() {
    }

    public static List<Page> of(TranslationLayout layout) throws IOException {
        List<Page> pages = new ArrayList<>();
        Optional<GitHistory> history = GitHistory.find(layout.root());
        try {
            for (Path original : TranslatedToctrees.originalPages(layout)) {
                Path translation = layout.translationOf(original);
                String o = layout.originalField(original);
                String t = layout.originalField(translation);
                if (!Files.isRegularFile(translation)) {
                    pages.add(new Page(o, t, State.MISSING, "", List.of()));
                    continue;
                }
                Optional<Staleness> verdict = history.flatMap(h -> h.check(translation, original));
                if (verdict.isEmpty()) {
                    pages.add(new Page(o, t, State.TRANSLATED, "", List.of()));
                } else {
                    Staleness s = verdict.get();
                    pages.add(new Page(o, t, s.upToDate() ? State.UP_TO_DATE : State.STALE, s.baseCommit(),
                            s.missing()));
                }
            }
        } finally {
            history.ifPresent(GitHistory::close);
        }
        return pages;
    }
}
