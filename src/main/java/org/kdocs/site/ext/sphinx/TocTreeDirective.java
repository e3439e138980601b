package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.site.SphinxNodes;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;

/**
 * The toctree directive (sphinx.directives.other.TocTree). It records the
 * entry lines and options; the site resolves them against the documents
 * once all are read (globs, titles, nesting, numbering).
 */
public final class TocTreeDirective extends DeclaredDirective {
    private static final Map<String, OptionConverter> OPTIONS = Map.of("maxdepth", Options.INT,
            "name", Options.UNCHANGED, "caption", Options.UNCHANGED_REQUIRED, "glob", Options.FLAG,
            "hidden", Options.FLAG, "includehidden", Options.FLAG,
            "numbered", value -> value == null || value.isBlank() ? 999 : Options.INT.convert(value),
            "titlesonly", Options.FLAG, "reversed", Options.FLAG, "class", Options.CLASS_OPTION);
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 0).withOptions(OPTIONS).withContent();

    public TocTreeDirective() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) {
        List<String> entries = new ArrayList<>();
        for (String line : call.content().lines()) {
            if (!line.isBlank()) {
                entries.add(line.strip());
            }
        }
        Map<String, Object> options = call.options();
        int maxdepth = options.get("maxdepth") instanceof Integer depth ? depth : -1;
        Element toctree = SphinxNodes.toctree(entries, maxdepth, (String) options.get("caption"),
                options.containsKey("numbered"), options.containsKey("glob"), options.containsKey("hidden"),
                options.containsKey("titlesonly"));
        toctree.setLine(call.lineno());
        if (options.containsKey("reversed")) {
            // reversed after globs are expanded, when the site resolves the entries
            toctree.set("reversed", true);
        }
        if (options.containsKey("includehidden")) {
            toctree.set("includehidden", true);
        }
        if (options.get("numbered") instanceof Integer depth) {
            toctree.set("numbereddepth", depth);
        }
        Element wrapper = SphinxNodes.toctreeWrapper(toctree);
        if (options.get("class") instanceof List<?> classes) {
            for (Object cls : classes) {
                wrapper.classes().add(String.valueOf(cls));
            }
        }
        if (options.get("name") instanceof String name && !name.isBlank()) {
            wrapper.names().add(org.kdocs.tree.Names.fullyNormalize(name));
            call.context().document().noteExplicitTarget(wrapper, wrapper);
        }
        return List.of(wrapper);
    }
}
