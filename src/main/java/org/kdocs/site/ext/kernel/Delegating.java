package org.kdocs.site.ext.kernel;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveContext;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.ForwardingDirective;
import org.kdocs.tree.Node;

/**
 * A kernel directive that is a docutils directive with a checked or rewritten first argument:
 * kernel-include (include with $VAR expansion, refusing /etc) and kernel-image / kernel-figure
 * (image / figure refusing glob and remote URIs), as kernel_include.py and kfigure.py define them.
 */
final class Delegating extends ForwardingDirective {
    /** Rewrites the first argument, or throws a DirectiveError to refuse it. */
    interface ArgumentRule {
        String apply(String argument) throws DirectiveError;

        /** The environment variables the rewriting of {@code argument} reads (none by default). */
        default List<String> variables(String argument) {
            return List.of();
        }
    }

    private final ArgumentRule rule;
    private final Consumer<List<Node>> after;
    private final BiFunction<String, DirectiveContext, DirectiveContext> context;

    Delegating(Supplier<Directive> base, ArgumentRule rule) {
        this(base, rule, nodes -> { });
    }

    /** {@code after} sees (and may mark) the nodes the base directive made. */
    Delegating(Supplier<Directive> base, ArgumentRule rule, Consumer<List<Node>> after) {
        this(base, rule, after, (argument, context) -> context);
    }

    /** {@code context} gives the base directive its context, from the rewritten argument and the caller's. */
    Delegating(Supplier<Directive> base, ArgumentRule rule, Consumer<List<Node>> after,
               BiFunction<String, DirectiveContext, DirectiveContext> context) {
        super(base.get());
        this.rule = rule;
        this.after = after;
        this.context = context;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        List<String> arguments = new java.util.ArrayList<>(call.arguments());
        if (!arguments.isEmpty()) {
            // a build cache reads the document again when one of them changes
            for (String variable : rule.variables(arguments.get(0))) {
                call.context().document().noteDependency(org.kdocs.tree.Document.environmentDependency(variable));
            }
            arguments.set(0, rule.apply(arguments.get(0)));
        }
        DirectiveContext baseContext = arguments.isEmpty() ? call.context()
                : context.apply(arguments.get(0), call.context());
        List<Node> nodes = base().run(new DirectiveCall(call.name(), arguments, call.options(), call.content(),
                call.lineno(), call.contentOffset(), call.blockText(), baseContext));
        after.accept(nodes);
        return nodes;
    }

    /** kernel-include's path: $VAR and ${VAR} expanded from the environment, never under /etc. */
    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\$(\\w+|\\{([^}]*)\\})");

    /** kernel-include's rule: {@link #includePath} with the variables it reads. */
    static ArgumentRule includeRule(Map<String, String> environment) {
        return new ArgumentRule() {
            @Override
            public String apply(String argument) throws DirectiveError {
                return includePath(argument, environment);
            }

            @Override
            public List<String> variables(String argument) {
                List<String> names = new java.util.ArrayList<>();
                java.util.regex.Matcher m = VARIABLE.matcher(argument);
                while (m.find()) {
                    names.add(m.group(2) != null ? m.group(2) : m.group(1));
                }
                return names;
            }
        };
    }

    static String includePath(String argument, Map<String, String> environment) throws DirectiveError {
        java.util.regex.Matcher m = VARIABLE.matcher(argument);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(1);
            String value = environment.get(name);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        String path = out.toString();
        String normalized = java.nio.file.Path.of(path).toAbsolutePath().normalize().toString();
        if (normalized.equals("/etc") || normalized.startsWith("/etc/")) {
            throw DirectiveError.severe("Problems with \"kernel-include\" directive, prohibited path: " + path);
        }
        return path;
    }

    /** kfigure's check: no glob and no remote URIs. */
    static String localImage(String argument) throws DirectiveError {
        if (argument.endsWith(".*")) {
            throw DirectiveError.severe("Error in \"kernel-image\" directive: glob pattern not supported: " + argument);
        }
        if (argument.contains("://")) {
            throw DirectiveError.severe("Error in \"kernel-image\" directive: remote images not supported: "
                    + argument);
        }
        return argument;
    }
}
