package org.kdocs.dmesg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reports of one console log, as the robot's dmesg stats find them:
 * mirrors lkp-tests lib/dmesg.rb {@code fixup_dmesg}, {@code grep_crash_head}
 * with {@code concat_context_from_dmesg}, and the loop of stats/dmesg that
 * turns each key into an error id, keeps the first line per id and skips hex
 * dumps, unprintable lines and ids of three characters or fewer.
 */
final class CrashHeads {
    /** One error id of the log and the first console line that showed it. */
    record Head(String errorId, String line) {
    }

    private static final Pattern MIXED = Pattern.compile("(.+)(\\[ *[0-9]{1,6}\\.[0-9]{6}\\] .*)");
    private static final Pattern KMSG = Pattern.compile("^<[0-9]>|^(kern  |user  |daemon):......: ");
    private static final Pattern LOCKDEP = Pattern.compile(
            "(possible recursive locking detected|possible circular locking dependency detected)");
    private static final Pattern CALLTRACE = Pattern.compile("(do_one_initcall|do_basic_setup|kernel_init_freeable"
            + "|kernel_init|kthread|kernel_thread|process_one_work|notifier_call_chain|SyS_[a-z0-9_]+)\\+0x");
    private static final Pattern CALLTRACE_IGNORE = Pattern.compile("(do_one_initcall|do_basic_setup"
            + "|kernel_init_freeable|kernel_init|kthread|kernel_thread|process_one_work|notifier_call_chain"
            + "|worker_thread|warn_slowpath_.*)\\+0x");
    private static final Pattern OLD_TRACE_ENTRY = Pattern.compile(">\\] ([a-zA-Z0-9_.]+)\\+0x[0-9a-fx/]+");
    private static final Pattern OOM = Pattern.compile(
            "invoked oom-killer: gfp_mask=|Out of memory and no killable processes...");
    private static final List<Pattern> HEX_DUMPS = List.of(Pattern.compile("(\\s[0-9a-f]{2}){16}"),
            Pattern.compile("\\[ *(\\d{1,6}\\.\\d{6})\\]\\s*(\\s[0-9a-f]{4}){8}$"),
            Pattern.compile("\\[ *(\\d{1,6}\\.\\d{6})\\]\\s*(\\s[0-9a-f]{8}){4}$"));
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\x00]]|\\p{Cn}|\\p{Co}");

    private CrashHeads() {
    }

    /** The error ids of a log, in the order the robot lists them, each once. */
    static List<Head> of(List<String> console) {
        List<String> lines = fixup(console);
        Map<String, String> keys = grepCrashHead(lines);
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> key : keys.entrySet()) {
            String line = key.getValue();
            if (line.contains("cpu clock throttled")) {
                return List.of(); // the robot gives up on such a log
            }
            if (line.contains("trinity") && (line.contains("invoked oom-killer:")
                    || line.contains("page allocation stalls for") || line.contains("tried to map"))) {
                break;
            }
            if (HEX_DUMPS.stream().anyMatch(p -> p.matcher(line).find()) || UNPRINTABLE.matcher(line).find()) {
                continue;
            }
            ErrorId.Result id = ErrorId.of(key.getKey());
            if (id.id().length() <= 3 || !id.bisectable()) {
                continue;
            }
            ids.putIfAbsent(id.id(), line.replace("\0", ""));
        }
        List<Head> heads = new ArrayList<>();
        ids.forEach((id, line) -> heads.add(new Head(id, line)));
        return heads;
    }

    /** fixup_dmesg: build paths and .isra/.constprop/.part suffixes removed; a line holding two messages split. */
    static List<String> fixup(List<String> console) {
        List<String> out = new ArrayList<>();
        for (String raw : console) {
            String line = raw.replaceFirst("/kbuild/src/[^/]+/", "").replaceFirst("/tmp/kbuild/src/[^/]+/", "")
                    .replaceFirst("\\.(isra|constprop|part)\\.[0-9]+\\+0x", "+0x");
            Matcher mixed = MIXED.matcher(line);
            if (!KMSG.matcher(line).find() && mixed.find()) {
                out.add(mixed.group(1));
                out.add(mixed.group(2));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    // grep_crash_head: key (the matched oops text, or calltrace:FUNC) -> first line, in order
    private static Map<String, String> grepCrashHead(List<String> lines) {
        Map<String, String> keys = new LinkedHashMap<>();
        String previous = null;
        boolean oom = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (!(raw.contains("+0x") || OopsPatterns.oops().matcher(raw).find())
                    || OopsPatterns.ignore().matcher(raw).find()) {
                continue;
            }
            for (String line : withLockContext(lines, raw)) {
                Matcher oops = OopsPatterns.oops().matcher(line);
                if (oops.find()) {
                    keys.putIfAbsent(oops.group(1), line);
                    oom |= OOM.matcher(line).find();
                } else if (line.contains("+0x") && !line.contains(" ? ")) {
                    if (CALLTRACE.matcher(line).find()) {
                        if (!line.contains("SyS_")) {
                            addCalltrace(keys, previous, oom);
                        }
                        addCalltrace(keys, line, oom);
                        previous = null;
                    } else {
                        previous = line;
                    }
                }
            }
        }
        return keys;
    }

    private static void addCalltrace(Map<String, String> keys, String line, boolean oom) {
        if (line == null || oom || CALLTRACE_IGNORE.matcher(line).find()) {
            return;
        }
        Matcher entry = OLD_TRACE_ENTRY.matcher(line);
        if (entry.find()) {
            keys.putIfAbsent("calltrace:" + entry.group(1), line);
        }
    }

    /**
     * concat_context_from_dmesg: a lockdep report's head line, and the same line followed by the first four of
     * the next 30 lines that name the lock being acquired, the lock held, or an {@code at:} site.
     */
    private static List<String> withLockContext(List<String> lines, String line) {
        if (!LOCKDEP.matcher(line).find()) {
            return List.of(line);
        }
        List<String> context = new ArrayList<>();
        for (int i = 0; i < lines.size() && context.size() < 4; i++) {
            if (!lines.get(i).equals(line)) {
                continue;
            }
            for (int k = i; k <= Math.min(lines.size() - 1, i + 30) && context.size() < 4; k++) {
                String next = lines.get(k);
                if (next.contains("trying to acquire lock") || next.contains("already holding lock")
                        || next.contains("at: ")) {
                    context.add(next.replaceFirst("^.* at:", "at:").replaceFirst("^\\[.*\\] ", ""));
                }
            }
            i += 30;
        }
        if (context.isEmpty()) {
            return List.of(line);
        }
        return List.of(line, line + " " + String.join(" ", context));
    }
}
