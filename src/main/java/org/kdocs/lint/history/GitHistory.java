package org.kdocs.lint.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git history of a work tree, asked the question of the kernel's
 * scripts/checktransupdate.py: which commits touched the original after the
 * commit the translation was based on. The base is the commit named by an
 * {@code Update the translation through commit <hash>} (or
 * {@code update to commit <hash>}) line in the translation's last commit;
 * otherwise the newest commit of the original whose author date is not
 * after the translation's last commit. Merge-tag commits are not listed.
 */
public final class GitHistory implements AutoCloseable {
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)(?:update the translation through commit|update to commit) ([0-9a-f]{7,40})");

    private final Repository repository;
    private final Git git;
    private final Path workTree;

    private GitHistory(Repository repository) {
        this.repository = repository;
        this.git = new Git(repository);
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The repository containing {@code dir}, if any (and if it has a HEAD commit). */
    public static Optional<GitHistory> find(Path dir) {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                    .findGitDir(dir.toAbsolutePath().toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repo = builder.build();
            if (repo.resolve("HEAD") == null) {
                repo.close();
                return Optional.empty();
            }
            return Optional.of(new GitHistory(repo));
        } catch (IOException | RuntimeException e) {
            // an unreadable or unsupported repository: no history, no staleness findings
            return Optional.empty();
        }
    }

    public Path workTree() {
        return workTree;
    }

    /** The verdict for a translation and its original (absolute paths in this work tree), or empty if unknown; one at a time (parallel lint). */
    public synchronized Optional<Staleness> check(Path translation, Path original) {
        try {
            String t = relative(translation);
            String o = relative(original);
            ObjectId head = repository.resolve("HEAD");
            RevCommit tHead = last(head, t);
            RevCommit oHead = last(head, o);
            if (tHead == null || oHead == null) {
                return Optional.empty();
            }
            RevCommit base = null;
            boolean fromTrailer = false;
            Matcher m = TRAILER.matcher(tHead.getFullMessage());
            if (m.find()) {
                ObjectId named = repository.resolve(m.group(1));
                if (named != null) {
                    base = last(named, o);
                    fromTrailer = base != null;
                }
            }
            if (base == null) {
                base = last(tHead, o);
                while (base != null && base.getAuthorIdent().getWhenAsInstant()
                        .isAfter(tHead.getAuthorIdent().getWhenAsInstant())) {
                    base = base.getParentCount() == 0 ? null : last(base.getParent(0), o);
                }
            }
            List<Staleness.Commit> missing = new ArrayList<>();
            if (base == null || !base.getId().equals(oHead.getId())) {
                var log = git.log().addPath(o);
                if (base == null) {
                    log.add(oHead);
                } else {
                    log.addRange(base, oHead);
                }
                for (RevCommit c : log.call()) {
                    if (!c.getShortMessage().contains("Merge tag")) {
                        missing.add(new Staleness.Commit(c.getName(), c.getShortMessage()));
                    }
                }
            }
            return Optional.of(new Staleness(base == null ? "" : base.getName(), fromTrailer, List.copyOf(missing)));
        } catch (IOException | GitAPIException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private final Map<String, RevCommit> lastCache = new HashMap<>();

    /** The newest commit reachable from {@code start} that touches {@code path}, or null. */
    private RevCommit last(ObjectId start, String path) throws IOException, GitAPIException {
        String key = start.getName() + ":" + path;
        if (lastCache.containsKey(key)) {
            return lastCache.get(key);
        }
        RevCommit found = null;
        for (RevCommit c : git.log().add(start).addPath(path).setMaxCount(1).call()) {
            found = c;
        }
        lastCache.put(key, found);
        return found;
    }

    private String relative(Path file) {
        return workTree.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    @Override
    public void close() {
        git.close();
        repository.close();
    }
}
