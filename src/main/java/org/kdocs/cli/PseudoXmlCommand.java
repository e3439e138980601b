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
            description = "Directory that include may not leave (default: each file's directory).")
    Path includeRoot;

    @Override
    public Integer call() {
        int exit = 0;
        for (String file : files) {
            exit = Math.max(exit, convert(file));
        }
        return exit;
    }

    private int convert(String file) {
        String text;
        try {
            text = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("kdocs: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        String name = sourceName != null ? sourceName : (file.equals("-") ? "<stdin>" : file);
        RstSettings settings = RstSettings.defaults().withRawEnabled(!noRaw);
        if (includeRoot != null) {
            settings = settings.withIncludeRoot(includeRoot);
        } else if (!file.equals("-")) {
            Path parent = Path.of(file).toAbsolutePath().getParent();
            settings = settings.withIncludeRoot(parent);
        }
        StringBuilder warnings = new StringBuilder();
        RstParser parser = RstParser.builder().settings(settings).warningStream(warnings::append).build();
        try {
            Document document = parser.parse(text, name);
            if (!parseOnly) {
                Transformer.standard(TransformSettings.defaults()).apply(document);
            }
            System.err.print(warnings);
            return write(file, document.pformat(), ".pseudoxml");
        } catch (Reporter.Halt halt) {
            // as rst2pseudoxml.py: the messages, then no output at all
            System.err.print(warnings);
            System.err.println("Exiting due to level-" + halt.level() + " (" + Reporter.levelName(halt.level())
                    + ") system message.");
            if (outputDir != null) {
                write(file, "HALT: " + Reporter.format(halt.message()) + "\n", ".halt");
            }
            return 1;
        } catch (RuntimeException | StackOverflowError bug) {
            System.err.print(warnings);
            System.err.println("kdocs: internal error while converting " + file + ": " + bug);
            if (outputDir != null) {
                write(file, "CRASH: " + bug + "\n", ".crash");
            }
            return 70;
        }
    }

    private int write(String file, String output, String suffix) {
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
            System.err.println("kdocs: cannot write " + target + ": " + e.getMessage());
            return 2;
        }
    }
}
