package org.kdocs.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests for the build: spec result keys (SHA-256), Sphinx's and kfigure's file names (MD5, SHA-1). */
public final class Digests {
    private Digests() {
    }

    /** A fresh digest; every JDK has MD5, SHA-1 and SHA-256. */
    public static MessageDigest of(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    /** The digest of {@code bytes} in lower-case hex. */
    public static String hex(String algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(of(algorithm).digest(bytes));
    }
}
