package org.kdocs.rst.directives;

/**
 * The message Python's UTF-8 decoder gives for the first invalid sequence
 * ("'utf-8' codec can't decode byte 0xe9 in position 3: invalid
 * continuation byte"), for include's decoding errors.
 */
final class Utf8Errors {
    private Utf8Errors() {
    }

    /** The message for the first invalid sequence, or null when the bytes are valid UTF-8. */
    static String firstError(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
            if (length == 0) {
                return describe(bytes, i, i, "invalid start byte");
            }
            for (int k = 1; k < length; k++) {
                if (i + k >= bytes.length) {
                    return describe(bytes, i, i + k - 1, "unexpected end of data");
                }
                int c = bytes[i + k] & 0xff;
                int low = 0x80;
                int high = 0xbf;
                if (k == 1) {
                    low = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
                    high = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
                }
                if (c < low || c > high) {
                    return describe(bytes, i, i + k - 1, "invalid continuation byte");
                }
            }
            i += length;
        }
        return null;
    }

    private static String describe(byte[] bytes, int start, int end, String reason) {
        String where = start == end
                ? String.format("byte 0x%02x in position %d", bytes[start] & 0xff, start)
                : "bytes in position " + start + "-" + end;
        return "'utf-8' codec can't decode " + where + ": " + reason;
    }
}
