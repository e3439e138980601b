package org.kdocs.rst.directives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard include files of docutils ({@code .. include:: <isonum.txt>}):
 * substitution definitions of character entities, rebuilt from the entity
 * table standard-includes.tsv (scripts/gen-standard-includes.py) as
 * {@code .. |name| unicode:: U+XXXX .. CHARACTER NAME} lines.
 */
final class StandardIncludes {
    private static final Map<String, String> FILES = load();

    private StandardIncludes() {
    }

    /** The text of the named standard file (e.g. "isonum.txt"), or null when there is none. */
    static String text(String fileName) {
        return FILES.get(fileName);
    }

    private static Map<String, String> load() {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        try (InputStream in = StandardIncludes.class.getResourceAsStream("standard-includes.tsv")) {
            if (in == null) {
                return Map.of();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length != 4) {
                    continue;
                }
                files.computeIfAbsent(fields[0], name -> new StringBuilder())
                        .append(".. |").append(fields[1]).append("| unicode:: ").append(fields[2]).append(" .. ")
                        .append(fields[3]).append('\n');
            }
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach((name, text) -> texts.put(name, text.toString()));
        return Map.copyOf(texts);
    }
}
