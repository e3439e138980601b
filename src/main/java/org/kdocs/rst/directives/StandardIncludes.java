package org.kdocs.rst.directives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The standard include files of docutils ({@code .. include:: <isonum.txt>}):
 * substitution definitions of character entities, kept as resources under
 * org/kdocs/rst/include/ (rebuilt by scripts/import-docutils-include-files)
 * with the header comments docutils ships, which become comment nodes of
 * every document that includes them.
 */
final class StandardIncludes {
    private static final Map<String, String> FILES = new ConcurrentHashMap<>();

    private StandardIncludes() {
    }

    /** The text of the named standard file (e.g. "isonum.txt"), or null when there is none. */
    static String text(String fileName) {
        if (fileName.contains("/") || fileName.contains("..")) {
            return null;
        }
        return FILES.computeIfAbsent(fileName, StandardIncludes::read);
    }

    private static String read(String fileName) {
        try (InputStream in = StandardIncludes.class.getResourceAsStream("/org/kdocs/rst/include/" + fileName)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
