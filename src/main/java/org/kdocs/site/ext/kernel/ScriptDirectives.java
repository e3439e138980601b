package org.kdocs.site.ext.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The directives that run the kernel's Perl scripts and parse their reST output in place
 * (kerneldoc.py, kernel_feat.py, kernel_abi.py). When perl or the script is missing, each
 * gives a warning instead, as the kernel's build does when kernel-doc cannot run.
 */
final class ScriptDirectives {
    private static final long TIMEOUT_SECONDS = 60;

    private ScriptDirectives() {
    }

    /** What a script directive needs to know of the tree, and whether it may run scripts at all. */
    record Tree(Path srctree, Path documentation, boolean runPrograms) {
        Path script(String name) {
            return srctree.resolve("scripts").resolve(name);
        }
    }

    /** kernel-doc FILE with doc/export/internal/identifiers/no-identifiers/functions. */
    static final class KernelDoc extends Base {
        KernelDoc(Tree tree) {
            super(tree);
        }

        @Override
        public int optionalArguments() {
            return 4;
        }

        @Override
        public Map<String, OptionConverter> optionSpec() {
            Map<String, OptionConverter> spec = new LinkedHashMap<>();
            spec.put("doc", Options.UNCHANGED_REQUIRED);
            spec.put("export", Options.UNCHANGED);
            spec.put("internal", Options.UNCHANGED);
            spec.put("identifiers", Options.UNCHANGED);
            spec.put("no-identifiers", Options.UNCHANGED);
            spec.put("functions", Options.UNCHANGED);
            return spec;
        }

        @Override
        List<String> command(DirectiveCall call) throws DirectiveError {
            if (call.arguments().isEmpty()) {
                throw DirectiveError.error("kernel-doc: a source file argument is required.");
            }
            List<String> cmd = new ArrayList<>(List.of("perl", tree.script("kernel-doc").toString(), "-rst",
                    "-enable-lineno", "-sphinx-version", "5.3.0"));
            Map<String, Object> o = call.options();
            Object identifiers = o.containsKey("functions") ? o.get("functions") : o.get("identifiers");
            if (o.containsKey("export") || o.containsKey("internal")) {
                cmd.add(o.containsKey("export") ? "-export" : "-internal");
                String globs = (String) (o.containsKey("export") ? o.get("export") : o.get("internal"));
                for (String glob : words(globs)) {
                    cmd.add("-export-file");
                    cmd.add(tree.srctree().resolve(glob).toString());
                }
            } else if (o.containsKey("doc")) {
                cmd.add("-function");
                cmd.add((String) o.get("doc"));
            } else if (o.containsKey("identifiers") || o.containsKey("functions")) {
                List<String> names = words((String) identifiers);
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
            cmd.add(tree.srctree().resolve(call.arguments().get(0)).toString());
            return cmd;
        }

        @Override
        String missing() {
            return "kernel-doc missing";
        }
    }

    /** kernel-feat DIR [ARCH]: scripts/get_feat.pl rest. */
    static final class KernelFeat extends Base {
        KernelFeat(Tree tree) {
            super(tree);
        }

        @Override
        public int requiredArguments() {
            return 1;
        }

        @Override
        public int optionalArguments() {
            return 2;
        }

        @Override
        public boolean finalArgumentWhitespace() {
            return true;
        }

        @Override
        public Map<String, OptionConverter> optionSpec() {
            return Map.of("debug", Options.FLAG);
        }

        @Override
        List<String> command(DirectiveCall call) {
            List<String> cmd = new ArrayList<>(List.of("perl", tree.script("get_feat.pl").toString(), "rest",
                    "--enable-fname", "--dir", tree.documentation().resolve(call.arguments().get(0)).toString()));
            if (call.arguments().size() > 1) {
                cmd.add("--arch");
                cmd.add(call.arguments().get(1));
            }
            return cmd;
        }

        @Override
        String missing() {
            return "kernel-feat: scripts/get_feat.pl missing";
        }
    }

    /** kernel-abi DIR: scripts/get_abi.pl rest. */
    static final class KernelAbi extends Base {
        KernelAbi(Tree tree) {
            super(tree);
        }

        @Override
        public int requiredArguments() {
            return 1;
        }

        @Override
        public int optionalArguments() {
            return 2;
        }

        @Override
        public boolean finalArgumentWhitespace() {
            return true;
        }

        @Override
        public Map<String, OptionConverter> optionSpec() {
            return Map.of("debug", Options.FLAG, "rst", Options.FLAG);
        }

        @Override
        List<String> command(DirectiveCall call) {
            List<String> cmd = new ArrayList<>(List.of("perl", tree.script("get_abi.pl").toString(), "rest",
                    "--enable-lineno", "--dir", tree.documentation().resolve(call.arguments().get(0)).toString()));
            if (call.options().containsKey("rst")) {
                cmd.add("--rst-source");
            }
            return cmd;
        }

        @Override
        String missing() {
            return "kernel-abi: scripts/get_abi.pl missing";
        }
    }

    abstract static class Base implements Directive {
        final Tree tree;

        Base(Tree tree) {
            this.tree = tree;
        }

        abstract List<String> command(DirectiveCall call) throws DirectiveError;

        abstract String missing();

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            if (!tree.runPrograms()) {
                throw DirectiveError.warning("\"" + call.name() + "\" directive disabled: an untrusted build runs "
                        + "no external programs.");
            }
            List<String> cmd = command(call);
            // the script and the files and directories it is given are what a rebuild must look at
            for (String arg : cmd.subList(1, cmd.size())) {
                if (arg.startsWith(tree.srctree().toString())) {
                    call.context().document().noteDependency(arg);
                }
            }
            if (!Files.isRegularFile(Path.of(cmd.get(1))) || !perlAvailable()) {
                throw DirectiveError.warning(missing());
            }
            String output = runScript(cmd);
            if (output == null) {
                throw DirectiveError.warning(missing());
            }
            List<String> lines = new ArrayList<>();
            for (String line : SourceLines.string2lines(output, 8)) {
                // the kernel's extensions take ".. LINENO" (message locations) and ".. FILE" (dependencies)
                // markers out before parsing; left in, each would end its paragraph with a warning
                if (line.startsWith(".. FILE ")) {
                    call.context().document().noteDependency(tree.srctree().resolve(line.substring(8).strip()).toString());
                } else if (!line.startsWith(".. LINENO ")) {
                    lines.add(line);
                }
            }
            Element holder = new Element(NodeType.CONTAINER);
            String source = call.context().sourceAndLine(call.lineno()).source();
            call.context().nestedParse(SourceLines.of(lines, source, call.lineno() - 1), call.lineno() - 1, holder,
                    true);
            return new ArrayList<>(holder.children());
        }

        private String runScript(List<String> cmd) {
            try {
                Process process = new ProcessBuilder(cmd).directory(tree.srctree().toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                process.getOutputStream().close();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return null;
                }
                return process.exitValue() == 0 || out.length > 0 ? new String(out, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static volatile Boolean perl;

    static boolean perlAvailable() {
        if (perl == null) {
            perl = Programs.locate("perl") != null;
        }
        return perl;
    }

    static List<String> words(String value) {
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
}
