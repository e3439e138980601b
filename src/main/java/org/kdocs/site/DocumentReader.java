package org.kdocs.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.kdocs.tree.Document;
import org.kdocs.tree.Severity;

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

    /**
     * The source's text as UTF-8 (malformed bytes replaced), or null after a "could not read source"
     * warning: the reading step of the readers that take what they are given.
     */
    static String readText(SourceDoc source, Consumer<Warning> warnings) {
        try {
            return new String(source.read(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept(new Warning(source.file().toString(), 0, Severity.WARNING,
                    "could not read source: " + e.getMessage()));
            return null;
        }
    }
}
