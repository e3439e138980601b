package org.kdocs.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.kdocs.source.Confinement;
import org.kdocs.tree.Severity;

/**
 * Finds the source documents of the site's trees, as Sphinx's project.discover does: with a
 * conf.py, the files of its source_suffix outside its exclude_patterns (a {@code .txt} suffix
 * there is reStructuredText); without one, every file a reader exists for.
 */
final class SourceDiscovery {
    private static final List<String> SUFFIX_PRIORITY = List.of(".rst", ".adoc", ".md", ".txt");

    private SourceDiscovery() {
    }

    /**
     * The sources of every tree: each suffix that is readable (a file whose
     * real path lies outside its tree is skipped with a warning), and {@code .txt}
     * as AsciiDoc below a directory holding {@code asciidoc.conf} (the marker
     * of an AsciiDoc man-page directory such as the kernel's
     * tools/perf/Documentation) when an AsciiDoc reader is present. When two
     * files give the same docname, the first suffix in {@code SUFFIX_PRIORITY} wins.
     */
    static List<SourceDoc> discover(List<SourceTree> trees, SourceListing listing, Predicate<String> readable,
                                    SiteExtensions extensions, Consumer<Warning> warn) {
        List<SourceDoc> docs = new ArrayList<>();
        for (SourceTree tree : trees) {
            Map<String, List<SourceDoc>> byDocname = new LinkedHashMap<>();
            List<Path> excludedDirs = extensions.excludedDirectories(tree.root());
            List<Pattern> excluded = tree.config().excludePatterns().stream().map(SourceDiscovery::glob).toList();
            List<String> configured = tree.config().present() ? tree.config().sourceSuffixes() : null;
            Confinement gate = Confinement.within(tree.root());
            Set<Path> links = new HashSet<>();
            for (Path p : listing.regularFiles(tree.root(), links)) {
                Path relativePath = tree.root().relativize(p);
                String relative = relativePath.toString().replace('\\', '/');
                String suffix = configured == null ? suffix(p.getFileName().toString())
                        : configured.stream().filter(relative::endsWith).findFirst().orElse("");
                boolean rstTxt = configured != null && configured.contains(".txt");
                if (hidden(relativePath) || suffix.isEmpty() || !readable.test(rstTxt && suffix.equals(".txt")
                        ? ".rst" : suffix)
                        || suffix.equals(".txt") && !rstTxt && !asciidocTxt(tree.root(), p)
                        || excluded(relative, excluded)
                        || excludedDirs.stream().anyMatch(p.toAbsolutePath().normalize()::startsWith)) {
                    continue;
                }
                if (links.contains(p) && !gate.admits(p)) {
                    // a link to /etc/passwd must not become a page and a copy in _sources/
                    warn.accept(new Warning(p.toString(), 0, Severity.WARNING,
                            "source file is a link to outside the source tree; skipped"));
                    continue;
                }
                String docname = relative.substring(0, relative.length() - suffix.length());
                byDocname.computeIfAbsent(docname, k -> new ArrayList<>())
                        .add(new SourceDoc(tree, docname, p, suffix));
            }
            for (List<SourceDoc> candidates : byDocname.values()) {
                candidates.sort(java.util.Comparator.comparingInt(d -> SUFFIX_PRIORITY.indexOf(d.suffix())));
                SourceDoc chosen = candidates.get(0);
                if (candidates.size() > 1) {
                    warn.accept(new Warning(chosen.file().toString(), 0, Severity.WARNING, "multiple files found for the document \""
                            + chosen.docname() + "\": " + candidates.stream().map(d -> d.file().getFileName().toString())
                            .toList() + "; using " + chosen.file().getFileName()));
                }
                docs.add(chosen);
            }
        }
        return docs;
    }

    // a tree with a conf.py needs its root document, and any tree needs some document
    static boolean missingRoot(SourceTree tree, List<SourceDoc> docs) {
        boolean any = false;
        for (SourceDoc doc : docs) {
            if (doc.tree() == tree) {
                any = true;
                if (doc.docname().equals(tree.config().rootDoc())) {
                    return false;
                }
            }
        }
        return !any || tree.config().present();
    }

    // Sphinx's exclude_patterns match a path or any of its parent directories
    private static boolean excluded(String relative, List<Pattern> patterns) {
        for (String path = relative; !path.isEmpty(); path = path.contains("/")
                ? path.substring(0, path.lastIndexOf('/')) : "") {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(path).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A Sphinx glob (sphinx.util.matching): ** any path, * and ? within one path segment, [...] a class. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[' && pattern.indexOf(']', i + 1) > i + 1) {
                int end = pattern.indexOf(']', i + 1);
                String body = pattern.substring(i + 1, end);
                String negated = body.startsWith("!") ? "^" : "";
                regex.append('[').append(negated).append(body.substring(negated.length())
                        .replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&")).append(']');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String suffix(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot);
    }

    private static boolean asciidocTxt(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SiteBuilder.ASCIIDOC_MARKER))) {
                return true;
            }
        }
        return false;
    }

    // directories such as .git, _build or _static are not sources
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
