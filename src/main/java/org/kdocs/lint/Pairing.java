package org.kdocs.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a translation sits and where its original is: {@code docs-<lang>/X}
 * pairs with {@code docs/X}, and in kernel trees
 * {@code Documentation/translations/<lang>/X} with {@code Documentation/X}.
 * {@code root} is the project root that {@code :Original:} paths are
 * relative to; {@code translationRoot} holds the glossary and disclaimer.
 */
public record Pairing(Path root, Path translationRoot, Path originalRoot, Path relative, String language) {

    /** The pairing for a file, or empty when the file is not under a translation tree. */
    public static Optional<Pairing> of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (int i = abs.getNameCount() - 2; i >= 0; i--) {
            String part = abs.getName(i).toString();
            Path prefix = abs.getRoot().resolve(abs.subpath(0, i + 1));
            Path rel = prefix.relativize(abs);
            if (part.startsWith("docs-") && part.length() > 5) {
                Path parent = prefix.getParent();
                return Optional.of(new Pairing(parent, prefix, parent.resolve("docs"), rel, part.substring(5)));
            }
            if (i >= 2 && abs.getName(i - 1).toString().equals("translations")
                    && abs.getName(i - 2).toString().equals("Documentation")) {
                Path documentation = prefix.getParent().getParent();
                return Optional.of(new Pairing(documentation.getParent(), prefix, documentation, rel, part));
            }
        }
        return Optional.empty();
    }

    /** The mirrored original file (it may not exist). */
    public Path original() {
        return originalRoot.resolve(relative);
    }

    /** The disclaimer file translations of this language include, when the tree has one. */
    public Optional<Path> disclaimer() {
        Path kernelStyle = translationRoot.resolve("disclaimer-" + language + ".rst");
        if (Files.isRegularFile(kernelStyle)) {
            return Optional.of(kernelStyle);
        }
        Path plain = translationRoot.resolve("disclaimer.rst");
        return Files.isRegularFile(plain) ? Optional.of(plain) : Optional.empty();
    }

    /** The glossary file of this translation tree, {@code <translationRoot>/glossary}. */
    public Path glossary() {
        return translationRoot.resolve("glossary");
    }
}
