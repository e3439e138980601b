package org.kdocs.site;

/**
 * One build message, printed as Sphinx prints it:
 * {@code path:line: WARNING: message} (line and its colon omitted when unknown). A message that a
 * tool run by a directive printed (kernel-doc's {@code file:line: warning: ...}) is passed on as the
 * tool worded it, with an empty level; as in Sphinx, where the kernel's extensions write it to
 * standard error themselves, it is shown but does not count as a build warning for {@code -W}.
 *
 * @param location file path as given on the command line, or "" when none
 * @param line     one-based line, 0 when unknown
 * @param level    "WARNING", "ERROR" or "CRITICAL"; "" for a passed-on message
 * @param message  the message text
 */
public record Warning(String location, int line, String level, String message) {
    /** A tool's own message, printed as it is. */
    public static Warning passedOn(String text) {
        return new Warning("", 0, "", text);
    }

    /** Whether this is a tool's own message rather than one of the build. */
    public boolean passedOn() {
        return level.isEmpty();
    }

    public String format() {
        if (passedOn()) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        if (!location.isEmpty()) {
            out.append(location).append(':');
            if (line > 0) {
                out.append(line).append(':');
            }
            out.append(' ');
        }
        return out.append(level).append(": ").append(message).toString();
    }

    /** Sphinx's name for a docutils message level (SEVERE is printed as CRITICAL). */
    public static String levelName(int docutilsLevel) {
        return switch (docutilsLevel) {
            case 0 -> "DEBUG";
            case 1 -> "INFO";
            case 2 -> "WARNING";
            case 3 -> "ERROR";
            default -> "CRITICAL";
        };
    }
}
