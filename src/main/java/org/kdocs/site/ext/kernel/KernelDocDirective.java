package org.kdocs.site.ext.kernel;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kdocs.kerneldoc.KernelDoc;
import org.kdocs.kerneldoc.KernelDocOptions;
import org.kdocs.kerneldoc.SourceFiles;
import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * kernel-doc FILE (Documentation/sphinx/kerneldoc.py): the reST that scripts/kernel-doc prints
 * for the file, made in process by kdocs' own kernel-doc (each C file parsed once per process),
 * with the options the extension turns into the script's command line. kernel-doc's own warnings
 * are passed on as it words them; when it fails, the page gets an error box reading
 * "kernel-doc missing", as with the script.
 */
final class KernelDocDirective extends DeclaredDirective {
    private static final KernelDoc KERNEL_DOC = new KernelDoc(SourceFiles.shared());
    private static final Map<String, OptionConverter> OPTIONS = Map.of("doc", Options.UNCHANGED_REQUIRED,
            "export", Options.UNCHANGED, "internal", Options.UNCHANGED, "identifiers", Options.UNCHANGED,
            "no-identifiers", Options.UNCHANGED, "functions", Options.UNCHANGED);
    // the extension declares "required_argument" (sic), so docutils sees no required one
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 4).withOptions(OPTIONS);

    private final Path srctree;

    KernelDocDirective(Path srctree) {
        super(SYNTAX);
        this.srctree = srctree;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        if (!call.context().settings().fileInsertionEnabled()) {
            throw DirectiveError.warning("docutils: file insertion disabled");
        }
        if (call.arguments().isEmpty()) {
            throw DirectiveError.error("kernel-doc: a source file argument is required.");
        }
        String filename = srctree + "/" + call.arguments().get(0);
        call.context().document().noteDependency(Path.of(filename).toAbsolutePath().normalize().toString());
        List<String> cmd = command(call, filename);
        KernelDocOptions.CommandLine line = KernelDocOptions.parse(cmd);
        KernelDoc.Result result = KERNEL_DOC.run(line.options(), line.files());
        Reporter reporter = call.context().reporter();
        for (String message : result.messages()) {
            reporter.relay(message.endsWith("\n") ? message.substring(0, message.length() - 1) : message);
        }
        if (result.exitStatus() != 0) {
            reporter.message(Severity.WARNING, "kernel-doc '" + srctree.resolve("scripts/kernel-doc") + " "
                    + String.join(" ", cmd) + "' failed with return code " + result.exitStatus(), call.lineno());
            Element error = new Element(NodeType.ERROR);
            error.add(Element.text(NodeType.PARAGRAPH, "kernel-doc missing", "kernel-doc missing"));
            return List.of(error);
        }
        return parse(call, result.text(), filename);
    }

    /** The script's arguments as kerneldoc.py builds them; notes the export files as dependencies. */
    private List<String> command(DirectiveCall call, String filename) {
        List<String> cmd = new ArrayList<>(List.of("-rst", "-enable-lineno", "-sphinx-version", "5.3.0"));
        Map<String, Object> o = call.options();
        String identifiers = (String) (o.containsKey("functions") ? o.get("functions") : o.get("identifiers"));
        List<String> patterns = List.of();
        if (o.containsKey("export") || o.containsKey("internal")) {
            String option = o.containsKey("export") ? "export" : "internal";
            cmd.add("-" + option);
            patterns = words((String) o.get(option));
        } else if (o.containsKey("doc")) {
            cmd.add("-function");
            cmd.add(String.valueOf(o.get("doc")));
        } else if (o.containsKey("identifiers") || o.containsKey("functions")) {
            List<String> names = words(identifiers);
            if (names.isEmpty()) {
                cmd.add("-no-doc-sections");
            }
            for (String name : names) {
                cmd.add("-function");
                cmd.add(name);
            }
        }
        for (String name : words((String) o.get("no-identifiers"))) {
            cmd.add("-nosymbol");
            cmd.add(name);
        }
        for (String pattern : patterns) {
            for (String file : glob(srctree + "/" + pattern)) {
                call.context().document().noteDependency(Path.of(file).toAbsolutePath().normalize().toString());
                cmd.add("-export-file");
                cmd.add(file);
            }
        }
        cmd.add(filename);
        return cmd;
    }

    /**
     * The reST parsed in place, each line attributed as kerneldoc.py attributes it: to
     * "DOCUMENT:LINE: FILE" (the directive's page without its suffix and line, then the C file) at
     * the C file's line that the last ".. LINENO" marker gave.
     */
    private static List<Node> parse(DirectiveCall call, String text, String filename) {
        String page = call.context().sourceAndLine(call.lineno()).source();
        String docname = page != null && page.endsWith(".rst") ? page.substring(0, page.length() - 4) : page;
        String source = docname + ":" + call.lineno() + ": " + filename;
        SourceLines lines = new SourceLines();
        int offset = 0;
        for (String line : SourceLines.string2lines(text, 8)) {
            if (line.startsWith(".. LINENO ") && line.substring(10).matches("[0-9]+")) {
                offset = Integer.parseInt(line.substring(10)) - 1;
            } else {
                lines.add(line, new SourceLines.Origin(source, offset));
                offset++;
            }
        }
        return new ArrayList<>(SourceInput.parse(call, lines, new Element(NodeType.CONTAINER)));
    }

    // Python's str.split(): the words of an option value (none for a missing one)
    private static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String word : value.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /** Python's glob.glob for a pattern with *, ? and [...] in its file names (hidden files only if asked for). */
    static List<String> glob(String pattern) {
        if (!pattern.matches(".*[*?\\[].*")) {
            return Files.exists(Path.of(pattern)) ? List.of(pattern) : List.of();
        }
        int slash = pattern.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : pattern.substring(0, slash);
        String namePart = pattern.substring(slash + 1);
        List<String> dirs = slash < 0 ? List.of("") : dirPart.isEmpty() ? List.of("/") : glob(dirPart);
        Set<String> out = new TreeSet<>();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:"
                + namePart.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}"));
        for (String dir : dirs) {
            Path folder = Path.of(dir.isEmpty() ? "." : dir);
            if (!namePart.matches(".*[*?\\[].*")) {
                Path candidate = folder.resolve(namePart);
                if (Files.exists(candidate)) {
                    out.add(dir.isEmpty() ? namePart : dir.endsWith("/") ? dir + namePart : dir + "/" + namePart);
                }
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if ((name.startsWith(".") && !namePart.startsWith(".")) || !matcher.matches(entry.getFileName())) {
                        continue;
                    }
                    out.add(dir.isEmpty() ? name : dir.endsWith("/") ? dir + name : dir + "/" + name);
                }
            } catch (IOException e) {
                // an unreadable directory matches nothing, as in Python
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }
}
