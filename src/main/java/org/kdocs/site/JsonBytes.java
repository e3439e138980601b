package org.kdocs.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON written straight into one growing byte array as UTF-8, strings escaped as Jackson's
 * generator (2.18, default settings) escapes them, so that the search index keeps the bytes it
 * had when Jackson wrote it: a quote or backslash gets a backslash before it; the control
 * characters below U+0020 become backslash and b, t, n, f or r, or else backslash, u and four
 * upper-case hex digits, as every surrogate, paired or not, does too; all else is written raw.
 * Numbers below a bound given up front are copied from a table of their digits: the kernel's
 * index is 10 MB, most of it page numbers. {@code SearchIndexTest} checks the bytes against Jackson's.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    // by ASCII character: 0 when it is written as it is, else the letter after its backslash
    private static final byte[] ESCAPES = new byte[0x80];

    static {
        Arrays.fill(ESCAPES, 0, 0x20, (byte) 'u');
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private byte[] bytes;
    private int length;
    // the digits of 0 .. tabled - 1, each in a slot of `width` bytes, and their lengths
    private final int tabled;
    private final int width;
    private final byte[] digits;
    private final byte[] digitCounts;

    /** A writer of about {@code capacity} bytes whose numbers are mostly below {@code tabled}. */
    JsonBytes(int capacity, int tabled) {
        bytes = new byte[Math.max(capacity, 16)];
        this.tabled = tabled;
        width = Integer.toString(Math.max(tabled - 1, 0)).length();
        digits = new byte[tabled * width];
        digitCounts = new byte[tabled];
        for (int n = 0; n < tabled; n++) {
            byte[] text = Integer.toString(n).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, digits, n * width, text.length);
            digitCounts[n] = (byte) text.length;
        }
    }

    /** The array written into; its first {@link #length()} bytes are the text. */
    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Writes ASCII text as it is: punctuation and names that need no escape. */
    JsonBytes raw(String ascii) {
        reserve(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            bytes[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** Writes a string in quotes, escaped, or {@code null}. */
    JsonBytes string(String text) {
        return text == null ? raw("null") : string(text.toCharArray(), 0, text.length());
    }

    /** Writes the string {@code chars[from .. to)} in quotes, escaped. */
    JsonBytes string(char[] chars, int from, int to) {
        reserve((to - from) * 6 + 2);
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else if (escape != 'u') {
                    out[at++] = '\\';
                    out[at++] = escape;
                } else {
                    at = unicodeEscape(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(out, at, c);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12];
        out[at++] = HEX[c >> 8 & 0xF];
        out[at++] = HEX[c >> 4 & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }

    /** Writes {@code [n, n, ...]} of {@code numbers[from .. to)}. */
    JsonBytes array(int[] numbers, int from, int to) {
        reserve((to - from) * 12 + 2); // "-2147483648,"
        byte[] out = bytes;
        int at = length;
        out[at++] = '[';
        for (int i = from; i < to; i++) {
            int n = numbers[i];
            if (n >= 0 && n < tabled) {
                for (int d = n * width, end = d + digitCounts[n]; d < end; d++) {
                    out[at++] = digits[d];
                }
            } else {
                String text = Integer.toString(n);
                for (int k = 0; k < text.length(); k++) {
                    out[at++] = (byte) text.charAt(k);
                }
            }
            out[at++] = ',';
        }
        if (to > from) {
            at--; // no comma after the last
        }
        out[at++] = ']';
        length = at;
        return this;
    }

    /** Makes room for {@code more} bytes. */
    private void reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
