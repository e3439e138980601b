package org.kdocs.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The markup language of a document, by its suffix, as the site tells its
 * sources apart: {@code .adoc} is AsciiDoc, {@code .md} Markdown, anything
 * else (a file named on the command line) reStructuredText.
 */
public enum SourceFormat {
    RST(".rst"), ASCIIDOC(".adoc"), MARKDOWN(".md");

    private final String suffix;

    SourceFormat(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    /** Every format: the rules that read only prose, code, fields or headings run on all of them. */
    public static Set<SourceFormat> all() {
        return EnumSet.allOf(SourceFormat.class);
    }

    public static SourceFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (SourceFormat format : List.of(ASCIIDOC, MARKDOWN)) {
            if (name.endsWith(format.suffix)) {
                return format;
            }
        }
        return RST;
    }

    /** Whether a file is a document the linter reads when it walks a directory. */
    public static boolean isDocument(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (SourceFormat format : values()) {
            if (name.endsWith(format.suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a document named without its suffix ({@code dir/page}) exists in any of the formats. */
    public static boolean documentExists(Path withoutSuffix) {
        for (SourceFormat format : values()) {
            if (Files.isRegularFile(Path.of(withoutSuffix + format.suffix))) {
                return true;
            }
        }
        return false;
    }
}
