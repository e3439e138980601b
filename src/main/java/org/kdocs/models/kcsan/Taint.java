package org.kdocs.models.kcsan;

/**
 * The kernel's taint string (kernel/panic.c taint_flags, print_tainted and
 * print_tainted_verbose, Linux 6.12): one character per flag, the flag's
 * letter when set and its placeholder otherwise ('G' for an unset
 * proprietary-module flag, a space for the others); "Not tainted" when no
 * flag is set. The verbose form lists the set flags as {@code [W]=WARN}.
 */
final class Taint {
    /** Letter when set, letter when clear, name; in bit order. */
    private static final String[][] FLAGS = {
        {"P", "G", "PROPRIETARY_MODULE"}, {"F", " ", "FORCED_MODULE"}, {"S", " ", "CPU_OUT_OF_SPEC"},
        {"R", " ", "FORCED_RMMOD"}, {"M", " ", "MACHINE_CHECK"}, {"B", " ", "BAD_PAGE"}, {"U", " ", "USER"},
        {"D", " ", "DIE"}, {"A", " ", "OVERRIDDEN_ACPI_TABLE"}, {"W", " ", "WARN"}, {"C", " ", "CRAP"},
        {"I", " ", "FIRMWARE_WORKAROUND"}, {"O", " ", "OOT_MODULE"}, {"E", " ", "UNSIGNED_MODULE"},
        {"L", " ", "SOFTLOCKUP"}, {"K", " ", "LIVEPATCH"}, {"X", " ", "AUX"}, {"T", " ", "RANDSTRUCT"},
        {"N", " ", "TEST"},
    };

    private Taint() {
    }

    /** print_tainted(): "Not tainted", or "Tainted: " and a character per flag. */
    static String describe(long mask) {
        if (mask == 0) {
            return "Not tainted";
        }
        StringBuilder out = new StringBuilder("Tainted: ");
        for (int i = 0; i < FLAGS.length; i++) {
            out.append((mask & (1L << i)) != 0 ? FLAGS[i][0] : FLAGS[i][1]);
        }
        return out.toString();
    }

    /** print_tainted_verbose(): the set flags as "[W]=WARN", comma-separated. */
    static String verbose(long mask) {
        if (mask == 0) {
            return "Not tainted";
        }
        StringBuilder out = new StringBuilder("Tainted: ");
        String separator = "";
        for (int i = 0; i < FLAGS.length; i++) {
            if ((mask & (1L << i)) != 0) {
                out.append(separator).append('[').append(FLAGS[i][0]).append("]=").append(FLAGS[i][2]);
                separator = ", ";
            }
        }
        return out.toString();
    }
}
