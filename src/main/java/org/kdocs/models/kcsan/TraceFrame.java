package org.kdocs.models.kcsan;

/**
 * One stack frame as the kernel prints it: {@code function+0xOFF/0xSIZE},
 * with {@code [module]} for module code (kallsyms' %pS).
 */
public record TraceFrame(String function, long offset, long size, String module) {
    public TraceFrame(String function, long offset, long size) {
        this(function, offset, size, null);
    }

    @Override
    public String toString() {
        String text = function + "+0x" + Long.toHexString(offset) + "/0x" + Long.toHexString(size);
        return module == null ? text : text + " [" + module + "]";
    }

    /** The title form: the function name alone (with the module suffix for module code). */
    public String titleName() {
        return module == null ? function : function + " [" + module + "]";
    }
}
