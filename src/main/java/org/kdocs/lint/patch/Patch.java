package org.kdocs.lint.patch;

import java.util.List;

/**
 * A parsed patch e-mail: the first message's headers (for a reply) and the
 * file diffs in order. Line numbers are 1-based lines of the patch input.
 */
public record Patch(String subject, String from, String date, String messageId, int quoteDepth,
        List<FileDiff> files) {

    /** One file's diff; paths without the a/ b/ prefixes, null for /dev/null. */
    public record FileDiff(String oldPath, String newPath, int headerLine, List<Hunk> hunks) {
        public boolean created() {
            return oldPath == null;
        }

        public boolean deleted() {
            return newPath == null;
        }
    }

    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, int headerLine, List<HunkLine> lines) {
    }

    /** A hunk line: kind ' ', '+' or '-', its text, its line in the patch and the prefix width before it. */
    public record HunkLine(char kind, String text, int patchLine, int prefixWidth) {
    }
}
