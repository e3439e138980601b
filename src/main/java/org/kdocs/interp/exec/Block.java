package org.kdocs.interp.exec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.kdocs.interp.Allocation;

/** One mapped object of simulated memory (a global, a heap object, pages, a stack), little-endian. */
final class Block {
    enum Kind { GLOBAL, RODATA, HEAP, PAGES, VMALLOC, STACK, PAGE_STRUCTS }

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    final long base;
    final long end;
    final byte[] data;
    final Kind kind;
    final String name;
    boolean freed;
    Allocation allocation;

    Block(long base, int size, Kind kind, String name) {
        this.base = base;
        this.end = base + size;
        this.data = new byte[size];
        this.kind = kind;
        this.name = name;
    }

    long read(long address, int size) {
        int off = (int) (address - base);
        return switch (size) {
            case 1 -> data[off] & 0xffL;
            case 2 -> ((short) SHORT.get(data, off)) & 0xffffL;
            case 4 -> ((int) INT.get(data, off)) & 0xffffffffL;
            default -> (long) LONG.get(data, off);
        };
    }

    void write(long address, int size, long value) {
        int off = (int) (address - base);
        switch (size) {
            case 1 -> data[off] = (byte) value;
            case 2 -> SHORT.set(data, off, (short) value);
            case 4 -> INT.set(data, off, (int) value);
            default -> LONG.set(data, off, value);
        }
    }

    boolean contains(long address, int size) {
        return address >= base && address + size <= end && address + size >= address;
    }
}
