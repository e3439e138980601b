package org.kdocs.site;

import java.util.function.Consumer;

import org.kdocs.tree.Document;

/**
 * Turns one source file into a document tree, reporting problems as
 * warnings. The site uses {@link RstReader} for reStructuredText; other
 * formats (and tests) provide their own.
 */
@FunctionalInterface
public interface DocumentReader {
    /** The document, or null when the source could not be read at all (a warning says why). */
    Document read(SourceDoc source, Consumer<Warning> warnings);

    /**
     * Names this reader and its configuration for the build cache, which keeps
     * a read document only while its source, the files it noted as
     * dependencies and this key are unchanged; null (the default) when its
     * documents are always read again.
     */
    default String cacheKey() {
        return null;
    }
}
