package org.kdocs.rst.blocks;

/**
 * The exceptions docutils' state machine uses to steer parsing (EOFError,
 * TransitionCorrection, StateCorrection, MarkupError,
 * UnexpectedIndentationError). They never leave the block parser and carry
 * no stack trace.
 */
abstract class ControlFlow extends RuntimeException {
    ControlFlow(String message) {
        super(message, null, false, false);
    }

    /** End of this machine's input, or a request to hand control back to the parent machine. */
    static final class Eof extends ControlFlow {
        Eof() {
            super("eof");
        }
    }

    /** Re-examine the current line with only the named transition (docutils TransitionCorrection). */
    static final class TransitionCorrection extends ControlFlow {
        final String transition;

        TransitionCorrection(String transition) {
            super(transition);
            this.transition = transition;
        }
    }

    /** Re-examine the current line in another state, optionally with one transition only. */
    static final class StateCorrection extends ControlFlow {
        final StateName state;
        final String transition;

        StateCorrection(StateName state, String transition) {
            super(state.name());
            this.state = state;
            this.transition = transition;
        }
    }

    /** Markup that cannot be what its first line announced. */
    static final class MarkupError extends ControlFlow {
        MarkupError(String message) {
            super(message);
        }
    }
}
