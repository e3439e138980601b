package org.kdocs.models.kcsan;

import java.util.List;

/**
 * The module parameters of kernel/kcsan/core.c as files under
 * {@code /sys/module/kcsan/parameters/}: {@code udelay_task},
 * {@code udelay_interrupt} and {@code skip_watch} can be changed at run
 * time (mode 0644), {@code interrupt_watcher} only read (0444), and
 * {@code weak_memory} exists only when CONFIG_KCSAN_WEAK_MEMORY is built in.
 * {@code early_enable} is a boot parameter with no file.
 */
public final class ModuleParameters {
    public static final int EACCES = 13;
    public static final int ENOENT = 2;
    public static final int EINVAL = 22;

    private final boolean weakMemoryBuilt;
    private final boolean interruptWatcher;
    private long skipWatch;
    private long udelayTask;
    private long udelayInterrupt;
    private boolean weakMemory;

    ModuleParameters(KcsanConfig config) {
        this.weakMemoryBuilt = config.weakMemory();
        this.interruptWatcher = config.interruptWatcher();
        this.skipWatch = config.skipWatch();
        this.udelayTask = config.udelayTask();
        this.udelayInterrupt = config.udelayInterrupt();
        this.weakMemory = config.weakMemory();
    }

    long skipWatch() {
        return skipWatch;
    }

    long udelayTask() {
        return udelayTask;
    }

    long udelayInterrupt() {
        return udelayInterrupt;
    }

    boolean weakMemory() {
        return weakMemoryBuilt && weakMemory;
    }

    /** The parameter files that exist. */
    public List<String> names() {
        return weakMemoryBuilt
                ? List.of("interrupt_watcher", "skip_watch", "udelay_interrupt", "udelay_task", "weak_memory")
                : List.of("interrupt_watcher", "skip_watch", "udelay_interrupt", "udelay_task");
    }

    /** The file's contents (bools read as Y or N), or null when there is no such file. */
    public String read(String name) {
        return switch (name) {
            case "udelay_task" -> udelayTask + "\n";
            case "udelay_interrupt" -> udelayInterrupt + "\n";
            case "skip_watch" -> skipWatch + "\n";
            case "interrupt_watcher" -> (interruptWatcher ? "Y" : "N") + "\n";
            case "weak_memory" -> weakMemoryBuilt ? (weakMemory ? "Y" : "N") + "\n" : null;
            default -> null;
        };
    }

    /** Writes a value; returns the byte count, or a negative errno as write(2) would. */
    public int write(String name, String input) {
        String value = input.strip();
        try {
            switch (name) {
                case "udelay_task" -> udelayTask = unsigned(value);
                case "udelay_interrupt" -> udelayInterrupt = unsigned(value);
                case "skip_watch" -> skipWatch = Long.decode(value);
                case "interrupt_watcher" -> {
                    return -EACCES;
                }
                case "weak_memory" -> {
                    if (!weakMemoryBuilt) {
                        return -ENOENT;
                    }
                    weakMemory = bool(value);
                }
                default -> {
                    return -ENOENT;
                }
            }
        } catch (IllegalArgumentException e) {
            return -EINVAL;
        }
        return input.length();
    }

    private static long unsigned(String value) {
        long n = Long.decode(value);
        if (n < 0 || n > 0xffffffffL) {
            throw new IllegalArgumentException(value);
        }
        return n;
    }

    // kstrtobool: y/Y/1/on are true, n/N/0/off false
    private static boolean bool(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        if (v.equals("1") || v.startsWith("y") || v.equals("on")) {
            return true;
        }
        if (v.equals("0") || v.startsWith("n") || v.equals("off")) {
            return false;
        }
        throw new IllegalArgumentException(value);
    }
}
