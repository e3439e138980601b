package org.kdocs.site;

/**
 * How far a build trusts its sources. A normal build trusts them fully; an
 * untrusted one (documents from someone else, such as a patch under review)
 * turns off everything that lets a document reach past its own text:
 * docutils' {@code raw_enabled} and {@code file_insertion_enabled} settings,
 * the programs the kernel directives run (Graphviz for kernel-figure and
 * kernel-render), and the spec examples, which run C code in the interpreter
 * with limits the document itself sets.
 *
 * @param rawEnabled           the raw directive and role pass markup through
 * @param fileInsertionEnabled include, literalinclude, csv-table/raw :file:, kernel-include, and kernel-doc,
 *                             kernel-abi and kernel-feat (which read the kernel's sources) read files
 * @param runPrograms          Graphviz's dot renders kernel-figure and kernel-render graphs
 * @param runSpecExamples      spec examples and spec tables are run
 * @param safeUris             links and images keep only relative and ordinary URIs (the HTML writer's
 *                             {@code UriPolicy.SAFE}): no {@code javascript:}, whatever the source format
 */
public record Trust(boolean rawEnabled, boolean fileInsertionEnabled, boolean runPrograms, boolean runSpecExamples,
                    boolean safeUris) {
    /** The default: the sources are the user's own. */
    public static final Trust FULL = new Trust(true, true, true, true, false);
    /** {@code --untrusted}: nothing beyond the document's text. */
    public static final Trust UNTRUSTED = new Trust(false, false, false, false, true);
}
