package org.kdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.source.Confinement;
import org.kdocs.transforms.TransformSettings;
import org.kdocs.transforms.Transformer;
import org.kdocs.tree.Document;
import org.kdocs.tree.Reporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs pseudoxml}: prints a document tree as docutils'
 * rst2pseudoxml.py does, or (with --parse-only) right after parsing, as
 * docutils' parser tests compare it. With {@code -o DIR} many files are
 * converted in one run.
 */
@Command(name = "pseudoxml",
        mixinStandardHelpOptions = true,
        description = {"Print the document tree of reStructuredText files in docutils' pseudo-XML.",
                "Messages go to standard error as docutils prints them (file:line: (LEVEL/n) text)."})
final class PseudoXmlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--parse-only", description = "Print the tree right after parsing, before any transform.")
    boolean parseOnly;

    @Option(names = "--source-name", paramLabel = "NAME",
            description = "The document's source attribute (default: the file name as given).")
    String sourceName;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = {"Write DIR/<path>.pseudoxml for each FILE instead of printing; a file that stops",
                "at the halt level gets DIR/<path>.halt with the message instead."})
    Path outputDir;

    @Option(names = "--no-raw", description = "Disable the raw directive and role.")
    boolean noRaw;

    @Option(names = "--include-root", paramLabel = "DIR",
            description = {"Directory that include and the :file: options may not leave (default: the",
                "current directory when every FILE lies under it, else the inputs' common ancestor)."})
    Path includeRoot;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files converted in parallel with -o (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (includeRoot == null) {
            includeRoot = defaultIncludeRoot(files, Path.of("").toAbsolutePath());
        }
        if (outputDir == null || files.size() == 1 || jobs <= 1) {
            int exit = 0;
            for (String file : files) {
                StringBuilder err = new StringBuilder();
                exit = Math.max(exit, convert(file, err));
                System.err.print(err);
            }
            return exit;
        }
        return convertInParallel();
    }

    // Each file's messages are collected and printed in the order of the files,
    // so the output does not depend on which worker finished first.
    private int convertInParallel() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(jobs,
                runnable -> new Thread(null, runnable, "pseudoxml", 512L << 20));
        try {
            List<java.util.concurrent.Future<Integer>> exits = new ArrayList<>();
            List<StringBuilder> errs = new ArrayList<>();
            for (String file : files) {
                StringBuilder err = new StringBuilder();
                errs.add(err);
                exits.add(pool.submit(() -> convert(file, err)));
            }
            int exit = 0;
            for (int i = 0; i < files.size(); i++) {
                try {
                    exit = Math.max(exit, exits.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    errs.get(i).append("kdocs: internal error while converting ").append(files.get(i)).append(": ")
                            .append(e.getCause()).append('\n');
                    exit = Math.max(exit, 70);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 130;
                }
                System.err.print(errs.get(i));
            }
            return exit;
        } finally {
            pool.shutdownNow();
        }
    }

    private int convert(String file, StringBuilder err) {
        String text;
        try {
            // an input is read through the include root's gate too: a link in the tree must not print /etc/passwd
            text = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
                            Confinement.within(includeRoot).read(Path.of(file)))).toString();
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            err.append("kdocs: cannot read ").append(file).append(": ").append(e.getMessage()).append('\n');
            return 2;
        }
        String name = sourceName != null ? sourceName : (file.equals("-") ? "<stdin>" : file);
        RstSettings settings = RstSettings.defaults().withRawEnabled(!noRaw).withIncludeRoot(includeRoot);
        StringBuilder warnings = new StringBuilder();
        RstParser parser = RstParser.builder().settings(settings).warningStream(warnings::append).build();
        try {
            Document document = parser.parse(text, name);
            if (!parseOnly) {
                Transformer.standard(TransformSettings.defaults()).apply(document);
            }
            err.append(warnings);
            return write(file, document.pformat(), ".pseudoxml", err);
        } catch (Reporter.Halt halt) {
            // as rst2pseudoxml.py: the messages, then no output at all
            err.append(warnings);
            err.append("Exiting due to level-").append(halt.level().level()).append(" (")
                    .append(halt.level().docutilsName()).append(") system message.\n");
            if (outputDir != null) {
                write(file, "HALT: " + Reporter.format(halt.message()) + "\n", ".halt", err);
            }
            return 1;
        } catch (RuntimeException | StackOverflowError bug) {
            err.append(warnings);
            err.append("kdocs: internal error while converting ").append(file).append(": ").append(bug).append('\n');
            if (outputDir != null) {
                write(file, "CRASH: " + bug + "\n", ".crash", err);
            }
            return 70;
        }
    }

    /**
     * The directory that includes may not leave when none is given: {@code cwd} when every input lies
     * under it (run inside a tree, its own {@code ../} includes stay inside), otherwise the deepest
     * directory that holds every input. Standard input counts as lying in {@code cwd}.
     */
    static Path defaultIncludeRoot(List<String> files, Path cwd) {
        Path common = null;
        boolean allUnderCwd = true;
        for (String file : files) {
            Path dir;
            try {
                dir = file.equals("-") ? cwd : cwd.resolve(file).normalize().getParent();
            } catch (java.nio.file.InvalidPathException e) {
                continue; // reported when the file is read
            }
            if (dir == null) {
                dir = cwd.getRoot();
            }
            allUnderCwd &= dir.startsWith(cwd);
            common = common == null ? dir : commonAncestor(common, dir);
        }
        return allUnderCwd || common == null ? cwd : common;
    }

    private static Path commonAncestor(Path a, Path b) {
        Path ancestor = a;
        while (!b.startsWith(ancestor)) {
            ancestor = ancestor.getParent();
        }
        return ancestor;
    }

    private int write(String file, String output, String suffix, StringBuilder err) {
        if (outputDir == null) {
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            out.print(output);
            out.flush();
            return 0;
        }
        Path target = outputDir.resolve(file.replaceFirst("^/+", "") + suffix).normalize();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".kdocs", ".tmp");
            Files.writeString(temp, output, StandardCharsets.UTF_8);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException e) {
            err.append("kdocs: cannot write ").append(target).append(": ").append(e.getMessage()).append('\n');
            return 2;
        }
    }
}
