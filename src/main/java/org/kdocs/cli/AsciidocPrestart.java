package org.kdocs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a command line is a build that will surely read AsciiDoc, told from the arguments alone,
 * before picocli parses them: such a build begins Asciidoctor's JRuby start-up (a second or more
 * of one core) at once, overlapping the command-line parsing and the build's set-up. The same
 * question {@link SiteOptions} asks once the options are parsed: every source is read (fresh, or
 * no build cache in the output), the sources are trusted, and one of them reads as AsciiDoc. A
 * wrong guess costs time only: a start nobody takes is a daemon thread, and a build that needs
 * Asciidoctor unguessed starts it itself.
 */
final class AsciidocPrestart {
    // the build options that take a value (picocli also accepts -oDIR and --output=DIR)
    private static final Set<String> WITH_VALUE = Set.of("-o", "--output", "-j", "--jobs", "-t", "--tag", "-D");

    private AsciidocPrestart() {
    }

    /** Whether {@code args} run {@code build} on trusted sources that surely read AsciiDoc, all of them. */
    static boolean wanted(String... args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return false;
        }
        try {
            return buildReadsAsciidoc(args);
        } catch (java.nio.file.InvalidPathException e) {
            return false; // picocli reports it
        }
    }

    private static boolean buildReadsAsciidoc(String... args) {
        Path output = SiteOptions.DEFAULT_OUTPUT;
        boolean fresh = false;
        List<Path> sources = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                if (i + 1 < args.length && (arg.equals("-o") || arg.equals("--output"))) {
                    output = Path.of(args[i + 1]);
                }
                i++;
            } else if (arg.startsWith("--output=")) {
                output = Path.of(arg.substring("--output=".length()));
            } else if (arg.startsWith("-o")) {
                output = Path.of(arg.substring(arg.startsWith("-o=") ? 3 : 2));
            } else if (arg.equals("--fresh") || arg.matches("-[qWE]*E[qWE]*")) {
                fresh = true;
            } else if (arg.equals("--untrusted") || arg.equals("-h") || arg.equals("--help")
                    || arg.equals("-V") || arg.equals("--version")) {
                return false;
            } else if (!arg.startsWith("-")) {
                sources.add(Path.of(arg));
            }
        }
        if (sources.isEmpty()) {
            sources = BuildCommand.defaultSources();
        }
        return SiteOptions.readsEverything(output, fresh) && org.kdocs.asciidoc.AsciidocReader.readsAsciidoc(sources);
    }
}
