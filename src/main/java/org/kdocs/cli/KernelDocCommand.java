package org.kdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.kdocs.kerneldoc.KernelDoc;
import org.kdocs.kerneldoc.KernelDocOptions;
import org.kdocs.kerneldoc.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs kernel-doc}: the kernel's {@code scripts/kernel-doc -rst} in process, with the
 * script's own command line (single-dash options, read in order). With {@code --runs LIST -o DIR}
 * it performs many runs in one process, as a build does (each file parsed once): each line of
 * LIST holds one run's arguments separated by tabs, and run N writes DIR/N.out, DIR/N.err and
 * DIR/N.status.
 */
@Command(name = "kernel-doc",
        description = {"Print the reStructuredText that scripts/kernel-doc -rst prints for C files.",
                "Options as the script's: -export, -internal, -function NAME, -nosymbol NAME,",
                "-export-file FILE, -no-doc-sections, -enable-lineno, -sphinx-version V, -none,",
                "-Wreturn, -Wshort-desc, -Wall, -Werror, -v. Warnings go to standard error as the",
                "script prints them (FILE:LINE: warning: ...); the exit status is the script's."})
final class KernelDocCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARG", arity = "0..*", description = "The script's options, then the C files.")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!arguments.isEmpty() && arguments.get(0).equals("--runs")) {
            return runs();
        }
        if (arguments.isEmpty() || List.of("-h", "-help", "--help").contains(arguments.get(0))) {
            System.out.println("Usage: kdocs kernel-doc [-rst|-none] [-export|-internal|-function NAME...] "
                    + "[-nosymbol NAME...] [-no-doc-sections] [-export-file FILE...] [-enable-lineno] "
                    + "[-sphinx-version V] [-Wall|-Wreturn|-Wshort-desc] [-Werror] [-v] FILE...");
            return arguments.isEmpty() ? 1 : 0;
        }
        KernelDocOptions.CommandLine line = KernelDocOptions.parse(arguments);
        if (line.error() != null) {
            System.err.println("kdocs kernel-doc: " + line.error());
            return 1;
        }
        KernelDoc.Result result = new KernelDoc(SourceFiles.shared()).run(line.options(), line.files());
        PrintStream out = System.out;
        out.write(result.output().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        System.err.write(result.errorBytes());
        System.err.flush();
        return result.exitStatus();
    }

    private int runs() throws IOException {
        if (arguments.size() != 4 || !arguments.get(2).equals("-o")) {
            System.err.println("kdocs kernel-doc: usage: --runs LIST -o DIR");
            return 2;
        }
        List<String> runs = Files.readAllLines(Path.of(arguments.get(1)), StandardCharsets.UTF_8);
        Path dir = Path.of(arguments.get(3));
        Files.createDirectories(dir);
        KernelDoc kernelDoc = new KernelDoc(SourceFiles.shared());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int n = 0; n < runs.size(); n++) {
            KernelDocOptions.CommandLine line = KernelDocOptions.parse(Arrays.asList(runs.get(n).split("\t")));
            if (line.error() != null) {
                Files.writeString(dir.resolve(n + ".err"), line.error() + "\n");
                Files.writeString(dir.resolve(n + ".status"), "1\n");
                continue;
            }
            KernelDoc.Result result = kernelDoc.run(line.options(), line.files());
            Files.write(dir.resolve(n + ".out"), result.output().getBytes(StandardCharsets.ISO_8859_1));
            Files.write(dir.resolve(n + ".err"), result.errorBytes());
            Files.writeString(dir.resolve(n + ".status"), result.exitStatus() + "\n");
        }
        System.err.printf("kdocs kernel-doc: %d runs in %.2f s (%.2f s CPU on this thread)%n", runs.size(),
                (System.nanoTime() - wall0) / 1e9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        return 0;
    }
}
