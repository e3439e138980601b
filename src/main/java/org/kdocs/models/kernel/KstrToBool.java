package org.kdocs.models.kernel;

import java.util.Optional;

/** Mirrors lib/kstrtox.c kstrtobool(): only the first one or two characters decide. */
public final class KstrToBool {
    private KstrToBool() {
    }

    /** Returns the boolean, or empty where the kernel returns -EINVAL (including a null value). */
    public static Optional<Boolean> parse(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        switch (value.charAt(0)) {
            case 'y', 'Y', 't', 'T', '1':
                return Optional.of(true);
            case 'n', 'N', 'f', 'F', '0':
                return Optional.of(false);
            case 'o', 'O':
                if (value.length() < 2) {
                    return Optional.empty();
                }
                return switch (value.charAt(1)) {
                    case 'n', 'N' -> Optional.of(true);
                    case 'f', 'F' -> Optional.of(false);
                    default -> Optional.empty();
                };
            default:
                return Optional.empty();
        }
    }
}
