package org.kdocs.lint.patch;

import java.util.List;

/**
 * A parsed patch e-mail: the first message's headers (for a reply), the
 * file diffs in order, and the lines that made no sense as a patch. Line
 * numbers are 1-based lines of the patch input.
 */
public record Patch(String subject, String from, String date, String messageId, int quoteDepth,
        List<FileDiff> files, List<Malformed> malformed) {

    /** A line the reader cannot make sense of (a hunk header it cannot parse): the patch is not reviewed. */
    public record Malformed(int line, String message) {
    }

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
