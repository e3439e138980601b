package org.kdocs.site;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The files of the build cache: a magic number and a format version, the
 * content, and its {@link ContentDigest}. Reading checks all three before
 * anything of the content is used, so a damaged file, even one damaged
 * without changing its length, is refused as a whole.
 */
final class CheckedFile {
    private static final int HEADER_BYTES = 8;
    private static final int DIGEST_BYTES = ContentDigest.BYTES;

    /** Writes the content that {@code body} produces. */
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private CheckedFile() {
    }

    static void write(Path file, int magic, int version, Body body) throws IOException {
        MessageDigest digest = new ContentDigest();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DataOutputStream header = new DataOutputStream(raw);
            header.writeInt(magic);
            header.writeInt(version);
            DataOutputStream content = new DataOutputStream(new DigestOutputStream(raw, digest));
            body.write(content);
            content.flush();
            raw.write(digest.digest());
        }
    }

    /** The content of a file written by {@link #write}, once its header and checksum are right. */
    static DataInputStream read(Path file, int magic, int version) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length - DIGEST_BYTES;
        ByteBuffer header = ByteBuffer.wrap(bytes);
        if (end < HEADER_BYTES || header.getInt(0) != magic || header.getInt(4) != version) {
            throw new IOException(file + ": not a cache file of this version");
        }
        MessageDigest digest = new ContentDigest();
        digest.update(bytes, HEADER_BYTES, end - HEADER_BYTES);
        if (!MessageDigest.isEqual(digest.digest(), Arrays.copyOfRange(bytes, end, bytes.length))) {
            throw new IOException(file + ": damaged (checksum mismatch)");
        }
        return new DataInputStream(new Bytes(bytes, HEADER_BYTES, end));
    }

    // ByteArrayInputStream without its locks: a doctree is read a few bytes per call, and the
    // uncontended locking was most of the time a rebuild spent loading cached doctrees
    private static final class Bytes extends InputStream {
        private final byte[] bytes;
        private final int end;
        private int position;

        Bytes(byte[] bytes, int start, int end) {
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
}
