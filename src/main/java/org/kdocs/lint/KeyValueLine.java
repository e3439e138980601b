package org.kdocs.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the linter's "key = value" files (.kdocs-lint and the
 * glossary): '#' starts a comment, blank lines are skipped, key and value
 * are stripped; a line without '=' has a null key.
 *
 * @param number one-based line number
 */
public record KeyValueLine(int number, String key, String value) {
    public static List<KeyValueLine> read(String text) {
        List<KeyValueLine> result = new ArrayList<>();
        List<String> lines = LintedDocument.splitLines(text);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            result.add(eq < 0 ? new KeyValueLine(n + 1, null, line.strip())
                    : new KeyValueLine(n + 1, line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
        return result;
    }
}
