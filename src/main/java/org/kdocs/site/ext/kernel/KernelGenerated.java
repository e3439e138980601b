package org.kdocs.site.ext.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.kdocs.site.SiteExtension;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Warning;
import org.kdocs.site.ext.kernel.prestep.KernelPreSteps;

/**
 * What a kernel build generates before reading, as {@code make htmldocs} does before it runs
 * Sphinx: the media headers and the netlink pages ({@link KernelPreSteps}). They go into the
 * build directory beside the output, {@code OUT.kdocs-build} (the Makefile's BUILDDIR): a path
 * that stays the same from build to build, so that cached pages that include a generated file
 * stay valid, and that is never in the source tree.
 */
final class KernelGenerated implements SiteExtension.Generated {
    /** Suffix of the build directory's name, after the output directory's name. */
    static final String BUILD_DIR_SUFFIX = ".kdocs-build";

    private final Path buildDir;
    private final List<KernelPreSteps.Page> pages;

    private KernelGenerated(Path buildDir, List<KernelPreSteps.Page> pages) {
        this.buildDir = buildDir;
        this.pages = pages;
    }

    /** Runs the pre-steps when one of the trees is a kernel Documentation/ or a book in it; else does nothing. */
    static SiteExtension.Generated prepare(List<SourceTree> trees, Path output, Consumer<Warning> warn) {
        Path documentation = null;
        for (SourceTree tree : trees) {
            documentation = documentation != null ? documentation : KernelDirectives.documentationOf(tree.root());
        }
        if (documentation == null) {
            return null;
        }
        Path out = output.toAbsolutePath().normalize();
        Path buildDir = out.resolveSibling(out.getFileName() + BUILD_DIR_SUFFIX);
        KernelPreSteps.Result result = KernelPreSteps.run(documentation, buildDir);
        for (KernelPreSteps.Message m : result.messages()) {
            warn.accept(new Warning(m.file().toString(), m.line(), m.level(), m.text()));
        }
        return new KernelGenerated(buildDir, result.pages());
    }

    @Override
    public Path buildDir() {
        return buildDir;
    }

    /**
     * The discovered sources with the generated pages added to the trees they belong to, each where
     * discovery would have put it had the file been in the tree; a generated page replaces a file of
     * the same name in the tree (left there by the kernel's own build).
     */
    @Override
    public List<SourceDoc> addPages(List<SourceDoc> discovered, List<SourceTree> trees) {
        if (pages.isEmpty()) {
            return discovered;
        }
        List<SourceDoc> docs = new ArrayList<>(discovered);
        for (SourceTree tree : trees) {
            Path documentation = KernelDirectives.documentationOf(tree.root());
            if (documentation == null) {
                continue;
            }
            Path root = tree.root().toAbsolutePath().normalize();
            for (KernelPreSteps.Page page : pages) {
                Path inTree = documentation.resolve(page.docname() + ".rst");
                if (!inTree.startsWith(root)) {
                    continue;
                }
                String relative = root.relativize(inTree).toString().replace('\\', '/');
                SourceDoc doc = new SourceDoc(tree, relative.substring(0, relative.length() - ".rst".length()),
                        page.file(), ".rst", buildDir);
                docs.removeIf(d -> d.tree() == tree && d.docname().equals(doc.docname()));
                docs.add(insertionPoint(docs, tree, root.relativize(inTree)), doc);
            }
        }
        return docs;
    }

    // discovery lists a tree's files together, in path order: before the first that sorts after, found by
    // halving (a look at every page made a Path of each of the tree's 3,600 names for each generated page)
    private static int insertionPoint(List<SourceDoc> docs, SourceTree tree, Path relative) {
        int first = 0;
        while (first < docs.size() && docs.get(first).tree() != tree) {
            first++;
        }
        int low = first;
        int high = first;
        while (high < docs.size() && docs.get(high).tree() == tree) {
            high++;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            SourceDoc d = docs.get(middle);
            if (Path.of(d.docname() + d.suffix()).compareTo(relative) > 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
