package org.kdocs.lint;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code :Original:} field of a translation, in the three forms kernel
 * translations use: a plain path from the project root
 * ({@code Documentation/process/howto.rst}), a {@code :doc:} reference
 * relative to the translation, or a {@code :ref:} to a label (which cannot be
 * resolved to a file at line level).
 */
public record OriginalField(int line, String value) {
    private static final Pattern DOC = Pattern.compile(":doc:`(?:[^`<]*<)?([^`>]+)>?`");

    /** The field in a document's top-level field list, if present. */
    public static Optional<OriginalField> find(MarkupScan scan) {
        return scan.fields().stream().filter(f -> f.name().equalsIgnoreCase("Original")).findFirst()
                .map(f -> new OriginalField(f.line(), f.value()));
    }

    public boolean isRef() {
        return value.contains(":ref:");
    }

    /** The file the field names, or empty for a :ref: or an empty value. */
    public Optional<Path> resolve(Path translationFile, Pairing pairing) {
        Matcher doc = DOC.matcher(value);
        if (doc.find()) {
            String target = doc.group(1).strip();
            Path base = target.startsWith("/") ? pairing.originalRoot() : translationFile.toAbsolutePath().getParent();
            Path p = base.resolve(target.replaceFirst("^/+", "")).normalize();
            return Optional.of(p.resolveSibling(p.getFileName() + ".rst"));
        }
        if (isRef() || value.isBlank()) {
            return Optional.empty();
        }
        String path = value.strip().split("\\s+")[0];
        return Optional.of(pairing.root().resolve(path).normalize());
    }
}
