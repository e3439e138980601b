package org.kdocs.specrun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The literate-test directives: {@code spec} (an example and what it should
 * do), {@code spec-output} (the output it should print) and
 * {@code spec-table} (a table whose rows are checks). Each builds a node that
 * keeps the code or text as a literal block, so the example is also shown
 * when the page is rendered; {@link SpecExtractor} reads the nodes back.
 */
public final class SpecDirectives {
    public static final NodeType SPEC = NodeType.define("spec_example", Category.GENERAL);
    public static final NodeType SPEC_OUTPUT = NodeType.define("spec_output", Category.GENERAL);
    public static final NodeType SPEC_TABLE = NodeType.define("spec_table", Category.GENERAL);
    public static final List<String> MODELS = List.of("kcsan", "page-table-check", "alloc-tag", "userfaultfd");

    private SpecDirectives() {
    }

    /** Adds the three directives to a registry. */
    public static DirectiveRegistry register(DirectiveRegistry registry) {
        return registry.register("spec", Spec::new).register("spec-output", SpecOutput::new)
                .register("spec-table", SpecTable::new);
    }

    private static Element literal(String text, String... classes) {
        Element block = Element.text(NodeType.LITERAL_BLOCK, text, text);
        block.classes().addAll(List.of(classes));
        return block;
    }

    private static void locate(Element node, DirectiveCall call) {
        var where = call.context().sourceAndLine(call.lineno());
        node.setSource(where.source());
        node.setLine(where.line() == null ? 0 : where.line());
    }

    /** {@code .. spec:: MODEL [title]} with C code as content. */
    static final class Spec extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 1).withFinalArgumentWhitespace()
                .withOptions(options()).withContent();

        Spec() {
            super(SYNTAX);
        }

        private static Map<String, OptionConverter> options() {
            Map<String, OptionConverter> spec = new LinkedHashMap<>();
            for (String name : List.of("name", "config", "threads", "schedule", "expect", "rate", "timeout")) {
                spec.put(name, Options.UNCHANGED_REQUIRED);
            }
            spec.put("runs", Options.POSITIVE_INT);
            spec.put("steps", Options.POSITIVE_INT);
            spec.put("seed", Options.NONNEGATIVE_INT);
            return spec;
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            String model = call.arguments().get(0);
            if (!MODELS.contains(model)) {
                throw DirectiveError.error("Unknown spec model \"" + model + "\"; expected one of " + MODELS + ".");
            }
            call.assertHasContent();
            Map<String, Object> options = call.options();
            if (!options.containsKey("name")) {
                throw DirectiveError.error("The \"spec\" directive needs a :name: option.");
            }
            Object expect = options.getOrDefault("expect", "output");
            if (Expectation.Verdict.of(expect.toString()) == null) {
                throw DirectiveError.error("Invalid :expect: \"" + expect
                        + "\"; expected race, no-race, bug, warn, ok or output.");
            }
            if (options.containsKey("rate")) {
                try {
                    Expectation.Rate.parse(options.get("rate").toString());
                } catch (IllegalArgumentException e) {
                    throw DirectiveError.error("Invalid :rate: option: " + e.getMessage() + ".");
                }
            }
            if (options.containsKey("timeout")) {
                try {
                    SpecExtractor.timeoutMillis(options.get("timeout").toString());
                } catch (NumberFormatException e) {
                    throw DirectiveError.error("Invalid :timeout: \"" + options.get("timeout")
                            + "\"; write e.g. 500ms or 2s.");
                }
            }
            Element node = new Element(SPEC, call.blockText());
            locate(node, call);
            node.set("model", model);
            if (call.arguments().size() > 1) {
                node.set("title", call.arguments().get(1));
            }
            options.forEach((key, value) -> node.set(key, String.valueOf(value)));
            node.set("code-line", call.context().sourceAndLine(call.contentOffset() + 1).line());
            node.add(literal(call.content().text(), "code", "c"));
            return List.of(node);
        }
    }

    /** {@code .. spec-output:: NAME} with the expected output as content. */
    static final class SpecOutput extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0)
                .withOptions(Map.of("source", Options.UNCHANGED_REQUIRED, "exact", Options.FLAG)).withContent();

        SpecOutput() {
            super(SYNTAX);
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            call.assertHasContent();
            Element node = new Element(SPEC_OUTPUT, call.blockText());
            locate(node, call);
            node.set("name", call.arguments().get(0));
            node.set("source-file", String.valueOf(call.options().getOrDefault("source", "console")));
            node.set("exact", call.options().containsKey("exact"));
            node.add(literal(call.content().text(), "spec-output"));
            return List.of(node);
        }
    }

    /** {@code .. spec-table:: MODEL NAME} around a table whose last column is the expected result. */
    static final class SpecTable extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(2, 0).withOptions(Map.of())
                .withContent();

        SpecTable() {
            super(SYNTAX);
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            call.assertHasContent();
            String model = call.arguments().get(0);
            if (!MODELS.contains(model)) {
                throw DirectiveError.error("Unknown spec model \"" + model + "\"; expected one of " + MODELS + ".");
            }
            Element node = new Element(SPEC_TABLE, call.blockText());
            locate(node, call);
            node.set("model", model);
            node.set("name", call.arguments().get(1));
            call.context().nestedParse(call.content(), call.contentOffset(), node, false);
            if (node.findAll(NodeType.TABLE).isEmpty()) {
                throw DirectiveError.error("The \"spec-table\" directive must contain a table.");
            }
            return List.of(node);
        }
    }
}
