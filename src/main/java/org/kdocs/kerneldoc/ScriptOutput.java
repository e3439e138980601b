package org.kdocs.kerneldoc;

import java.util.List;

/**
 * What one run of a book script prints (kdocs' get_abi.pl and get_feat.pl).
 *
 * @param output     standard output (bytes held in an ISO-8859-1 string)
 * @param messages   standard error, message by message
 * @param exitStatus 0, or 2 for a command line the script refuses
 */
public record ScriptOutput(String output, List<String> messages, int exitStatus) {
    /** A refused command line: the problem, if any, then the usage line, on standard error. */
    public static ScriptOutput usage(String problem, String usage) {
        return new ScriptOutput("", List.of((problem == null ? "" : problem + "\n") + usage + "\n"), 2);
    }
}
