package org.kdocs.models.alloctag;

/**
 * include/linux/alloc_tag.h struct alloc_tag: a code tag with per-CPU counters of bytes and calls.
 * Single cells may underflow (allocated on one CPU, freed on another); only the sum over all CPUs,
 * taken with 64-bit wraparound, means anything.
 */
public final class AllocTag {
    private final CodeTag codeTag;
    private final long[] bytes;
    private final long[] calls;

    AllocTag(CodeTag codeTag, int cpus) {
        this.codeTag = codeTag;
        this.bytes = new long[cpus];
        this.calls = new long[cpus];
    }

    /** Summed counters: bytes as the kernel's s64 view, calls as an unsigned 64-bit value. */
    public record Counters(long bytes, long calls) {
        public String callsText() {
            return Long.toUnsignedString(calls);
        }
    }

    public CodeTag codeTag() {
        return codeTag;
    }

    /** alloc_tag_read(): the sum over every possible CPU. */
    public Counters read() {
        long b = 0;
        long c = 0;
        for (int cpu = 0; cpu < bytes.length; cpu++) {
            b += bytes[cpu];
            c += calls[cpu];
        }
        return new Counters(b, c);
    }

    /** One CPU's cell, as this_cpu_add/sub left it. */
    public Counters cell(int cpu) {
        return new Counters(bytes[cpu], calls[cpu]);
    }

    void add(int cpu, long byteDelta, long callDelta) {
        bytes[cpu] += byteDelta;
        calls[cpu] += callDelta;
    }

    @Override
    public String toString() {
        return codeTag.text();
    }
}
