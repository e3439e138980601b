package org.kdocs.models.alloctag;

import java.util.Optional;

import org.kdocs.models.kernel.KernelLog;
import org.kdocs.models.kernel.KstrToBool;

/**
 * The on/off state of profiling (lib/alloc_tag.c): the static key mem_alloc_profiling_key, whether
 * support was reserved at boot (mem_profiling_support), the early parameter sysctl.vm.mem_profiling and
 * the sysctl /proc/sys/vm/mem_profiling with its mode and proc_do_static_key() rules.
 */
public final class ProfilingSwitch {
    public static final int EPERM = 1;
    public static final int EACCES = 13;
    public static final int EINVAL = 22;

    /** Who writes the sysctl: root with CAP_SYS_ADMIN, uid 0 without it, or an ordinary user. */
    public enum Writer { ROOT, ROOT_WITHOUT_CAP_SYS_ADMIN, USER }

    private final boolean debug;
    private boolean key;
    private boolean support;

    ProfilingSwitch(boolean enabledByDefault, boolean debug, Optional<String> bootValue, KernelLog log) {
        this.debug = debug;
        boolean byDefault = enabledByDefault || debug; // DEBUG selects ENABLED_BY_DEFAULT
        this.key = byDefault;
        this.support = byDefault;
        if (bootValue != null) {
            String value = bootValue.orElse(null);
            if (!setupEarly(value)) {
                log.print("Malformed early option 'sysctl.vm.mem_profiling'");
            }
            if (value != null) {
                // the generic sysctl.* command line code later writes the same value through procfs
                if (mode() == 0444) {
                    log.print("Failed to set sysctl parameter 'vm.mem_profiling=" + value
                            + "': permission denied (read-only?)");
                } else if (parseZeroOrOne(value).isEmpty()) {
                    log.print("Failed to set sysctl parameter 'vm.mem_profiling=" + value + "': invalid value");
                } else {
                    key = parseZeroOrOne(value).get();
                }
            }
        }
    }

    /** setup_early_mem_profiling(); false where it returns an error and changes nothing. */
    private boolean setupEarly(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        boolean enable;
        if (value.startsWith("never")) {
            enable = false;
            support = false;
        } else {
            Optional<Boolean> parsed = KstrToBool.parse(value);
            if (parsed.isEmpty()) {
                return false;
            }
            enable = parsed.get();
            support = true;
        }
        key = enable;
        return true;
    }

    /** mem_alloc_profiling_enabled(). */
    public boolean enabled() {
        return key;
    }

    /** mem_profiling_support: page_ext refs and slab extension vectors were reserved at boot. */
    public boolean supported() {
        return support;
    }

    /** The sysctl's file mode: read-only under DEBUG or when support was not reserved. */
    public int mode() {
        return debug || !support ? 0444 : 0644;
    }

    /** Reading /proc/sys/vm/mem_profiling. */
    public String read() {
        return (key ? "1" : "0") + "\n";
    }

    /** Writing /proc/sys/vm/mem_profiling: 0 on success, otherwise the negative errno. */
    public int write(String value, Writer writer) {
        boolean canWrite = (mode() & (writer == Writer.USER ? 0002 : 0200)) != 0;
        if (!canWrite) {
            return -EACCES;
        }
        if (writer != Writer.ROOT) {
            return -EPERM;
        }
        Optional<Boolean> parsed = parseZeroOrOne(value);
        if (parsed.isEmpty()) {
            return -EINVAL;
        }
        key = parsed.get();
        return 0;
    }

    /** proc_dointvec_minmax with range 0..1, as proc_do_static_key uses it. */
    private static Optional<Boolean> parseZeroOrOne(String value) {
        String v = value.strip();
        if (!v.matches("[+-]?\\d+")) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(v);
            return n == 0 || n == 1 ? Optional.of(n == 1) : Optional.empty();
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
