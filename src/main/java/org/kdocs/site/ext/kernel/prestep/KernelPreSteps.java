package org.kdocs.site.ext.kernel.prestep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.kdocs.tree.Severity;

/**
 * What {@code make htmldocs} generates before Sphinx reads the kernel's Documentation/, done
 * in Java into a build directory (the Makefile's BUILDDIR), never into the source tree:
 * <ul>
 * <li>the media uapi headers as {@code BUILDDIR/*.h.rst} (the rules of
 * Documentation/userspace-api/media/Makefile, run by {@link ParseHeaders}), which the media
 * book pulls in with {@code kernel-include:: $BUILDDIR/...};</li>
 * <li>the netlink family pages from Documentation/netlink/specs/*.yaml and their index (the
 * YNL rules of Documentation/Makefile, run by {@link NetlinkSpecRst}), as
 * {@code BUILDDIR/netlink_spec/*.rst}; the site reads them as the documents
 * {@code networking/netlink_spec/*}, where the kernel's build writes them.</li>
 * </ul>
 * A file is rewritten only when its content changed, so that caches keyed on it stay valid.
 */
public final class KernelPreSteps {
    /** Where the netlink pages go below the build directory. */
    public static final String NETLINK_DIR = "netlink_spec";
    private static final String NETLINK_DOCS = "networking/netlink_spec";

    private KernelPreSteps() {
    }

    /** A generated document: its docname relative to Documentation/ and its file. */
    public record Page(String docname, Path file) {
    }

    /** A problem of a pre-step, at a file and one-based line (0 when unknown). */
    public record Message(Path file, int line, Severity level, String text) {
    }

    /**
     * What the pre-steps made.
     *
     * @param pages    the generated documents (the netlink pages and their index)
     * @param files    every generated file, pages and media headers
     * @param messages problems; a step that failed made no file
     * @param made     the files made in this run; the others were up to date ({@link PreStepStamps})
     */
    public record Result(List<Page> pages, List<Path> files, List<Message> messages, List<Path> made) {
    }

    /** Runs the pre-steps of the Documentation/ directory {@code documentation} into {@code buildDir}. */
    public static Result run(Path documentation, Path buildDir) {
        Path docs = documentation.toAbsolutePath().normalize();
        Path build = buildDir.toAbsolutePath().normalize();
        List<Page> pages = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        PreStepStamps stamps = PreStepStamps.load(build);
        for (MediaRules.Rule rule : MediaRules.read(docs, messages)) {
            mediaHeader(rule, build, files, messages, stamps);
        }
        if (NetlinkRules.present(docs)) {
            netlinkPages(docs, build.resolve(NETLINK_DIR), pages, files, messages, stamps);
        }
        stamps.save();
        return new Result(List.copyOf(pages), List.copyOf(files), List.copyOf(messages), stamps.made());
    }

    private static void mediaHeader(MediaRules.Rule rule, Path build, List<Path> files, List<Message> messages,
                                    PreStepStamps stamps) {
        Path target = build.resolve(rule.target());
        String inputs = PreStepStamps.inputs(java.util.Arrays.asList(rule.header(), rule.exceptions()));
        if (stamps.upToDate(target, inputs)) {
            files.add(target);
            return;
        }
        try {
            String header = latin1(rule.header());
            String exceptions = rule.exceptions() != null && Files.isRegularFile(rule.exceptions())
                    ? latin1(rule.exceptions()) : null;
            String page = ParseHeaders.convert(header, rule.header().getFileName().toString(), exceptions);
            writeIfChanged(target, page.getBytes(StandardCharsets.ISO_8859_1));
            stamps.made(target, inputs);
            files.add(target);
        } catch (ParseHeaders.BadExceptions e) {
            messages.add(new Message(rule.exceptions(), e.line(), Severity.ERROR, e.getMessage()));
        } catch (NoSuchFileException e) {
            messages.add(new Message(Path.of(e.getFile()), 0, Severity.ERROR, "cannot read the header for "
                    + rule.target() + ": no such file"));
        } catch (IOException e) {
            messages.add(new Message(build.resolve(rule.target()), 0, Severity.ERROR, "cannot generate " + rule.target()
                    + ": " + e.getMessage()));
        }
    }

    private static void netlinkPages(Path docs, Path outDir, List<Page> pages, List<Path> files,
                                     List<Message> messages, PreStepStamps stamps) {
        Set<String> names = new TreeSet<>();
        try {
            Files.createDirectories(outDir);
            for (Path spec : NetlinkRules.specs(docs)) {
                String name = spec.getFileName().toString().replaceFirst("\\.yaml$", "");
                Path target = outDir.resolve(name + ".rst");
                String inputs = PreStepStamps.inputs(List.of(spec));
                try {
                    if (!stamps.upToDate(target, inputs)) {
                        String page = NetlinkSpecRst.page(Files.readString(spec, StandardCharsets.UTF_8));
                        writeIfChanged(target, page.getBytes(StandardCharsets.UTF_8));
                        stamps.made(target, inputs);
                    }
                    names.add(name + ".rst");
                    files.add(target);
                    pages.add(new Page(NETLINK_DOCS + "/" + name, target));
                } catch (NetlinkSpecRst.BadSpec e) {
                    messages.add(new Message(spec, e.line(), Severity.ERROR, "Failed to parse: " + e.getMessage()));
                } catch (IOException e) {
                    messages.add(new Message(spec, 0, Severity.ERROR, "cannot read the spec: " + e.getMessage()));
                }
            }
            removeStale(outDir, names);
            // the script's index lists every page in its directory, written ones included
            names.addAll(NetlinkRules.pagesInTree(docs));
            Path index = outDir.resolve("index.rst");
            writeIfChanged(index, NetlinkSpecRst.index(List.copyOf(names)).getBytes(StandardCharsets.UTF_8));
            files.add(index);
            pages.add(new Page(NETLINK_DOCS + "/index", index));
        } catch (IOException e) {
            messages.add(new Message(outDir, 0, Severity.ERROR, "cannot write the netlink pages: " + e.getMessage()));
        }
    }

    // pages of specs that are gone; nothing else lives in this directory of ours
    private static void removeStale(Path outDir, Set<String> current) throws IOException {
        try (Stream<Path> entries = Files.list(outDir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".rst") && !name.equals("index.rst") && !current.contains(name)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String latin1(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
