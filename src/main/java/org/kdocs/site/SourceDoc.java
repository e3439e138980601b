package org.kdocs.site;

import java.io.IOException;
import java.nio.file.Path;

import org.kdocs.source.Confinement;

/**
 * One source file of the site.
 *
 * @param tree    the source directory it belongs to
 * @param docname path relative to the tree, without suffix, with '/' separators (Sphinx's docname)
 * @param file    the file
 * @param suffix  its suffix, e.g. ".rst"
 * @param readRoot the directory its reads are confined to: the tree's root, or the kernel build
 *                directory for a page the pre-steps generated
 */
public record SourceDoc(SourceTree tree, String docname, Path file, String suffix, Path readRoot) {

    /** A source file of the tree, read within the tree's root. */
    public SourceDoc(SourceTree tree, String docname, Path file, String suffix) {
        this(tree, docname, file, suffix, tree.root());
    }

    /** This file as a source of {@code other}, a tree equal to its own. */
    SourceDoc inTree(SourceTree other) {
        return new SourceDoc(other, docname, file, suffix, readRoot);
    }

    /** Where the page goes, relative to the output directory. */
    public String outputPath() {
        return tree.prefix() + docname + ".html";
    }

    /** Where the copy of the source goes, relative to the output directory. */
    public String sourceCopyPath() {
        return "_sources/" + tree.prefix() + docname + suffix + ".txt";
    }

    /**
     * The file's bytes, read through the gate of its root (the tree's, or the kernel build directory
     * for a page the pre-steps generated): a link out of it is refused.
     */
    public byte[] read() throws IOException {
        return Confinement.within(readRoot).read(file);
    }

    /** Unique key across trees, e.g. "docs-zh_CN/index". */
    public String key() {
        return tree.name() + "/" + docname;
    }
}
