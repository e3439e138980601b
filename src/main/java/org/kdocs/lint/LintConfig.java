package org.kdocs.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kdocs.tree.Severity;

/**
 * Linter settings: per-rule severities (a rule set to "off" has none), the width measure and
 * the CJK/Latin spacing policy. Read from a {@code .kdocs-lint} file, one
 * {@code key = value} per line, {@code #} starts a comment:
 *
 * <pre>
 * ambiguous-wide = true       # count East Asian Ambiguous characters as 2 columns
 * spacing = none              # cjk-latin-spacing policy: none (no space) or space
 * title-width = error         # any rule id: error, warning or off
 * </pre>
 */
public record LintConfig(Map<String, Optional<Severity>> severities, boolean ambiguousWide, String spacing) {
    private static final Set<Severity> RULE_SEVERITIES = Set.of(Severity.ERROR, Severity.WARNING);

    public static LintConfig defaults() {
        return new LintConfig(Map.of(), false, "none");
    }

    /** The severity a rule runs with; empty when the rule is off. */
    public Optional<Severity> severityOf(Rule rule) {
        Optional<Severity> set = severities.get(rule.id());
        if (set != null) {
            return set;
        }
        return rule.optIn() ? Optional.empty() : Optional.of(rule.defaultSeverity());
    }

    public LintConfig withSeverity(String ruleId, Severity severity) {
        return with(ruleId, Optional.of(severity));
    }

    public LintConfig withRuleOff(String ruleId) {
        return with(ruleId, Optional.empty());
    }

    /** The rule set as written in configuration: "error", "warning" or "off" (any case); empty for anything else. */
    public Optional<LintConfig> withSetting(String ruleId, String written) {
        if (written.strip().equalsIgnoreCase("off")) {
            return Optional.of(withRuleOff(ruleId));
        }
        return Severity.parseLabel(written).filter(RULE_SEVERITIES::contains).map(s -> withSeverity(ruleId, s));
    }

    private LintConfig with(String ruleId, Optional<Severity> severity) {
        Map<String, Optional<Severity>> copy = new HashMap<>(severities);
        copy.put(ruleId, severity);
        return new LintConfig(Map.copyOf(copy), ambiguousWide, spacing);
    }

    public LintConfig withAmbiguousWide(boolean wide) {
        return new LintConfig(severities, wide, spacing);
    }

    /** Result of reading a configuration file: the settings and any problems, as "line N: text". */
    public record Parsed(LintConfig config, List<String> problems) {
    }

    /** Reads the {@code .kdocs-lint} format on top of {@code base}; unknown keys and bad values are problems. */
    public static Parsed parse(String text, LintConfig base, Set<String> ruleIds) {
        LintConfig config = base;
        List<String> problems = new ArrayList<>();
        for (KeyValueLine entry : KeyValueLine.read(text)) {
            if (entry.key() == null) {
                problems.add("line " + entry.number() + ": expected key = value");
                continue;
            }
            String key = entry.key();
            String value = entry.value();
            Optional<String> problem = Optional.empty();
            switch (key) {
                case "ambiguous-wide" -> {
                    if (value.equals("true") || value.equals("false")) {
                        config = config.withAmbiguousWide(value.equals("true"));
                    } else {
                        problem = Optional.of("ambiguous-wide must be true or false");
                    }
                }
                case "spacing" -> {
                    if (value.equals("none") || value.equals("space")) {
                        config = new LintConfig(config.severities(), config.ambiguousWide(), value);
                    } else {
                        problem = Optional.of("spacing must be none or space");
                    }
                }
                default -> {
                    Optional<LintConfig> set = config.withSetting(key, value);
                    if (!ruleIds.contains(key)) {
                        problem = Optional.of("unknown rule or setting '" + key + "'");
                    } else if (set.isEmpty()) {
                        problem = Optional.of("severity must be error, warning or off");
                    } else {
                        config = set.get();
                    }
                }
            }
            problem.ifPresent(p -> problems.add("line " + entry.number() + ": " + p));
        }
        return new Parsed(config, List.copyOf(problems));
    }
}
