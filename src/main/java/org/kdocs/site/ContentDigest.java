package org.kdocs.site;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The digest of the build cache's files, source hashes and page fingerprints: CRC-32C and
 * CRC-32 of the bytes (two different polynomials, so 64 check bits) and their length, 16
 * bytes in all. It tells changed content from unchanged, which is all the cache asks; it is
 * no defence against a forger, who could as well write the cached pages themselves. The
 * launcher runs only the client compiler, which has no intrinsic for SHA-256 but has both
 * CRCs: SHA-256 hashed at about 25 MB/s there and cost a tenth of a whole-kernel build.
 */
final class ContentDigest extends MessageDigest {
    /** Bytes of a digest. */
    static final int BYTES = 16;

    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();
    private long length;

    ContentDigest() {
        super("kdocs-content-crc64");
    }

    @Override
    protected void engineUpdate(byte input) {
        crc32c.update(input);
        crc32.update(input);
        length++;
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        crc32c.update(input, offset, len);
        crc32.update(input, offset, len);
        length += len;
    }

    @Override
    protected byte[] engineDigest() {
        byte[] digest = ByteBuffer.allocate(BYTES).putInt((int) crc32c.getValue()).putInt((int) crc32.getValue())
                .putLong(length).array();
        engineReset();
        return digest;
    }

    @Override
    protected int engineGetDigestLength() {
        return BYTES;
    }

    @Override
    protected void engineReset() {
        crc32c.reset();
        crc32.reset();
        length = 0;
    }
}
