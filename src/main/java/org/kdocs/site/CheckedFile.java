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
import java.security.MessageDigest;
import java.util.Arrays;

import org.kdocs.tree.ByteArrayInput;
import org.kdocs.tree.ByteArrayOutput;

/**
 * The files of the build cache: a magic number and a format version, the
 * content, and its {@link ContentDigest}. Reading checks all three before
 * anything of the content is used, so a damaged file, even one damaged
 * without changing its length, is refused as a whole.
 *
 * <p>A file may also hold a head and a body, each with its own digest
 * ({@link #writeParts}): the head alone can then be read and checked without
 * reading the body ({@link #readHead}), as a rebuild does with the summary of
 * a page whose doctree it does not need.
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
        // encoded in memory, then digested and written at once (see ByteArrayOutput)
        ByteArrayOutput bytes = new ByteArrayOutput(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(version);
        body.write(out);
        MessageDigest digest = new ContentDigest();
        digest.update(bytes.array(), HEADER_BYTES, bytes.size() - HEADER_BYTES);
        out.write(digest.digest());
        try (OutputStream written = Files.newOutputStream(file)) {
            bytes.writeTo(written);
        }
    }

    /**
     * Writes a file of two parts: {@code head}, then {@code body} (bytes already encoded), each followed by
     * its digest; the head's length comes first, so that {@link #readHead} reads no more than it.
     */
    static void writeParts(Path file, int magic, int version, Body head, byte[] body) throws IOException {
        ByteArrayOutput headBytes = new ByteArrayOutput(1024);
        head.write(new DataOutputStream(headBytes));
        MessageDigest headDigest = new ContentDigest();
        headDigest.update(headBytes.array(), 0, headBytes.size());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            out.writeInt(magic);
            out.writeInt(version);
            out.writeInt(headBytes.size());
            headBytes.writeTo(out);
            out.write(headDigest.digest());
            out.write(body);
            out.write(new ContentDigest().digest(body));
        }
    }

    /** The head of a file written by {@link #writeParts}, once its header and the head's checksum are right. */
    static DataInputStream readHead(Path file, int magic, int version) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER_BYTES + 4);
            ByteBuffer header = ByteBuffer.wrap(start);
            if (start.length < HEADER_BYTES + 4 || header.getInt(0) != magic || header.getInt(4) != version) {
                throw new IOException(file + ": not a cache file of this version");
            }
            int length = header.getInt(HEADER_BYTES);
            if (length < 0) {
                throw new IOException(file + ": damaged (bad length)");
            }
            // a damaged length reads no more than the file has
            byte[] head = in.readNBytes(length + DIGEST_BYTES);
            return new DataInputStream(checked(file, head, 0, head.length));
        }
    }

    /** The body of a file written by {@link #writeParts}, once its header and the body's checksum are right. */
    static DataInputStream readBody(Path file, int magic, int version) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_BYTES + 4 || header.getInt(0) != magic || header.getInt(4) != version) {
            throw new IOException(file + ": not a cache file of this version");
        }
        int length = header.getInt(HEADER_BYTES);
        long start = (long) HEADER_BYTES + 4 + length + DIGEST_BYTES;
        if (length < 0 || start > bytes.length) {
            throw new IOException(file + ": damaged (bad length)");
        }
        return new DataInputStream(checked(file, bytes, (int) start, bytes.length));
    }

    // the bytes from..to less the digest at their end, when it is theirs
    private static InputStream checked(Path file, byte[] bytes, int from, int to) throws IOException {
        int end = to - DIGEST_BYTES;
        if (end < from) {
            throw new IOException(file + ": damaged (truncated)");
        }
        MessageDigest digest = new ContentDigest();
        digest.update(bytes, from, end - from);
        if (!MessageDigest.isEqual(digest.digest(), Arrays.copyOfRange(bytes, end, to))) {
            throw new IOException(file + ": damaged (checksum mismatch)");
        }
        return new ByteArrayInput(bytes, from, end);
    }

    /** The content of a file written by {@link #write}, once its header and checksum are right. */
    static DataInputStream read(Path file, int magic, int version) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_BYTES + DIGEST_BYTES || header.getInt(0) != magic || header.getInt(4) != version) {
            throw new IOException(file + ": not a cache file of this version");
        }
        return new DataInputStream(checked(file, bytes, HEADER_BYTES, bytes.length));
    }
}
