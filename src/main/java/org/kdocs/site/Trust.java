package org.kdocs.site;

/**
 * How far a build trusts its sources. A normal build trusts them fully; an
 * untrusted one (documents from someone else, such as a patch under review)
 * turns off everything that lets a document reach past its own text:
 * docutils' {@code raw_enabled} and {@code file_insertion_enabled} settings,
 * the kernel directives that run scripts, and the spec examples, which run
 * C code in the interpreter with limits the document itself sets.
 *
 * @param rawEnabled           the raw directive and role pass markup through
 * @param fileInsertionEnabled include, literalinclude, csv-table/raw :file: and kernel-include read files
 * @param runPrograms          kernel-doc, kernel-feat and kernel-abi run their Perl scripts
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
