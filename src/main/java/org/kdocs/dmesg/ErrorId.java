package org.kdocs.dmesg;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 0-day kernel test robot's error id of a report's key line: mirrors
 * lkp-tests lib/dmesg.rb {@code analyze_error_id} (preprocess_line, the
 * simple, composite and complex known patterns, generate_error_id and
 * common_error_id), step by step and in the same order, so that the ids
 * are the ones the robot's tables list. The robot prefixes them with
 * {@code dmesg.} (see {@link Signature}).
 */
final class ErrorId {
    /** The id and whether the robot could form a bisect pattern for it (it skips lines where it cannot). */
    record Result(String id, boolean bisectable) {
    }

    // handle_simple_patterns: the first group of the first match is the whole line
    private static final List<Pattern> SIMPLE = compile(
            "(INFO: rcu[_a-z]* self-detected stall on CPU)",
            "(INFO: rcu[_a-z]* detected stalls on CPUs/tasks:)",
            "(related general protection fault:)",
            "(BUG: using __this_cpu_read\\(\\) in preemptible)",
            "(BUG: unable to handle kernel)",
            "(BUG: unable to handle kernel) NULL pointer dereference",
            "(BUG: unable to handle kernel) paging request",
            "(BUG: workqueue leaked lock or atomic:)",
            "(BUG: scheduling while atomic:)",
            "(BUG: Bad page map in process)",
            "(BUG: Bad page state in process)",
            "(BUG: Bad page cache in process)",
            "(BUG: soft lockup - CPU#\\d+ stuck for \\d+s!.*)",
            "(BUG: spinlock .* on CPU#\\d+)",
            "(Out of memory: Kill process) \\d+ \\(",
            "(Writer stall state \\w*).+ g\\d+ c\\d+ f",
            "(BUG: workqueue lockup - pool)",
            "(rcu_sched kthread starved) for \\d+ jiffies",
            "(Could not create tracefs)",
            "(used greatest stack depth:)",
            "([A-Z]+[ a-zA-Z]*): [a-f0-9]{4} \\[#[0-9]+\\] ",
            "(BUG: KASAN: [a-z\\-_ ]+ in [a-z_]+)\\+",
            "(BUG: KFENCE: [a-z\\-_ ]+ in [a-z_]+)\\+",
            "(cpu clock throttled)",
            "(Kernel panic - not syncing: No working init found.)  Try passing init= option to kernel. ",
            "(Kernel panic - not syncing: No init found.)  Try passing init= option to kernel. ");

    // handle_composite_patterns: groups 1 and 2 joined
    private static final List<Pattern> COMPOSITE = compile(
            "(BUG: ).* (still has locks held)",
            "(INFO: task ).* (blocked for more than \\d+ seconds)");

    private static final Pattern WARNING_AT = Pattern.compile("WARNING:.* at .* ([a-zA-Z.0-9_]+\\+0x)");
    private static final Pattern AT = Pattern.compile("(at .*)");
    private static final List<Pattern> TAKE_GROUP = compile(
            "(UBSAN: .+)", "(BUG: using smp_processor_id\\(\\) in preemptible)", "^[0-9a-z]+>\\] (.+)");
    private static final List<Pattern> JOIN_GROUPS = compile(
            "(BUG: key )[0-9a-f]+ (not in .data)", "(BUG: Dentry ).* (still in use) .* \\[unmount of ");
    private static final List<Pattern> BACKTRACE = compile("^backtrace:([a-zA-Z0-9_]+)", "^calltrace:([a-zA-Z0-9_]+)");
    private static final Pattern KOBJECT = Pattern.compile(
            "kobject \\(([0-9a-f]+|\\(_*ptrval_*\\))\\): tried to init an initialized object");
    private static final Pattern RSS = Pattern.compile("BUG: Bad rss-counter state mm:([0-9a-f]+|\\(_*ptrval_*\\)) ");
    private static final Pattern PAGETABLE = Pattern.compile("Bad pagetable: [0-9a-f]+ \\[#");
    private static final Pattern SLAB = Pattern.compile(
            "(INFO: Slab 0x\\(____ptrval____\\) objects=.*fp=0x).* (flags=.*)");
    private static final Pattern END_MARKER = Pattern.compile("(.*) \\]---(.*)");
    private static final Pattern SEGFAULT = Pattern.compile("segfault at .* ip .* sp .* error");

    private static final Pattern BLOCK_DEVICES = Pattern.compile("\\b(bcache|blkext|btt|dasd|drbd|fd|hd|jsfd|lloop|loop"
            + "|md|mdp|mmc|nbd|nd_blk|nfhd|nullb|nvme|pmem|ramdisk|scm|sd|simdisk|sr|ubd|ubiblock|virtblk|xsysace"
            + "|zram)\\d+");

    private ErrorId() {
    }

    /** The robot's error id of a key line (as {@link CrashHeads} finds it). */
    static Result of(String key) {
        String line = preprocess(key);
        String bisect;
        String[] known = knownPattern(line);
        if (known != null) {
            line = known[0];
            bisect = known[1];
        } else {
            bisect = bisectPattern(line);
        }
        return new Result(generate(line), !bisect.isEmpty());
    }

    /** preprocess_line: drops the kmsg level column, the CONFIG_PRINTK_CALLER field and the leading timestamp. */
    static String preprocess(String line) {
        line = line.replaceFirst("^(kern  |user  |daemon):......: ", "");
        line = line.replaceFirst("\\[ {0,4}[A-Z][0-9]{1,5}\\] ", " ");
        return line.replaceFirst("^[^a-zA-Z]+", "");
    }

    // handle_simple_patterns, then handle_composite_patterns, then handle_complex_patterns: {line, bisect} or null
    private static String[] knownPattern(String line) {
        for (Pattern p : SIMPLE) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return new String[] {m.group(1), m.group(1)};
            }
        }
        for (Pattern p : COMPOSITE) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return new String[] {m.group(1) + m.group(2), m.group(2)};
            }
        }
        return complexPattern(line);
    }

    private static String[] complexPattern(String line) {
        Matcher m = WARNING_AT.matcher(line);
        if (m.find()) {
            String bisect = "WARNING:.* at .* " + m.group(1).replaceFirst("\\.(isra|constprop|part)\\.[0-9]+\\+0x", "");
            Matcher at = AT.matcher(line);
            at.find();
            return new String[] {"WARNING: " + at.group(1), bisect};
        }
        for (Pattern p : TAKE_GROUP) {
            m = p.matcher(line);
            if (m.find()) {
                return new String[] {m.group(1), bisectPattern(m.group(1))};
            }
        }
        for (Pattern p : JOIN_GROUPS) {
            m = p.matcher(line);
            if (m.find()) {
                return new String[] {m.group(1) + m.group(2), m.group(1) + ".* " + m.group(2)};
            }
        }
        for (Pattern p : BACKTRACE) {
            m = p.matcher(line);
            if (m.find()) {
                return new String[] {line, m.group(1) + "+0x"};
            }
        }
        if (line.contains("Corrupted low memory at")) {
            return new String[] {line.replaceFirst("\\b[0-9a-f]+\\b phys", "# phys")
                    .replaceFirst("= \\b[0-9a-f]+\\b", "= #"), bisectPattern(line)};
        }
        if (KOBJECT.matcher(line).find()) {
            return new String[] {line.replaceFirst("kobject \\(([0-9a-f]+|\\(_*ptrval_*\\))\\)", "kobject (#)"),
                    bisectPattern(line)};
        }
        if (RSS.matcher(line).find()) {
            return new String[] {RSS.matcher(line).replaceFirst("BUG: Bad rss-counter state mm:# "),
                    bisectPattern(line)};
        }
        if (PAGETABLE.matcher(line).find()) {
            return new String[] {PAGETABLE.matcher(line).replaceFirst("Bad pagetable: # [#"), bisectPattern(line)};
        }
        m = SLAB.matcher(line);
        if (m.find()) {
            return new String[] {m.group(1) + "(#) " + m.group(2), bisectPattern(line)};
        }
        m = END_MARKER.matcher(line);
        if (m.find()) {
            String joined = m.group(1) + m.group(2);
            return new String[] {joined, bisectPattern(joined)};
        }
        if (SEGFAULT.matcher(line).find()) {
            return new String[] {"segfault at ip sp error", bisectPattern("segfault at ip sp error")};
        }
        return null;
    }

    /** generate_error_id: numbers, addresses, device numbers and offsets to {@code #}, then common_error_id. */
    static String generate(String line) {
        String id = remove(line, "\\ \\]$", "/c/kernel-tests/src/[^/]+/", "/c/(wfg|yliu)/[^/]+/",
                "/lkp/[^/]+/linux[0-9]*/", "/kernel-tests/linux[0-9]*/", "\\.(isra|constprop|part)\\.[0-9]+");
        id = BLOCK_DEVICES.matcher(id).replaceAll("$1#");
        id = OopsPatterns.deviceNames().matcher(id).replaceAll("$1#");
        id = id.replaceAll("\\b[0-9a-f]{8}\\b", "#");
        id = id.replaceAll("\\b[0-9a-f]{16}\\b", "#");
        id = id.replaceAll("(=)[0-9a-f]+\\b", "$1#");
        id = remove(id, "[+/]0x[0-9a-f]+\\b", "[+/][0-9a-f]+\\b");
        id = remove(id, " \\(Tainted:.+\\)");
        id = common(id);
        id = id.replaceAll("([a-z]:)[0-9]+\\b", "$1");
        id = remove(id, "#:\\[<#>\\]\\[<#>\\]");
        id = id.replace("RIP:#:", "RIP:");
        id = id.replaceAll("[^/a-zA-Z0-9_]\\w[0-9]+\\W", "#");
        return id.replaceAll("\\W\\w[0-9]+[^/a-zA-Z0-9_]", "#");
    }

    /** common_error_id: versions, dates and numbers to {@code #}; spaces by punctuation dropped, others to {@code _}. */
    static String common(String line) {
        String id = line.replaceAll("\\b[3-9]\\.[0-9]+[-a-z0-9.]+", "#")
                .replaceAll("\\b[1-9][0-9]-[A-Z][a-z]+-[0-9]{4}\\b", "#")
                .replaceAll("\\b0x[0-9a-f]+\\b", "#")
                .replaceAll("\\b[a-f0-9]{40}\\b", "#")
                .replaceAll("\\b[0-9][0-9.]*", "#")
                .replaceAll("#x\\b", "0x")
                .replaceAll("[\\\\\"$]", "~")
                .replaceAll("[ \\t]", " ")
                .replaceAll("  +", " ")
                .replaceAll("([^a-zA-Z0-9]) ", "$1")
                .replaceAll(" ([^a-zA-Z])", "$1")
                .replaceAll("^ ", "")
                .replace("  _", "_")
                .replace(' ', '_');
        return id.replaceAll("[-_.,;:#!*\\[(]+$", "");
    }

    private static final List<Pattern> LAST_WORD = compile(
            "([a-zA-Z0-9_]+)\\.(isra|constprop|part)\\.[0-9]+\\+0x", "([a-zA-Z0-9_]+\\+0x)", "([a-zA-Z0-9_]+=)");
    private static final Pattern FILE_LINE_WORD = Pattern.compile("^([a-zA-Z/._-]*):[0-9]");
    private static final Pattern ODD_WORD = Pattern.compile("[^a-zA-Z/:.()!_-]");

    /**
     * oops_to_bisect_pattern: the words of the line up to the first function offset or {@code name=},
     * with odd words as {@code .*}. The robot skips a line whose pattern comes out empty.
     */
    static String bisectPattern(String line) {
        if (line.isBlank()) {
            return "";
        }
        String[] words = line.strip().split("\\s+");
        if (words.length == 1) {
            return line;
        }
        java.util.List<String> patterns = new java.util.ArrayList<>();
        for (String w : words) {
            Matcher last = LAST_WORD.stream().map(p -> p.matcher(w)).filter(Matcher::find).findFirst().orElse(null);
            if (last != null) {
                patterns.add(last.group(1));
                break;
            }
            Matcher fileLine = FILE_LINE_WORD.matcher(w);
            if (fileLine.find()) {
                patterns.add(fileLine.group(1) + ":.*");
            } else if (ODD_WORD.matcher(w).find()) {
                if (patterns.isEmpty() || !patterns.get(patterns.size() - 1).equals(".*")) {
                    patterns.add(".*");
                }
            } else {
                patterns.add(w);
            }
        }
        while (!patterns.isEmpty() && patterns.get(0).equals(".*")) {
            patterns.remove(0);
        }
        if (!patterns.isEmpty() && patterns.get(patterns.size() - 1).equals(".*")) {
            patterns.remove(patterns.size() - 1);
        }
        return String.join(" ", patterns);
    }

    private static String remove(String text, String... patterns) {
        for (String p : patterns) {
            text = text.replaceAll(p, "");
        }
        return text;
    }

    private static List<Pattern> compile(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Pattern::compile).toList();
    }
}
