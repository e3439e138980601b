package org.kdocs.source.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Builds a {@link RuleLexer}'s state table; states may include other states' rules, resolved at build time. */
final class LexerStates {
    private final Map<String, List<Object>> states = new HashMap<>();
    private final int flags;
    private List<Object> current;

    /** LexerStates compiled with Pygments' default flags (MULTILINE). */
    LexerStates() {
        this(RuleLexer.FLAGS);
    }

    /** LexerStates compiled with other java.util.regex flags, for lexers that set their own (e.g. DOTALL). */
    LexerStates(int flags) {
        this.flags = flags;
    }

    private record Include(String state) {
    }

    LexerStates state(String name) {
        current = new ArrayList<>();
        states.put(name, current);
        return this;
    }

    /** A rule whose whole match is one token of the given type (null type: consumed without a token). */
    LexerStates rule(String regex, String type, String... next) {
        return rule(regex, type == null ? new RuleLexer.Nothing() : new RuleLexer.Emit(type), next);
    }

    LexerStates rule(String regex, RuleLexer.Action action, String... next) {
        current.add(new RuleLexer.Rule(Pattern.compile(regex, flags), action, List.of(next)));
        return this;
    }

    /** Per-group actions: a String is a token type, an Action is used as is. */
    static RuleLexer.Action groups(Object... perGroup) {
        List<RuleLexer.Action> actions = new ArrayList<>();
        for (Object g : perGroup) {
            actions.add(g instanceof String type ? new RuleLexer.Emit(type) : (RuleLexer.Action) g);
        }
        return new RuleLexer.Groups(actions);
    }

    static RuleLexer.Action using(String state) {
        return new RuleLexer.Using(state);
    }

    static final RuleLexer.Action USING_ROOT = new RuleLexer.Using(null);

    /** A zero-width rule that only changes state (Pygments' default()). */
    LexerStates otherwise(String... next) {
        return rule("", new RuleLexer.Nothing(), next);
    }

    LexerStates include(String state) {
        current.add(new Include(state));
        return this;
    }

    /** Alternation of words as one regex, with a prefix and suffix (longest words first, like Pygments' words()). */
    static String words(String prefix, String suffix, String... words) {
        List<String> sorted = new ArrayList<>(List.of(words));
        sorted.sort((a, b) -> b.length() - a.length());
        List<String> quoted = sorted.stream().map(Pattern::quote).toList();
        return prefix + "(?:" + String.join("|", quoted) + ")" + suffix;
    }

    RuleLexer build() {
        return build(UnaryOperator.identity());
    }

    RuleLexer build(UnaryOperator<RuleLexer.Raw> retype) {
        return new RuleLexer(resolved(), retype);
    }

    /** A lexer with Pygments' ExtendedRegexLexer behaviour: each run gets a fresh context from the supplier. */
    RuleLexer buildExtended(Supplier<Object> context) {
        return new RuleLexer(resolved(), UnaryOperator.identity(), context, "Text");
    }

    static RuleLexer.Action call(RuleLexer.Callback callback) {
        return new RuleLexer.Call(callback);
    }

    private Map<String, List<RuleLexer.Rule>> resolved() {
        Map<String, List<RuleLexer.Rule>> resolved = new HashMap<>();
        for (String name : states.keySet()) {
            resolved.put(name, resolve(name, new ArrayList<>()));
        }
        return resolved;
    }

    private List<RuleLexer.Rule> resolve(String name, List<String> seen) {
        List<RuleLexer.Rule> rules = new ArrayList<>();
        if (seen.contains(name)) {
            return rules;
        }
        seen.add(name);
        for (Object item : states.get(name)) {
            if (item instanceof Include inc) {
                rules.addAll(resolve(inc.state(), seen));
            } else {
                rules.add((RuleLexer.Rule) item);
            }
        }
        seen.remove(name);
        return rules;
    }
}
