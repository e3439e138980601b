package org.kdocs.kerneldoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * kdocs' kernel-doc: what {@code scripts/kernel-doc -rst} prints for the given options and C
 * files, produced in process from files parsed once ({@link SourceFiles}). The output is the
 * script's byte for byte; its messages are the script's standard error, message by message.
 */
public final class KernelDoc {
    private final SourceFiles sources;

    public KernelDoc(SourceFiles sources) {
        this.sources = sources;
    }

    /**
     * What one run prints.
     *
     * @param output     standard output as bytes held in an ISO-8859-1 string
     * @param messages   the messages of standard error, each as printed (usually ending in a newline)
     * @param exitStatus the script's exit status
     */
    public record Result(String output, List<String> messages, int exitStatus) {
        /** The output as text (the C sources are UTF-8). */
        public String text() {
            return new String(output.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }

        /** Standard error as bytes. */
        public byte[] errorBytes() {
            return String.join("", messages).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Runs as the script would with these options on these files (paths as given, relative to the working directory). */
    public Result run(KernelDocOptions options, List<String> files) {
        StringBuilder out = new StringBuilder();
        List<String> messages = new ArrayList<>();
        int errors = 0;
        Set<String> table = new LinkedHashSet<>();
        if (options.selection() == KernelDocOptions.Selection.INCLUDE) {
            table.addAll(options.identifiers());
        }
        if (options.selection() == KernelDocOptions.Selection.EXPORTED
                || options.selection() == KernelDocOptions.Selection.INTERNAL) {
            List<String> exportFiles = new ArrayList<>(options.exportFiles());
            exportFiles.addAll(files);
            for (String file : exportFiles) {
                try {
                    for (String symbol : sources.exports(Path.of(file))) {
                        if (!options.noSymbols().contains(symbol)) {
                            table.add(symbol);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    messages.add("Error: Cannot open file " + file + "\n");
                    errors++;
                }
            }
        }
        Renderer renderer = new Renderer(options, table, out);
        int firstLine = 1;
        for (String file : files) {
            List<Item> items;
            try {
                items = sources.items(Path.of(file), firstLine);
                firstLine = 2;
            } catch (IOException | RuntimeException e) {
                messages.add("Error: Cannot open file " + file + "\n");
                errors++;
                continue;
            }
            renderer.file(file, items);
            messages.addAll(renderer.takeMessages());
        }
        errors += renderer.errors;
        int status = options.werror() && renderer.warnings > 0 ? renderer.warnings
                : options.outputNone() ? 0 : errors;
        return new Result(out.toString(), List.copyOf(messages), status & 0xFF);
    }
}
