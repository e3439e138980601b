package org.kdocs.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Applies {@link TitleFixer} to a file on disk, replacing it atomically only when something changes. */
public final class FileFix {
    private FileFix() {
    }

    /** Returns true when the file was rewritten. */
    public static boolean fix(Path file, LintConfig config) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
            return false; // not valid UTF-8: rewriting would change other bytes
        }
        LintedDocument doc = LintedDocument.of(file.toString(), text);
        String fixed = TitleFixer.fix(doc, TitleScanner.scan(doc), config.ambiguousWide());
        if (fixed.equals(text)) {
            return false;
        }
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".kdocs-fix", ".tmp");
        try {
            Files.writeString(temp, fixed, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }
}
