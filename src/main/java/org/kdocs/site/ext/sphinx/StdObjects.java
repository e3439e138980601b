package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.Options;
import org.kdocs.site.SphinxNodes;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.Text;

/**
 * The std domain's program, option and envvar directives (sphinx.domains.std
 * Program, Cmdoption, EnvVar). An option is recorded under the current
 * program, so {@code :option:} can find it; its anchor is
 * {@code cmdoption-PROGRAM-NAME} and an envvar's {@code envvar-NAME}, as in
 * Sphinx's pages.
 */
public final class StdObjects {
    private static final String PROGRAM = SphinxNodes.PROGRAM;
    // Sphinx's option_desc_re: the option name, then its argument
    private static final Pattern OPTION = Pattern.compile("((?:/|--|-|\\+)?[^\\s=\\[]+)(=?\\s*.*)");

    private StdObjects() {
    }

    /** Registers program, option and envvar. */
    static DirectiveRegistry register(DirectiveRegistry registry) {
        registry.register("program", Program::new);
        registry.register("option", () -> new Described("option"));
        registry.register("envvar", () -> new Described("envvar"));
        return registry;
    }

    /** The program in force at this point of the parse ("" when none), words joined by dashes. */
    public static String program(Document document) {
        return document.get(PROGRAM) instanceof String program ? program : "";
    }

    /** program: options that follow belong to this program; "None" ends that. */
    static final class Program extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace();

        Program() {
            super(SYNTAX);
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            String name = call.arguments().get(0).strip();
            call.context().document().set(PROGRAM, name.equals("None") ? "" : name.replaceAll("\\s+", "-"));
            return List.of();
        }
    }

    /** option and envvar: signatures, one per line or comma-separated for options, then the description. */
    static final class Described extends ObjectDescription {
        private final String kind;

        Described(String kind) {
            super(Map.of("noindex", Options.FLAG, "noindexentry", Options.FLAG));
            this.kind = kind;
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            Document document = call.context().document();
            Element desc = desc("std", kind);
            desc.setLine(call.lineno());
            Element sig = new Element(SphinxNodes.DESC_SIGNATURE);
            String program = program(document);
            List<String> signatures = new ArrayList<>();
            for (String line : call.arguments().get(0).split("\n")) {
                for (String part : kind.equals("option") ? line.split(",") : new String[] {line}) {
                    if (!part.isBlank()) {
                        signatures.add(part.strip());
                    }
                }
            }
            sig.add(new Text(String.join(", ", signatures)));
            // an envvar's general index entry, "environment variable; NAME" (Sphinx's EnvVar indextemplate)
            List<String> indexTerms = new ArrayList<>();
            boolean indexed = !call.options().containsKey("noindex") && !call.options().containsKey("noindexentry");
            for (String signature : signatures) {
                String name = signature;
                if (kind.equals("option")) {
                    Matcher m = OPTION.matcher(signature);
                    name = m.matches() ? m.group(1) : signature;
                }
                String id = kind.equals("option")
                        ? "cmdoption-" + (program.isEmpty() ? "" : program + "-") + name.replaceAll("^[-/+]+", "")
                        : "envvar-" + name;
                id = id.replaceAll("[^A-Za-z0-9_.-]", "-");
                if (!document.hasId(id)) {
                    sig.ids().add(id);
                    document.registerId(id, sig);
                }
                if (kind.equals("envvar") && indexed) {
                    indexTerms.add("environment variable; " + name);
                }
                sig.list(SphinxNodes.STD_KEY)
                        .add(kind.equals("option") ? SphinxNodes.optionKey(program, name) : "envvar " + name);
            }
            Element content = content(call);
            desc.add(sig);
            desc.add(content);
            if (indexTerms.isEmpty() || sig.ids().isEmpty()) {
                return List.of(desc);
            }
            return List.of(SphinxNodes.index(String.join("\n", indexTerms), sig.ids().get(0)), desc);
        }
    }
}
