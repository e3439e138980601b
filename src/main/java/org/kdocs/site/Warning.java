package org.kdocs.site;

/**
 * One build message, printed as Sphinx prints it:
 * {@code path:line: WARNING: message} (line and its colon omitted when unknown).
 *
 * @param location file path as given on the command line, or "" when none
 * @param line     one-based line, 0 when unknown
 * @param level    "WARNING", "ERROR" or "CRITICAL"
 * @param message  the message text
 */
public record Warning(String location, int line, String level, String message) {
    public String format() {
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
