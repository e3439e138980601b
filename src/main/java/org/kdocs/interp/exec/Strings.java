package org.kdocs.interp.exec;

import java.util.LinkedHashMap;
import java.util.Map;

/** String literals interned into read-only data, one object per distinct literal. */
final class Strings {
    private final Image image;
    private final Map<String, Long> addresses = new LinkedHashMap<>();
    private long next = Mem.RODATA;

    Strings(Image image) {
        this.image = image;
    }

    long address(String value) {
        return addresses.computeIfAbsent(value, v -> {
            byte[] bytes = new byte[v.length() + 1];
            for (int i = 0; i < v.length(); i++) {
                bytes[i] = (byte) v.charAt(i);
            }
            long at = next;
            next += (bytes.length + 15) / 16 * 16 + 16;
            image.addData(new Image.Data(".rodata.str", at, bytes, "char[]", java.util.Set.of(), true));
            return at;
        });
    }
}
