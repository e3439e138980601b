package org.kdocs.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.LintedDocument;
import org.kdocs.lint.TitleScanner;

/**
 * Toctrees seen from a translation: which entries of an original's toctree
 * have no translation yet (the kernel's translated indexes list only what
 * is translated), and where a newly translated page goes in the translated
 * index: the toctree that lists it in the original, after the nearest entry
 * before it that the translation lists.
 */
final class TranslatedToctrees {
    /** One toctree: its directive line, where its content starts, and its entry lines with the pages they name. */
    record Toctree(int line, int contentStart, int indent, List<Integer> entryLines, List<Path> pages) {
    }

    private TranslatedToctrees() {
    }

    /** The toctrees of a document; pages are resolved against {@code dir} (and {@code root} for "/x"). */
    static List<Toctree> of(LintedDocument doc, MarkupScan scan, Path dir, Path root) {
        List<Toctree> trees = new ArrayList<>();
        List<String> view = doc.lines();
        for (MarkupScan.Directive d : scan.directives()) {
            if (!d.name().equals("toctree")) {
                continue;
            }
            int base = LintedDocument.indent(view.get(d.line()));
            int k = d.line() + 1;
            while (k < view.size() && !view.get(k).isEmpty() && LintedDocument.indent(view.get(k)) > base) {
                k++; // options
            }
            int contentStart = k;
            List<Integer> lines = new ArrayList<>();
            List<Path> pages = new ArrayList<>();
            int indent = base + 3;
            for (; k < view.size(); k++) {
                String l = view.get(k);
                if (l.isEmpty()) {
                    continue;
                }
                if (LintedDocument.indent(l) <= base) {
                    break;
                }
                String entry = target(l);
                if (entry.isEmpty()) {
                    continue;
                }
                indent = LintedDocument.indent(l);
                lines.add(k);
                pages.add(resolve(entry, dir, root));
            }
            trees.add(new Toctree(d.line(), contentStart, indent, lines, pages));
        }
        return trees;
    }

    /** Lines of the original's toctree entries whose pages have no translation yet. */
    static Set<Integer> untranslatedEntries(TranslationLayout layout, Path original, LintedDocument doc, MarkupScan scan) {
        Set<Integer> lines = new HashSet<>();
        Path dir = original.toAbsolutePath().normalize().getParent();
        for (Toctree tree : of(doc, scan, dir, layout.originalRoot())) {
            for (int i = 0; i < tree.entryLines().size(); i++) {
                Path page = tree.pages().get(i);
                if (page != null && page.startsWith(layout.originalRoot())
                        && !Files.isRegularFile(layout.translationOf(page))) {
                    lines.add(tree.entryLines().get(i));
                }
            }
        }
        return lines;
    }

    /**
     * Adds a newly translated page to the translated index that mirrors the original's index listing it.
     * Returns what was done, for the user.
     */
    static String addToIndex(TranslationLayout layout, Path original) throws IOException {
        Path page = original.toAbsolutePath().normalize();
        for (Path index : originalPages(layout)) {
            if (!index.toString().endsWith(".rst")) {
                continue; // toctrees are reStructuredText's
            }
            LintedDocument doc = read(index);
            List<Toctree> trees = of(doc, scan(doc), index.getParent(), layout.originalRoot());
            for (int t = 0; t < trees.size(); t++) {
                int at = trees.get(t).pages().indexOf(page);
                if (at >= 0) {
                    return insert(layout, index, doc, trees, t, at);
                }
            }
        }
        return "no toctree of the original lists " + layout.originalField(page);
    }

    private static String insert(TranslationLayout layout, Path index, LintedDocument original, List<Toctree> trees,
            int t, int at) throws IOException {
        Path translatedIndex = layout.translationOf(index);
        String name = layout.root().relativize(translatedIndex).toString();
        if (!Files.isRegularFile(translatedIndex)) {
            return "not added to a toctree: " + name + " does not exist yet";
        }
        LintedDocument doc = read(translatedIndex);
        Path dir = translatedIndex.getParent();
        List<Toctree> translated = of(doc, scan(doc), dir, layout.translationRoot());
        if (translated.isEmpty()) {
            return "not added to a toctree: " + name + " has none";
        }
        Toctree target = translated.get(Math.min(t, translated.size() - 1));
        Toctree source = trees.get(t);
        Path page = layout.translationOf(source.pages().get(at));
        if (translated.stream().anyMatch(tree -> tree.pages().contains(page))) {
            return "already listed in " + name;
        }
        int after = -1; // the line after which the entry goes: the nearest earlier entry the translation lists
        for (int k = at - 1; k >= 0 && after < 0; k--) {
            int listed = target.pages().indexOf(layout.translationOf(source.pages().get(k)));
            after = listed < 0 ? -1 : target.entryLines().get(listed);
        }
        String entry = " ".repeat(target.indent()) + original.lines().get(source.entryLines().get(at)).strip();
        List<String> lines = new ArrayList<>(doc.rawLines());
        if (after >= 0) {
            lines.add(after + 1, entry);
        } else if (!target.entryLines().isEmpty()) {
            lines.add(target.entryLines().get(0), entry);
        } else {
            int start = Math.min(target.contentStart(), lines.size());
            lines.add(start, entry);
            lines.add(start, ""); // content is separated from the options by a blank line
        }
        Files.writeString(translatedIndex, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return "added to the toctree of " + name;
    }

    /** Every page of the original tree, sorted; a kernel's translations are not originals. */
    static List<Path> originalPages(TranslationLayout layout) throws IOException {
        try (Stream<Path> walk = Files.walk(layout.originalRoot())) {
            return walk.filter(p -> Files.isRegularFile(p) && layout.isOriginalPage(p)).map(Path::normalize).sorted()
                    .toList();
        }
    }

    private static LintedDocument read(Path file) throws IOException {
        return LintedDocument.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    private static MarkupScan scan(LintedDocument doc) {
        return MarkupScan.of(doc, TitleScanner.scan(doc));
    }

    /** The document a toctree line names ({@code Title <doc>} names doc), or "" for options and comments. */
    private static String target(String line) {
        String s = line.strip();
        if (s.startsWith(":") || s.startsWith("..")) {
            return "";
        }
        if (s.endsWith(">") && s.lastIndexOf('<') >= 0) {
            s = s.substring(s.lastIndexOf('<') + 1, s.length() - 1).strip();
        }
        return s;
    }

    // null for URLs, "self" and globs, which name no single page
    private static Path resolve(String entry, Path dir, Path root) {
        if (entry.contains("://") || entry.equals("self") || entry.contains("*")) {
            return null;
        }
        Path base = (entry.startsWith("/") ? root.resolve(entry.substring(1)) : dir.resolve(entry)).normalize();
        if (TranslationLayout.isPage(base)) {
            return base;
        }
        // a document name: the page of whichever format exists, reStructuredText when none does
        for (String suffix : List.of(".rst", ".md", ".adoc")) {
            Path page = base.resolveSibling(base.getFileName() + suffix);
            if (Files.isRegularFile(page)) {
                return page;
            }
        }
        return base.resolveSibling(base.getFileName() + ".rst");
    }
}
