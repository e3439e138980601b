package org.kdocs.interp.exec;

import org.kdocs.interp.Outcome;

/** Unwinds a simulated thread: a fault or a limit (with its outcome), or an abort because the run ended. */
final class Stop extends RuntimeException {
    final transient Outcome outcome;

    Stop(Outcome outcome) {
        super(outcome == null ? "aborted" : outcome.message(), null, false, false);
        this.outcome = outcome;
    }
}
