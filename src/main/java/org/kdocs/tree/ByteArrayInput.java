package org.kdocs.tree;

import java.io.InputStream;

/**
 * Bytes of an array to read from, like {@link java.io.ByteArrayInputStream} but without its locks:
 * cached doctrees and page summaries are read a few bytes per call ({@code readInt} is four calls), and
 * on the client compiler the uncontended lock of each call was most of the time spent decoding them.
 */
public final class ByteArrayInput extends InputStream {
    private final byte[] bytes;
    private final int end;
    private int position;

    public ByteArrayInput(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    @Override
    public int read() {
        return position < end ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int n = Math.min(length, end - position);
        System.arraycopy(bytes, position, into, offset, n);
        position += n;
        return n;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, end - position));
        position += (int) skipped;
        return skipped;
    }

    @Override
    public int available() {
        return end - position;
    }
}
