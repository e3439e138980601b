package org.kdocs.models.kcsan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KCSAN's configuration: the Kconfig options of lib/Kconfig.kcsan (Linux
 * 6.12) and the {@code kcsan.*} module parameters, with their defaults and
 * dependencies resolved as Kconfig resolves them. An option whose dependency
 * is not met is forced off, e.g. STRICT makes VALUE_CHANGE_ONLY,
 * ASSUME_PLAIN_WRITES_ATOMIC, IGNORE_ATOMICS and PERMISSIVE unavailable.
 *
 * @param numWatchpoints          CONFIG_KCSAN_NUM_WATCHPOINTS (at least 3)
 * @param udelayTask              watcher stall in task context, microseconds
 * @param udelayInterrupt         watcher stall in interrupt context, microseconds
 * @param delayRandomize          CONFIG_KCSAN_DELAY_RANDOMIZE
 * @param skipWatch               accesses skipped between watchpoints (kcsan.skip_watch)
 * @param skipWatchRandomize      CONFIG_KCSAN_SKIP_WATCH_RANDOMIZE
 * @param interruptWatcher        watcher may be interrupted while stalled
 * @param reportOnceInMs          rate-limit window; 0 turns rate limiting off
 * @param reportRaceUnknownOrigin print races whose other side was not seen
 * @param strict                  CONFIG_KCSAN_STRICT
 * @param weakMemory              model missing barriers (needs STRICT in Kconfig)
 * @param reportValueChangeOnly   drop known-origin races without an observed change
 * @param assumePlainWritesAtomic aligned plain writes up to word size are atomic
 * @param ignoreAtomics           marked accesses are not instrumented at all
 * @param permissive              the extra ignore rules of permissive.h
 * @param earlyEnable             KCSAN on from boot
 * @param compoundInstrumentation compiler emits one read-write check for x++ (Clang >= 12)
 * @param verbose                 CONFIG_KCSAN_VERBOSE: held locks and irq events after each stack
 */
public record KcsanConfig(
        int numWatchpoints, int udelayTask, int udelayInterrupt, boolean delayRandomize,
        long skipWatch, boolean skipWatchRandomize, boolean interruptWatcher, int reportOnceInMs,
        boolean reportRaceUnknownOrigin, boolean strict, boolean weakMemory,
        boolean reportValueChangeOnly, boolean assumePlainWritesAtomic, boolean ignoreAtomics,
        boolean permissive, boolean earlyEnable, boolean compoundInstrumentation, boolean verbose) {

    /** The 6.12 defaults (STRICT=n). */
    public static KcsanConfig defaults() {
        return resolve(Map.of());
    }

    /** The defaults with CONFIG_KCSAN_STRICT=y. */
    public static KcsanConfig strictProfile() {
        return resolve(Map.of("KCSAN_STRICT", "y"));
    }

    /**
     * Applies settings written as {@code CONFIG_KCSAN_X=y|n|N} or
     * {@code kcsan.param=value}; throws IllegalArgumentException naming the
     * setting when one is unknown or its value is not valid.
     */
    public static KcsanConfig parse(List<String> settings) {
        Map<String, String> explicit = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected NAME=VALUE: '" + setting + "'");
            }
            String name = setting.substring(0, eq).strip();
            String value = setting.substring(eq + 1).strip();
            if (name.startsWith("CONFIG_")) {
                name = name.substring("CONFIG_".length());
                if (!KCONFIG.contains(name)) {
                    throw new IllegalArgumentException("unknown KCSAN option: CONFIG_" + name);
                }
            } else if (name.startsWith("kcsan.")) {
                String param = name.substring("kcsan.".length());
                String option = PARAMETERS.get(param);
                if (option == null) {
                    throw new IllegalArgumentException("unknown KCSAN parameter: " + name);
                }
                name = option;
                value = switch (value) {
                    case "1", "Y", "y", "true" -> PARAM_BOOLEANS.contains(param) ? "y" : value;
                    case "0", "N", "n", "false" -> PARAM_BOOLEANS.contains(param) ? "n" : value;
                    default -> value;
                };
            } else {
                throw new IllegalArgumentException("not a KCSAN setting: '" + setting + "'");
            }
            explicit.put(name, value);
        }
        return resolve(explicit);
    }

    private static final List<String> KCONFIG = List.of("KCSAN_NUM_WATCHPOINTS", "KCSAN_UDELAY_TASK",
            "KCSAN_UDELAY_INTERRUPT", "KCSAN_DELAY_RANDOMIZE", "KCSAN_SKIP_WATCH", "KCSAN_SKIP_WATCH_RANDOMIZE",
            "KCSAN_INTERRUPT_WATCHER", "KCSAN_REPORT_ONCE_IN_MS", "KCSAN_REPORT_RACE_UNKNOWN_ORIGIN",
            "KCSAN_STRICT", "KCSAN_WEAK_MEMORY", "KCSAN_REPORT_VALUE_CHANGE_ONLY",
            "KCSAN_ASSUME_PLAIN_WRITES_ATOMIC", "KCSAN_IGNORE_ATOMICS", "KCSAN_PERMISSIVE",
            "KCSAN_EARLY_ENABLE", "CC_HAS_TSAN_COMPOUND_READ_BEFORE_WRITE", "KCSAN", "KCSAN_VERBOSE",
            "KCSAN_SELFTEST", "KCSAN_KUNIT_TEST");
    private static final Map<String, String> PARAMETERS = Map.of(
            "early_enable", "KCSAN_EARLY_ENABLE", "udelay_task", "KCSAN_UDELAY_TASK",
            "udelay_interrupt", "KCSAN_UDELAY_INTERRUPT", "skip_watch", "KCSAN_SKIP_WATCH",
            "interrupt_watcher", "KCSAN_INTERRUPT_WATCHER", "weak_memory", "KCSAN_WEAK_MEMORY");
    private static final List<String> PARAM_BOOLEANS = List.of("early_enable", "interrupt_watcher", "weak_memory");

    private static KcsanConfig resolve(Map<String, String> set) {
        boolean strict = bool(set, "KCSAN_STRICT", false);
        boolean valueChangeOnly = !strict && bool(set, "KCSAN_REPORT_VALUE_CHANGE_ONLY", true);
        int numWatchpoints = (int) number(set, "KCSAN_NUM_WATCHPOINTS", 64);
        if (numWatchpoints < 3) {
            throw new IllegalArgumentException("CONFIG_KCSAN_NUM_WATCHPOINTS must be at least 3");
        }
        return new KcsanConfig(
                numWatchpoints,
                (int) number(set, "KCSAN_UDELAY_TASK", 80),
                (int) number(set, "KCSAN_UDELAY_INTERRUPT", 20),
                bool(set, "KCSAN_DELAY_RANDOMIZE", true),
                number(set, "KCSAN_SKIP_WATCH", 4000),
                bool(set, "KCSAN_SKIP_WATCH_RANDOMIZE", true),
                bool(set, "KCSAN_INTERRUPT_WATCHER", strict),
                (int) number(set, "KCSAN_REPORT_ONCE_IN_MS", 3000),
                bool(set, "KCSAN_REPORT_RACE_UNKNOWN_ORIGIN", true),
                strict,
                strict && bool(set, "KCSAN_WEAK_MEMORY", true),
                valueChangeOnly,
                !strict && bool(set, "KCSAN_ASSUME_PLAIN_WRITES_ATOMIC", true),
                !strict && bool(set, "KCSAN_IGNORE_ATOMICS", false),
                valueChangeOnly && bool(set, "KCSAN_PERMISSIVE", false),
                bool(set, "KCSAN_EARLY_ENABLE", true),
                bool(set, "CC_HAS_TSAN_COMPOUND_READ_BEFORE_WRITE", true),
                bool(set, "KCSAN_VERBOSE", false));
    }

    private static boolean bool(Map<String, String> set, String name, boolean fallback) {
        String value = set.get(name);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "y", "Y" -> true;
            case "n", "N" -> false;
            default -> throw new IllegalArgumentException("CONFIG_" + name + " takes y or n, not '" + value + "'");
        };
    }

    private static long number(Map<String, String> set, String name, long fallback) {
        String value = set.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.decode(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CONFIG_" + name + " takes a number, not '" + value + "'");
        }
    }

    /** The boot message of kcsan_init: early enable, then strict or non-strict mode. */
    public List<String> bootMessages() {
        String mode = reportValueChangeOnly || assumePlainWritesAtomic || permissive || ignoreAtomics
                ? "kcsan: non-strict mode configured - use CONFIG_KCSAN_STRICT=y to see all data races"
                : "kcsan: strict mode configured";
        return earlyEnable ? List.of("kcsan: enabled early", mode) : List.of(mode);
    }
}
