package org.kdocs.models.alloctag;

/**
 * lib/string_helpers.c string_get_size(): formats size × blk_size bytes with three significant figures,
 * using the kernel's integer steps (pre-scaling above 2^32, only the last remainder kept, base-2
 * remainders converted to per-mille by ×1000 >> 10, rounding by adding 500/50/5). All arithmetic is
 * unsigned 64-bit, as in the kernel; no floating point.
 */
public final class StringGetSize {
    /** enum string_size_units (include/linux/string_helpers.h). */
    public static final int UNITS_10 = 0;
    public static final int UNITS_2 = 1;
    public static final int UNITS_MASK = 1;
    public static final int UNITS_NO_SPACE = 1 << 30;
    public static final int UNITS_NO_BYTES = 1 << 31;

    private static final String[] PREFIXES_10 = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
    private static final String[] PREFIXES_2 = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"};
    private static final int[] ROUNDING = {500, 50, 5};

    /** What the kernel writes into a buffer of {@code len} bytes, and what it returns. */
    public record Result(String text, int returned) {
    }

    private StringGetSize() {
    }

    /** The full string (an unlimited buffer). */
    public static String format(long size, long blkSize, int units) {
        return format(size, blkSize, units, Integer.MAX_VALUE).text();
    }

    /** As the kernel with a {@code len}-byte buffer: the text is cut to len - 1 characters (snprintf). */
    public static Result format(long size, long blkSize, int units, int len) {
        int base = units & UNITS_MASK;
        long divisor = base == UNITS_2 ? 1024 : 1000;
        int exponent = 0;
        long remainder = 0;
        String fraction = "";
        if (blkSize == 0) {
            size = 0;
        }
        if (size != 0) {
            while ((blkSize >>> 32) != 0) {
                blkSize = Long.divideUnsigned(blkSize, divisor);
                exponent++;
            }
            while ((size >>> 32) != 0) {
                size = Long.divideUnsigned(size, divisor);
                exponent++;
            }
            size *= blkSize; // both below 2^32, so the product fits in 64 bits
            while (Long.compareUnsigned(size, divisor) >= 0) {
                remainder = Long.remainderUnsigned(size, divisor);
                size = Long.divideUnsigned(size, divisor);
                exponent++;
            }
            int decimals = 0;
            for (long capped = size; capped * 10 < 1000; decimals++) {
                capped *= 10;
            }
            if (base == UNITS_2) {
                remainder = (remainder * 1000) >> 10;
            }
            remainder += ROUNDING[decimals];
            if (remainder >= 1000) {
                remainder -= 1000;
                size += 1;
            }
            if (decimals > 0) {
                fraction = "." + String.format("%03d", remainder).substring(0, decimals);
            }
        }
        String unit = exponent >= PREFIXES_2.length ? "UNK"
                : (base == UNITS_2 ? PREFIXES_2 : PREFIXES_10)[exponent];
        String full = Integer.toUnsignedString((int) size) + fraction
                + ((units & UNITS_NO_SPACE) != 0 ? "" : " ") + unit
                + ((units & UNITS_NO_BYTES) != 0 ? "" : "B");
        String written = len <= 0 ? "" : full.substring(0, Math.min(full.length(), len - 1));
        return new Result(written, full.length());
    }
}
