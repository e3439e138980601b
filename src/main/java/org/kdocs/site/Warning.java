package org.kdocs.site;

import org.kdocs.tree.Severity;

/**
 * One build message, printed as Sphinx prints it:
 * {@code path:line: WARNING: message} (line and its colon omitted when unknown). A message that a
 * tool run by a directive printed (kernel-doc's {@code file:line: warning: ...}) is passed on as the
 * tool worded it, with no level; as in Sphinx, where the kernel's extensions write it to
 * standard error themselves, it is shown but does not count as a build warning for {@code -W}.
 *
 * @param location file path as given on the command line, or "" when none
 * @param line     one-based line, 0 when unknown
 * @param level    how much it matters (printed by its Sphinx name); null for a passed-on message
 * @param message  the message text
 */
public record Warning(String location, int line, Severity level, String message) {
    /** A tool's own message, printed as it is. */
    public static Warning passedOn(String text) {
        return new Warning("", 0, null, text);
    }

    /** Whether this is a tool's own message rather than one of the build. */
    public boolean passedOn() {
        return level == null;
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
        return out.append(level.sphinxName()).append(": ").append(message).toString();
    }
}
