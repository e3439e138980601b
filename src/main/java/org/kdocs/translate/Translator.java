package org.kdocs.translate;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.SystemReader;

/** The translator field's default: {@code Name <mail>} from git's configuration, as git would sign commits. */
public final class Translator {
    /** What the field says when git knows no name. */
    public static final String UNKNOWN = "Your Name <you@example.org>";

    private Translator() {
    }

    public static String fromGit(Path dir) {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
            if (builder.getGitDir() != null) {
                try (Repository repository = builder.build()) {
                    return of(repository.getConfig());
                }
            }
            return of(SystemReader.getInstance().getUserConfig());
        } catch (IOException | ConfigInvalidException | RuntimeException e) {
            return UNKNOWN; // an unreadable configuration names nobody
        }
    }

    private static String of(Config config) {
        String name = config.getString("user", null, "name");
        String mail = config.getString("user", null, "email");
        if (name == null || name.isBlank()) {
            return UNKNOWN;
        }
        return name.strip() + (mail == null || mail.isBlank() ? "" : " <" + mail.strip() + ">");
    }
}
