package org.kdocs.models.kcsan;

/**
 * The watchpoint array of kernel/kcsan/core.c with the encoding of
 * kernel/kcsan/encoding.h: one 64-bit word per slot holding the write flag
 * (bit 63), the size (14 bits) and the low 49 address bits; 0 means free and
 * 1 consumed. An access at page-slot s may use indices s, s+1 and s+2; a
 * new watchpoint goes to its own index s+1 first, then s+2, then s.
 */
public final class Watchpoints {
    public static final long INVALID = 0;
    public static final long CONSUMED = 1;
    static final int PAGE_SIZE = 4096;
    static final int MAX_ENCODABLE_SIZE = 8192;
    static final int SIZE_BITS = 14;
    static final int ADDR_BITS = 64 - 1 - SIZE_BITS;
    static final long ADDR_MASK = (1L << ADDR_BITS) - 1;
    static final long SIZE_MASK = ((1L << SIZE_BITS) - 1) << ADDR_BITS;
    static final long WRITE_BIT = 1L << 63;

    private final long[] slots;
    private final int numWatchpoints;

    public Watchpoints(int numWatchpoints) {
        this.numWatchpoints = numWatchpoints;
        this.slots = new long[numWatchpoints + 2];
    }

    /** A decoded watchpoint word. */
    public record Decoded(long address, int size, boolean write) {
    }

    public static boolean encodable(long address, long size) {
        return Long.compareUnsigned(address, PAGE_SIZE) >= 0 && size <= MAX_ENCODABLE_SIZE;
    }

    public static long encode(long address, int size, boolean write) {
        return (write ? WRITE_BIT : 0) | ((long) size << ADDR_BITS) | (address & ADDR_MASK);
    }

    /** The decoded word, or null for the reserved values 0 and 1. */
    public static Decoded decode(long word) {
        if (word == INVALID || word == CONSUMED) {
            return null;
        }
        return new Decoded(word & ADDR_MASK, (int) ((word & SIZE_MASK) >>> ADDR_BITS), (word & WRITE_BIT) != 0);
    }

    /** encoding.h's overlap test with inclusive ends. */
    public static boolean overlaps(long a1, long s1, long a2, long s2) {
        return a1 <= a2 + s2 - 1 && a2 <= a1 + s1 - 1;
    }

    /** The primary slot of an address. */
    public int slot(long address) {
        return (int) ((address >>> 12) % numWatchpoints);
    }

    public long word(int index) {
        return slots[index];
    }

    public int length() {
        return slots.length;
    }

    /** A matching watchpoint for the access: its index and the word seen, or null. Lookup order s, s+1, s+2. */
    public Hit find(long address, long size, boolean write) {
        int s = slot(address);
        if ((slots[s] | slots[s + 1] | slots[s + 2]) == INVALID) {
            return null;
        }
        long masked = address & ADDR_MASK;
        for (int i = s; i <= s + 2; i++) {
            long word = slots[i];
            if (word == INVALID || word == CONSUMED || (!write && (word & WRITE_BIT) == 0)) {
                continue;
            }
            if (overlaps(word & ADDR_MASK, (word & SIZE_MASK) >>> ADDR_BITS, masked, size)) {
                return new Hit(i, word);
            }
        }
        return null;
    }

    /** A found watchpoint: the index and the word that was there when it was found. */
    public record Hit(int index, long word) {
    }

    /** Inserts a watchpoint (own, right, left); returns the index or -1 when all three are taken. */
    public int insert(long address, int size, boolean write) {
        int s = slot(address);
        long encoded = encode(address, size, write);
        for (int i : new int[] {s + 1, s + 2, s}) {
            if (slots[i] == INVALID) {
                slots[i] = encoded;
                return i;
            }
        }
        return -1;
    }

    /** The consumer's compare-and-swap from the word seen to CONSUMED. */
    public boolean tryConsume(Hit hit) {
        if (slots[hit.index()] != hit.word()) {
            return false;
        }
        slots[hit.index()] = CONSUMED;
        return true;
    }

    /** The watcher's swap to CONSUMED; true when someone had consumed it already. */
    public boolean consume(int index) {
        boolean wasConsumed = slots[index] == CONSUMED;
        slots[index] = CONSUMED;
        return wasConsumed;
    }

    public void remove(int index) {
        slots[index] = INVALID;
    }
}
