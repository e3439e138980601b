package org.kdocs.models.kernel;

import java.util.List;

import org.kdocs.interp.CallContext;
import org.kdocs.interp.Machine;

/**
 * Forwards a model's kernel log to the interpreter's console as the C program runs: new lines are
 * printed after each model operation, and a BUG ends the run through the interpreter's oops with the
 * {@code kernel BUG at FILE:LINE!} line as its message (the interpreter adds the call site).
 */
public final class ConsoleBridge {
    private final KernelLog log;
    private int printed;

    public ConsoleBridge(KernelLog log) {
        this.log = log;
    }

    /** Prints what the model logged since the last call; after a BUG, stops the run. */
    public void flush(CallContext context) {
        List<String> fresh = log.linesFrom(printed);
        printed += fresh.size();
        Machine machine = context.machine();
        for (String line : fresh) {
            if (line.startsWith("kernel BUG at ")) {
                throw context.oops(line);
            }
            machine.print(line + "\n");
        }
    }

    /** As {@link #flush(CallContext)} for listener hooks, which have no call context: prints only. */
    public void flush(Machine machine) {
        List<String> fresh = log.linesFrom(printed);
        printed += fresh.size();
        fresh.forEach(line -> machine.print(line + "\n"));
    }
}
