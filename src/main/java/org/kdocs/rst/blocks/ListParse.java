package org.kdocs.rst.blocks;

import java.util.function.Consumer;

import org.kdocs.tree.Element;

/**
 * How the nested machine of a list-like construct runs (the arguments of docutils'
 * nested_list_parse): its initial state; the blank_finish it starts with and the state that
 * carries it (blank_finish_state, by default the initial state); whether it recognises section
 * titles (match_titles, off by default); and what to set on the initial state before it runs
 * (docutils' extra_settings), or null.
 */
record ListParse(StateName initial, boolean blankFinish, StateName finishState, boolean matchTitles,
                 Consumer<State> setup) {

    /** docutils' defaults for the rest: the initial state carries blank_finish, no titles, no set-up. */
    static ListParse of(StateName initial, boolean blankFinish) {
        return new ListParse(initial, blankFinish, initial, false, null);
    }

    /** Another state carries blank_finish (a definition list's items end in DEFINITION). */
    ListParse finishingIn(StateName state) {
        return new ListParse(initial, blankFinish, state, matchTitles, setup);
    }

    /** Section titles are recognised, as in the enclosing machine when it does. */
    ListParse matchingTitles(boolean match) {
        return new ListParse(initial, blankFinish, finishState, match, setup);
    }

    /** Prepares the initial state before the machine runs. */
    ListParse settingUp(Consumer<State> preparation) {
        return new ListParse(initial, blankFinish, finishState, matchTitles, preparation);
    }

    /** A new machine for node, its states prepared as this says. */
    LineMachine newMachine(ParseSession session, Element node) {
        LineMachine machine = matchTitles ? LineMachine.forSections(session, node) : LineMachine.forBody(session, node);
        machine.state(finishState).blankFinish = blankFinish;
        if (setup != null) {
            setup.accept(machine.state(initial));
        }
        return machine;
    }

    /** Where the machine stopped, and the blank_finish it ended with. */
    State.ListResult result(LineMachine machine) {
        return new State.ListResult(machine.absLineOffset(), machine.state(finishState).blankFinish);
    }
}
