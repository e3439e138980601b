package org.kdocs.source.highlight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state-machine lexer driven by ordered regular-expression rules per state, with the observable semantics of
 * Pygments' RegexLexer: the first matching rule of the top state wins, rules may push or pop states, a
 * character no rule matches becomes an Error token, and an unmatched newline resets the stack to root.
 */
final class RuleLexer {
    /** Python re flags Pygments uses: MULTILINE, with Python's notion of lines, \w and \s. */
    static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    /** One emitted token before merging: a dotted Pygments type name and its text (possibly empty). */
    record Raw(String type, String text) {
    }

    /** What a matched rule emits. */
    sealed interface Action permits Emit, Groups, Using, Delegate, Nothing, Call {
    }

    /** The whole match as one token. */
    record Emit(String type) implements Action {
    }

    /** One action per capturing group, in group order; groups that did not take part are skipped. */
    record Groups(List<Action> perGroup) implements Action {
    }

    /** The matched text lexed again from scratch by this lexer, starting from root plus the given state. */
    record Using(String state) implements Action {
    }

    /** The matched text lexed by another lexer (Pygments' using(OtherLexer)). */
    record Delegate(java.util.function.Function<String, List<Raw>> lexer) implements Action {
    }

    /** Consumes the match silently (Pygments' None action). */
    record Nothing() implements Action {
    }

    /** Code run on a match (Pygments' ExtendedRegexLexer callbacks), seeing and changing the run's state. */
    record Call(Callback callback) implements Action {
    }

    interface Callback {
        /**
         * Emits tokens for group of m; returns whether lexing continues after the match (false: the position
         * stays where it was, as when a Pygments callback leaves ctx.pos alone). A callback inside groups always
         * continues after the whole match.
         */
        boolean handle(Run run, Matcher m, int group, List<Raw> out);
    }

    /** The mutable state of one lexing run: the state stack and the lexer's own context object. */
    static final class Run {
        final List<String> stack = new ArrayList<>();
        final Object context;

        Run(List<String> initial, Object context) {
            stack.addAll(initial);
            this.context = context;
        }

        void pop() {
            stack.remove(stack.size() - 1);
        }

        String top() {
            return stack.get(stack.size() - 1);
        }
    }

    record Rule(Pattern pattern, Action action, List<String> next) {
    }

    private final Map<String, List<Rule>> states;
    private final UnaryOperator<Raw> retype;
    private final Supplier<Object> context;
    private final String newlineType;

    RuleLexer(Map<String, List<Rule>> states, UnaryOperator<Raw> retype) {
        this(states, retype, () -> null, "Text.Whitespace");
    }

    /**
     * A lexer whose runs carry a context object from the supplier; newlineType is what an unmatched newline
     * becomes (Pygments' RegexLexer: Whitespace, its ExtendedRegexLexer: Text).
     */
    RuleLexer(Map<String, List<Rule>> states, UnaryOperator<Raw> retype, Supplier<Object> context,
            String newlineType) {
        this.states = Map.copyOf(states);
        this.retype = retype;
        this.context = context;
        this.newlineType = newlineType;
    }

    List<Raw> lex(String text) {
        List<Raw> out = new ArrayList<>();
        lex(text, List.of("root"), out);
        return out;
    }

    private void lex(String text, List<String> initial, List<Raw> out) {
        Run run = new Run(initial, context.get());
        List<String> stack = run.stack;
        List<Rule> rules = states.get(run.top());
        int pos = 0;
        Map<Pattern, Matcher> matchers = new LinkedHashMap<>();
        while (pos < text.length()) {
            boolean matched = false;
            for (Rule rule : rules) {
                Matcher m = matchers.computeIfAbsent(rule.pattern(), p -> p.matcher(text));
                m.useTransparentBounds(true).useAnchoringBounds(false).region(pos, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                if (rule.action() instanceof Call call) {
                    if (call.callback().handle(run, m, 0, out)) {
                        pos = m.end();
                    }
                } else {
                    emit(rule.action(), m, 0, run, out);
                    pos = m.end();
                }
                for (String next : rule.next()) {
                    if (next.equals("#pop")) {
                        if (stack.size() > 1) {
                            run.pop();
                        }
                    } else if (next.startsWith("#pop:")) {
                        int count = Integer.parseInt(next.substring(5));
                        while (count-- > 0 && stack.size() > 1) {
                            run.pop();
                        }
                    } else if (next.equals("#push")) {
                        stack.add(run.top());
                    } else {
                        stack.add(next);
                    }
                }
                rules = states.get(run.top());
                matched = true;
                break;
            }
            if (!matched) {
                if (text.charAt(pos) == '\n') {
                    stack.clear();
                    stack.add("root");
                    rules = states.get("root");
                    add(out, newlineType, "\n");
                    pos++;
                } else {
                    int end = text.offsetByCodePoints(pos, 1);
                    add(out, "Error", text.substring(pos, end));
                    pos = end;
                }
            }
        }
    }

    private void emit(Action action, Matcher m, int group, Run run, List<Raw> out) {
        String text = m.group(group);
        if (action instanceof Emit e) {
            add(out, e.type(), text);
        } else if (action instanceof Using u) {
            lex(text, u.state() == null ? List.of("root") : List.of("root", u.state()), out);
        } else if (action instanceof Delegate d) {
            out.addAll(d.lexer().apply(text));
        } else if (action instanceof Call c) {
            c.callback().handle(run, m, group, out);
        } else if (action instanceof Groups g) {
            for (int i = 0; i < g.perGroup().size(); i++) {
                String part = m.group(i + 1);
                // A group's token is dropped when empty; a nested lexer still runs (and adds nothing).
                if (part != null && !(part.isEmpty() && g.perGroup().get(i) instanceof Emit)) {
                    emit(g.perGroup().get(i), m, i + 1, run, out);
                }
            }
        }
    }

    private void add(List<Raw> out, String type, String text) {
        out.add(retype.apply(new Raw(type, text)));
    }
}
