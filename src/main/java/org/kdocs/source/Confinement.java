package org.kdocs.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one gate through which kdocs reads every file a document, a source
 * tree or a patch names: sources, includes of every kind, images and
 * downloads, the files a patch changes. A file is inside the root when its
 * real path, every symbolic link resolved ({@code toRealPath}), lies below
 * the root's real path: a link between two files of the tree is fine, a link
 * pointing out of it is outside, however the name was spelled. Only regular
 * files are read, since a FIFO or a device could block the build for ever.
 * The check and the read use the same resolved path, and the read does not
 * follow a link that appears there in between.
 *
 * <pre>{@code
 * byte[] text = Confinement.within(treeRoot).read(treeRoot.resolve("guide.rst"));
 * }</pre>
 */
public final class Confinement {
    /** A file refused by the gate: outside the root, or not a regular file. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean outside;

        Refused(String message, boolean outside) {
            super(message);
            this.outside = outside;
        }

        /** Whether the file was refused for lying outside the root (else it is no regular file). */
        public boolean outside() {
            return outside;
        }
    }

    private static final Confinement NONE = new Confinement(null);
    private final Path root;

    private Confinement(Path root) {
        this.root = root;
    }

    /** A gate admitting the files below {@code root} (the root itself may be a link). */
    public static Confinement within(Path root) {
        return new Confinement(root.toAbsolutePath().normalize());
    }

    /** A gate admitting any regular file: for what a trusted build may read anywhere. */
    public static Confinement none() {
        return NONE;
    }

    /** The root as given, absolute and normalised; null for {@link #none()}. */
    public Path root() {
        return root;
    }

    /**
     * The real path of {@code file} when it is a regular file inside the root.
     *
     * @throws NoSuchFileException when it does not exist (a dangling link included)
     * @throws Refused             when it lies outside the root or is not a regular file
     */
    public Path check(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (root != null && !absolute.startsWith(root)) {
            throw outside(file);
        }
        Path real = absolute.toRealPath();
        if (root != null && !real.startsWith(realRoot())) {
            throw outside(file);
        }
        if (!Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
            throw new Refused("\"" + file + "\" is not a regular file", false);
        }
        return real;
    }

    /** Whether {@code file} exists as a regular file inside the root. */
    public boolean admits(Path file) {
        try {
            check(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code file}, which need not exist, lies inside the root: by its name,
     * and by the real path of the nearest part of it that exists.
     */
    public boolean encloses(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (root == null) {
            return true;
        }
        if (!absolute.startsWith(root)) {
            return false;
        }
        try {
            Path existing = absolute;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            return existing != null && existing.toRealPath().startsWith(realRoot());
        } catch (IOException e) {
            return false; // a dangling link on the way: not known to stay inside
        }
    }

    /** The bytes of {@code file}, after {@link #check}. */
    public byte[] read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    /** A stream of {@code file}, after {@link #check}. */
    public InputStream open(Path file) throws IOException {
        Path real = check(file);
        return Channels.newInputStream(Files.newByteChannel(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    /** Copies {@code file}, after {@link #check}, to {@code target} (replaced when it exists). */
    public void copy(Path file, Path target) throws IOException {
        try (InputStream in = open(file)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path realRoot() throws IOException {
        try {
            return root.toRealPath();
        } catch (NoSuchFileException e) {
            return root;
        }
    }

    private Refused outside(Path file) {
        return new Refused("\"" + file + "\" is outside \"" + root + "\"", true);
    }
}
