package org.kdocs.lint.patch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.lint.Finding;
import org.kdocs.lint.LintConfig;
import org.kdocs.lint.LintedDocument;
import org.kdocs.lint.Linter;
import org.kdocs.lint.Overlay;
import org.kdocs.lint.Pairing;
import org.kdocs.lint.SourceFormat;
import org.kdocs.source.Confinement;
import org.kdocs.tree.Severity;

/**
 * Lints the documents (reStructuredText, AsciiDoc, Markdown) a patch changes and reports the findings
 * at the patch's own lines. New files are rebuilt from their added lines;
 * changed files from the {@code --tree} copy with the hunks applied, or,
 * without a tree, from the hunks alone (then rules that need the whole file
 * or its original are skipped). Files of a series are rebuilt in order, so
 * a later patch applies on top of an earlier one. A path that leads out of
 * the tree ({@code a/../x}, or through a link) is an error and is not read.
 */
public final class PatchReview {
    /** Rules that make no sense on hunk fragments. */
    private static final List<String> WHOLE_FILE_RULES = List.of("title-hierarchy", "section-parity",
            "original-field", "disclaimer", "literal-parity", "label-parity", "footnote-parity",
            "substitution-parity", "link-parity", "directive-parity", "term-consistency", "identifier-typo");

    /** Rules that read the tree beyond the patch's own files, off when there is no tree. */
    private static final List<String> TREE_RULES = List.of("original-field", "disclaimer", "toctree-parity",
            "staleness");

    /** Where the files of a patch reviewed without a tree are placed; nothing is read below it. */
    private static final Path PATCH_ROOT = Path.of("/kdocs-patch").toAbsolutePath();

    private PatchReview() {
    }

    /**
     * Findings at patch lines, plus the mailing-list reply text; or, when the
     * patch could not be read, only {@code unreadable}: the lines it stumbled on.
     */
    public record Result(List<Finding> findings, String reply, List<Finding> unreadable) {
        /** Whether the patch was read and reviewed. */
        public boolean readable() {
            return unreadable.isEmpty();
        }
    }

    public static Result review(Path patchFile, Path tree, Linter linter) throws IOException {
        byte[] bytes = Files.readAllBytes(patchFile);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // Chinese mail that is not UTF-8 is nearly always GB2312/GBK, both subsets of GB18030
            text = new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        }
        return review(patchFile.toString(), text, tree, linter);
    }

    public static Result review(String patchName, String patchText, Path tree, Linter linter) throws IOException {
        Patch patch = PatchParser.parse(patchText);
        if (!patch.malformed().isEmpty()) {
            List<Finding> unreadable = patch.malformed().stream()
                    .map(m -> new Finding(patchName, m.line(), 1, Severity.ERROR, "patch", m.message())).toList();
            return new Result(List.of(), "", unreadable);
        }
        Map<String, List<String>> current = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Rebuilt> rebuilts = new ArrayList<>();
        for (Patch.FileDiff diff : patch.files()) {
            if (diff.deleted() || !SourceFormat.isDocument(diff.newPath())) {
                if (diff.deleted()) {
                    current.remove(diff.oldPath());
                }
                continue;
            }
            String escaping = tree == null ? null : outsideTree(tree, diff.oldPath()) ? diff.oldPath()
                    : outsideTree(tree, diff.newPath()) ? diff.newPath() : null;
            Path confined = escaping == null ? tree : null;
            if (escaping != null) {
                // neither read nor located: whether a hunk applies out there must tell nothing
                findings.add(new Finding(patchName, diff.headerLine(), 1, Severity.ERROR, "patch",
                        "path outside --tree, file not read: " + escaping));
            }
            Rebuilt rebuilt = rebuild(diff, confined, current);
            current.put(diff.newPath(), rebuilt.lines());
            for (String problem : rebuilt.problems()) {
                findings.add(new Finding(patchName, diff.headerLine(), 1, Severity.ERROR, "patch", problem));
            }
            rebuilts.add(rebuilt);
        }
        Path root = tree != null ? tree.toAbsolutePath().normalize() : PATCH_ROOT;
        Map<Path, String> patched = new HashMap<>();
        for (Rebuilt r : rebuilts) {
            if (!r.fragment()) {
                patched.put(root.resolve(r.path()).normalize(), r.text());
            }
        }
        Overlay files = new Overlay(patched, tree != null);
        for (Rebuilt rebuilt : rebuilts) {
            findings.addAll(lintRebuilt(patchName, rebuilt, root, files, linter));
        }
        if (patch.files().isEmpty()) {
            findings.add(new Finding(patchName, 1, 1, Severity.ERROR, "patch", "no diff found in the input"));
        }
        findings.sort(Finding.ORDER);
        return new Result(List.copyOf(findings), Reply.write(patch, PatchParser.splitLines(patchText), findings),
                List.of());
    }

    private static Rebuilt rebuild(Patch.FileDiff diff, Path tree, Map<String, List<String>> current)
            throws IOException {
        if (diff.created()) {
            return Rebuilt.created(diff);
        }
        List<String> old = current.get(diff.oldPath());
        Confinement gate = tree == null ? null : Confinement.within(tree);
        if (old == null && gate != null && gate.admits(tree.resolve(diff.oldPath()))) {
            old = LintedDocument.of("", new String(gate.read(tree.resolve(diff.oldPath())), StandardCharsets.UTF_8))
                    .rawLines();
        }
        return old == null ? Rebuilt.fragments(diff) : Rebuilt.applied(diff, old);
    }

    // a/../outside/secret.rst, or a path through a link that leads out of the tree
    private static boolean outsideTree(Path tree, String path) {
        try {
            return path != null && !Confinement.within(tree).encloses(tree.resolve(path));
        } catch (java.nio.file.InvalidPathException e) {
            return true;
        }
    }

    private static List<Finding> lintRebuilt(String patchName, Rebuilt rebuilt, Path root, Overlay files,
            Linter linter) {
        LintConfig config = linter.config();
        if (rebuilt.fragment()) {
            for (String id : WHOLE_FILE_RULES) {
                config = config.withRuleOff(id);
            }
        }
        LintedDocument doc = LintedDocument.of(rebuilt.path(), rebuilt.text());
        Path located = rebuilt.fragment() ? null : root.resolve(rebuilt.path());
        if (located != null && !files.disk()) {
            // without a tree, a translation is paired only with an English page of the same patch
            boolean originalHere = Pairing.of(located).map(p -> files.isFile(p.original())).orElse(false);
            if (!originalHere) {
                located = null;
            } else {
                for (String id : TREE_RULES) {
                    config = config.withRuleOff(id);
                }
            }
        }
        List<Finding> found;
        try (Linter effective = new Linter(linter.rules(), config)) {
            found = effective.lint(effective.context(doc, located, files));
        }
        List<Finding> mapped = new ArrayList<>();
        for (Finding f : found) {
            int index = Math.min(Math.max(f.line() - 1, 0), Math.max(rebuilt.origins().size() - 1, 0));
            if (rebuilt.origins().isEmpty()) {
                continue;
            }
            int[] origin = rebuilt.origins().get(index);
            if (origin[0] == 0) {
                continue; // a line the patch does not show
            }
            mapped.add(new Finding(patchName, origin[0], f.col() + origin[1], f.severity(), f.ruleId(),
                    rebuilt.path() + ":" + f.line() + ": " + f.message()));
        }
        return mapped;
    }
}
