package org.kdocs.site.ext.sphinx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveContext;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.site.SphinxNodes;
import org.kdocs.source.Confinement;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Sphinx's code directives (sphinx.directives.code): code-block and
 * sourcecode, highlight, and literalinclude. They build literal blocks that
 * carry a {@code language}; highlighting happens when the page is written.
 */
public final class CodeDirectives {
    private CodeDirectives() {
    }

    /** code-block's options, which literalinclude takes too. */
    private static final Map<String, OptionConverter> CODE_OPTIONS = Map.of("force", Options.FLAG,
            "linenos", Options.FLAG, "number-lines", Options.UNCHANGED, "dedent", Options.UNCHANGED,
            "lineno-start", Options.INT, "emphasize-lines", Options.UNCHANGED_REQUIRED,
            "caption", Options.UNCHANGED_REQUIRED, "class", Options.CLASS_OPTION, "name", Options.UNCHANGED);

    /** A literal block with language and options, wrapped in a captioned container when asked. */
    static Element codeBlock(String code, String language, Map<String, Object> options, DirectiveCall call) {
        if (options.containsKey("dedent")) {
            code = dedent(code, (String) options.get("dedent"));
        }
        Element block = Element.text(NodeType.LITERAL_BLOCK, code, code);
        if (language != null && !language.isBlank()) {
            block.set("language", language.strip());
        }
        if (options.containsKey("linenos") || options.containsKey("number-lines")) {
            block.set("linenos", true);
        }
        if (options.get("lineno-start") instanceof Integer start) {
            block.set("linenos", true);
            block.set("linenostart", start);
        } else if (options.get("number-lines") instanceof String start && start.strip().matches("\\d+")) {
            block.set("linenostart", Integer.parseInt(start.strip()));
        }
        if (options.get("emphasize-lines") instanceof String spec) {
            block.list("hl_lines").addAll(lineNumbers(spec));
        }
        if (options.get("class") instanceof List<?> classes) {
            for (Object cls : classes) {
                block.classes().add(String.valueOf(cls));
            }
        }
        block.setLine(call.lineno());
        Element named = block;
        if (options.get("caption") instanceof String caption && !caption.isBlank()) {
            Element captionNode = new Element(NodeType.CAPTION);
            captionNode.addAll(call.context().inlineText(caption, call.lineno()).nodes());
            Element wrapper = Element.of(NodeType.CONTAINER, captionNode, block);
            wrapper.classes().add("literal-block-wrapper");
            named = wrapper;
        }
        if (options.get("name") instanceof String name && !name.isBlank()) {
            named.names().add(Names.fullyNormalize(name));
            call.context().document().noteExplicitTarget(named, named);
        }
        return named;
    }

    // Sphinx's dedent_lines: N leading characters off every line, or with no N the common indentation
    static String dedent(String code, String amount) {
        List<String> lines = List.of(code.split("\n", -1));
        int n;
        if (amount == null || amount.isBlank()) {
            n = lines.stream().filter(line -> !line.isBlank())
                    .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        } else {
            try {
                n = Integer.parseInt(amount.strip());
            } catch (NumberFormatException e) {
                return code;
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int cut = Math.min(n, line.length());
            // only whitespace is removed; a line indented less keeps its text
            while (cut > 0 && !line.substring(0, cut).isBlank()) {
                cut--;
            }
            out.add(line.substring(cut));
        }
        return String.join("\n", out);
    }

    // Sphinx's parselinenos: "1,3-5,8-" as one-based line numbers (an open range stops at 1000)
    static List<String> lineNumbers(String spec) {
        List<String> numbers = new ArrayList<>();
        for (String part : spec.split(",")) {
            String item = part.strip();
            try {
                if (item.contains("-")) {
                    String[] bounds = item.split("-", -1);
                    int from = bounds[0].isBlank() ? 1 : Integer.parseInt(bounds[0].strip());
                    int to = bounds[1].isBlank() ? Math.max(from, 1000) : Integer.parseInt(bounds[1].strip());
                    for (int n = from; n <= to; n++) {
                        numbers.add(String.valueOf(n));
                    }
                } else if (!item.isEmpty()) {
                    numbers.add(String.valueOf(Integer.parseInt(item)));
                }
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return numbers;
    }

    /**
     * code-block / sourcecode (sphinx.directives.code.CodeBlock) and code as Sphinx replaces
     * docutils' directive (sphinx.directives.patches.Code): an optional language, then the code.
     * They differ only in their options and in whether content is required.
     */
    public static final class CodeBlock extends DeclaredDirective {
        private static final DirectiveSyntax CODE_BLOCK = DirectiveSyntax.arguments(0, 1)
                .withOptions(CODE_OPTIONS).withContent();
        /** code keeps docutils' options only (no caption, no emphasize-lines). */
        private static final DirectiveSyntax CODE = DirectiveSyntax.arguments(0, 1)
                .withOptions(Map.of("class", Options.CLASS_OPTION, "force", Options.FLAG, "name",
                        Options.UNCHANGED, "number-lines", Options.UNCHANGED))
                .withContent();

        private final boolean contentRequired;

        private CodeBlock(DirectiveSyntax syntax, boolean contentRequired) {
            super(syntax);
            this.contentRequired = contentRequired;
        }

        /** code-block and sourcecode: unlike docutils' code, an empty block is an empty listing. */
        public static CodeBlock codeBlock() {
            // without a message, as Sphinx gives it (bpf/map_devmap.rst)
            return new CodeBlock(CODE_BLOCK, false);
        }

        /** code: highlighted like code-block, in the highlight language when none is given. */
        public static CodeBlock code() {
            return new CodeBlock(CODE, true);
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            if (contentRequired) {
                call.assertHasContent();
            }
            String code = String.join("\n", call.content().lines());
            String language = call.arguments().isEmpty() ? null : call.arguments().get(0);
            return List.of(CodeDirectives.codeBlock(code, language, call.options(), call));
        }
    }

    /** highlight: sets the default language of the literal blocks that follow. */
    public static final class Highlight extends DeclaredDirective {
        private static final Map<String, OptionConverter> OPTIONS = Map.of("linenothreshold", Options.INT,
                "force", Options.FLAG);
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0).withOptions(OPTIONS);

        public Highlight() {
            super(SYNTAX);
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            Element node = new Element(SphinxNodes.HIGHLIGHTLANG);
            node.set("lang", call.arguments().get(0).strip());
            if (call.options().get("linenothreshold") instanceof Integer threshold) {
                node.set("linenothreshold", threshold);
            }
            return List.of(node);
        }
    }

    /** literalinclude: a file next to the document, or a part of it, as a literal block; confined to the include root as include is. */
    public static final class LiteralInclude extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
                .withOptions(options());

        public LiteralInclude() {
            super(SYNTAX);
        }

        private static Map<String, OptionConverter> options() {
            Map<String, OptionConverter> spec = new HashMap<>(CODE_OPTIONS);
            for (String name : List.of("language", "encoding", "lines", "start-after", "end-before", "start-at",
                    "end-at", "prepend", "append")) {
                spec.put(name, Options.UNCHANGED_REQUIRED);
            }
            spec.put("lineno-match", Options.FLAG);
            return spec;
        }

        private static DirectiveError budgetSpent(DirectiveCall call, Path file) {
            return DirectiveError.error("\"" + call.name() + "\" directive: more than "
                    + DirectiveContext.MAX_INCLUDED_CHARS + " characters of included text in this document; '"
                    + file + "' is not included.");
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            // Sphinx's LiteralInclude gives this warning when file_insertion_enabled is off
            if (!call.context().settings().fileInsertionEnabled()) {
                throw DirectiveError.warning("File insertion disabled");
            }
            String argument = call.arguments().get(0).strip();
            String source = call.context().document().getString("source");
            Path base = source == null ? Path.of(".") : Path.of(source).toAbsolutePath().getParent();
            Path file = base.resolve(argument).normalize();
            Path root = call.context().settings().includeRoot();
            Confinement gate = Confinement.within(root == null ? base : root);
            if (!call.context().admitIncludedText(0)) {
                throw budgetSpent(call, file);
            }
            List<String> lines;
            if (gate.encloses(file)) {
                call.context().document().noteDependency(file.toString()); // a missing file may appear later
            }
            try {
                byte[] bytes = gate.read(file);
                lines = new ArrayList<>(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes))
                        .toString().lines().toList());
            } catch (Confinement.Refused e) {
                throw DirectiveError.warning("Include file '" + file + "' refused: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw DirectiveError.warning("Include file '" + file + "' not found or reading it failed");
            }
            Map<String, Object> options = call.options();
            LineFilter.Selection selection = LineFilter.apply(lines, options);
            String code = String.join("\n", selection.lines());
            if (!call.context().admitIncludedText(code.length())) {
                throw budgetSpent(call, file);
            }
            Element block = codeBlock(code, (String) options.get("language"), options, call);
            Element literal = block.is(NodeType.LITERAL_BLOCK) ? block : (Element) block.child(1);
            if (options.containsKey("lineno-match")) {
                // the numbers the lines have in the file
                literal.set("linenos", true);
                literal.set("linenostart", selection.firstLine());
            }
            literal.set("source", file.toString());
            if (literal.isEmpty() && !code.isEmpty()) {
                literal.add(new Text(code));
            }
            return List.of(block);
        }
    }
}
