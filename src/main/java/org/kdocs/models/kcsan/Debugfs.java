package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * {@code /sys/kernel/debug/kcsan} of kernel/kcsan/debugfs.c: reading prints
 * the enabled flag, the counters and the report filter list; writing takes
 * exactly the commands 6.12 accepts ({@code on}, {@code off},
 * {@code microbench=N}, {@code whitelist}, {@code blacklist},
 * {@code !function}) and answers anything else with EINVAL.
 */
public final class Debugfs {
    public static final int EINVAL = 22;
    public static final int ENOENT = 2;
    private static final int MAX_INPUT = 511;

    private final Kcsan kcsan;
    private final ToLongFunction<String> functionAddress;
    private final Consumer<String> log;
    private final List<String> filter = new ArrayList<>();
    private boolean whitelist;
    private boolean sorted = true;

    /**
     * @param functionAddress start address of a function by name, or -1 when there is no such function
     * @param log             the kernel log (pr_info/pr_err lines)
     */
    Debugfs(Kcsan kcsan, ToLongFunction<String> functionAddress, Consumer<String> log) {
        this.kcsan = kcsan;
        this.functionAddress = functionAddress;
        this.log = log;
    }

    /** The file's contents. */
    public String read() {
        StringBuilder out = new StringBuilder();
        out.append("enabled: ").append(kcsan.enabled() ? 1 : 0).append('\n');
        for (Counter counter : Counter.values()) {
            out.append(counter.label()).append(": ").append(kcsan.counter(counter)).append('\n');
        }
        out.append('\n').append(whitelist ? "whitelisted" : "blacklisted").append(" functions: ");
        if (filter.isEmpty()) {
            out.append("<none>\n");
        } else {
            out.append('\n');
            for (String function : filter) {
                out.append(' ').append(function).append('\n');
            }
        }
        return out.toString();
    }

    /** Writes a command; returns the byte count on success or a negative errno, as write(2) would. */
    public int write(String input) {
        String command = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        command = command.strip();
        if (command.equals("on")) {
            kcsan.setEnabled(true);
        } else if (command.equals("off")) {
            kcsan.setEnabled(false);
        } else if (command.startsWith("microbench=")) {
            Long iterations = parseKernelNumber(command.substring("microbench=".length()));
            if (iterations == null) {
                return -EINVAL;
            }
            log.accept("kcsan: microbenchmark begin | iters: " + iterations);
            log.accept("kcsan: microbenchmark end   | cycles: " + microbenchmark(iterations));
        } else if (command.equals("whitelist")) {
            whitelist = true;
        } else if (command.equals("blacklist")) {
            whitelist = false;
        } else if (command.startsWith("!")) {
            String function = command.substring(1);
            if (functionAddress.applyAsLong(function) < 0) {
                log.accept("kcsan: could not find function: '" + function + "'");
                return -ENOENT;
            }
            filter.add(function);
            sorted = false;
        } else {
            return -EINVAL;
        }
        return input.length();
    }

    /** kstrtoul with base 0: decimal, 0x hexadecimal or leading-zero octal; null when invalid. */
    private static Long parseKernelNumber(String text) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            if (text.length() > 1 && text.startsWith("0")) {
                return Long.parseUnsignedLong(text.substring(1), 8);
            }
            return Long.parseUnsignedLong(text, 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a report whose top frame is in this function is filtered out (debugfs.c kcsan_skip_report_debugfs). */
    boolean skip(String function) {
        if (filter.isEmpty() || functionAddress.applyAsLong(function) < 0) {
            return false;
        }
        if (!sorted) {
            filter.sort(Comparator.comparingLong(functionAddress));
            sorted = true;
        }
        boolean listed = filter.contains(function);
        return whitelist != listed;
    }

    /** debugfs.c microbenchmark(): fast-path checks with KCSAN off; returns elapsed nanoseconds as "cycles". */
    private long microbenchmark(long iterations) {
        boolean was = kcsan.enabled();
        kcsan.setEnabled(false);
        Watchpoints watchpoints = kcsan.watchpoints();
        long start = System.nanoTime();
        for (long i = iterations - 1; i >= 0; i--) {
            long address = i & 0xFFFFF;
            int type = i % 128 == 0 ? AccessType.ATOMIC : (i % 16 == 0 ? AccessType.WRITE : AccessType.READ);
            watchpoints.find(address, 8, AccessType.has(type, AccessType.WRITE));
        }
        long cycles = System.nanoTime() - start;
        kcsan.setEnabled(was);
        return cycles;
    }
}
