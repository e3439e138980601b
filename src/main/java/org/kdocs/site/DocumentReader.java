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
}
