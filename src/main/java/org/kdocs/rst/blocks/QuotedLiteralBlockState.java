package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Element;

/**
 * An unindented literal block whose lines all start with the same
 * punctuation character (docutils states.QuotedLiteralBlock).
 */
final class QuotedLiteralBlockState extends State {
    private static final Pattern INITIAL_QUOTED = Pattern.compile("([!-/:-@\\[-`{-~])");
    private final List<Element> messages = new ArrayList<>();
    private Integer initialLineno;

    QuotedLiteralBlockState(LineMachine sm) {
        super(sm);
    }

    @Override
    StateName name() {
        return StateName.QUOTED_LITERAL_BLOCK;
    }

    @Override
    List<Transition> ownTransitions() {
        return List.of(new Transition("initial_quoted", INITIAL_QUOTED, this::initialQuoted),
                new Transition("text", BlockMarkers.TEXT, this::text));
    }

    @Override
    Transition.Step blank(Matcher match, List<String> context) {
        if (!context.isEmpty()) {
            throw new ControlFlow.Eof();
        }
        return stay(context);
    }

    @Override
    void eof(List<String> context) {
        if (!context.isEmpty()) {
            var where = sm.sourceAndLine(initialLineno);
            Element block = literalBlock(String.join("\n", context));
            block.setSource(where.source());
            block.setLine(where.line() == null ? 0 : where.line());
            parent.add(block);
        } else {
            parent.add(reporter.warning("Literal block expected; none found.", sm.absLineNumber()));
            sm.previousLine(1);
        }
        parent.addAll(messages);
    }

    @Override
    Transition.Step indent(Matcher match, List<String> context) {
        messages.add(reporter.error("Unexpected indentation.", sm.absLineNumber()));
        sm.previousLine(1);
        throw new ControlFlow.Eof();
    }

    private Transition.Step initialQuoted(Matcher match, List<String> context) {
        String quote = sm.line.substring(0, 1);
        List<Transition> replaced = new ArrayList<>();
        for (Transition transition : transitions()) {
            if (!transition.name().equals("initial_quoted")) {
                replaced.add(transition);
            }
        }
        replaced.add(0, new Transition("quoted", Pattern.compile(Pattern.quote(quote)), this::quoted));
        setTransitions(replaced);
        initialLineno = sm.absLineNumber();
        List<String> next = new ArrayList<>();
        next.add(sm.line);
        return new Transition.Step(next, name());
    }

    private Transition.Step quoted(Matcher match, List<String> context) {
        context.add(sm.line);
        return stay(context);
    }

    private Transition.Step text(Matcher match, List<String> context) {
        if (!context.isEmpty()) {
            messages.add(reporter.error("Inconsistent literal block quoting.", sm.absLineNumber()));
            sm.previousLine(1);
        }
        throw new ControlFlow.Eof();
    }
}
