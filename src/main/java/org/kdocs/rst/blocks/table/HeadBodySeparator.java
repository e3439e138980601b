package org.kdocs.rst.blocks.table;

import java.util.regex.Pattern;

import org.kdocs.source.SourceLines;

/** Finds the one head/body separator line of a table (docutils TableParser.find_head_body_sep). */
final class HeadBodySeparator {
    private HeadBodySeparator() {
    }

    /**
     * The index of the separator line, which is rewritten with '-' for '=';
     * null when there is none.
     */
    static Integer find(SourceLines block, Pattern separator) throws TableMarkupError {
        Integer found = null;
        int last = block.size() - 1;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (separator.matcher(line).lookingAt()) {
                if (found != null && found != 0) {
                    throw new TableMarkupError("Multiple head/body row separators (table lines " + (found + 1)
                            + " and " + (i + 1) + "); only one allowed.", i);
                }
                found = i;
                block.set(i, line.replace('=', '-'));
            }
        }
        if (found != null && (found == 0 || found == last)) {
            throw new TableMarkupError(
                    "The head/body row separator may not be the first or last line of the table.", last);
        }
        return found;
    }
}
