package org.kdocs.site.ext.sphinx;

import org.kdocs.site.SphinxConfig;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.site.ext.sphinx.cdomain.CDomain;

/** Registers the Sphinx directives that kernel-style docs use (Sphinx's app.add_directive calls). */
public final class SphinxDirectives {
    private SphinxDirectives() {
    }

    /** Adds the Sphinx directives to a registry and returns it. */
    public static DirectiveRegistry register(DirectiveRegistry registry) {
        DirectiveRegistry docutils = registry.copy();
        registry.register("include", () -> new SphinxInclude(docutils.create("include")));
        registry.register("toctree", TocTreeDirective::new);
        // Sphinx replaces docutils' code directive by its own (sphinx.directives.patches.Code)
        registry.register("code", CodeDirectives.CodeBlock::code);
        registry.register("code-block", CodeDirectives.CodeBlock::codeBlock);
        registry.register("sourcecode", CodeDirectives.CodeBlock::codeBlock);
        registry.register("highlight", CodeDirectives.Highlight::new);
        registry.register("literalinclude", CodeDirectives.LiteralInclude::new);
        registry.register("only", ContentDirectives.Conditional::only);
        registry.register("ifconfig", ContentDirectives.Conditional::ifconfig);
        registry.register("seealso", ContentDirectives.SeeAlso::new);
        registry.register("versionadded", ContentDirectives.VersionChange::new);
        registry.register("versionchanged", ContentDirectives.VersionChange::new);
        registry.register("deprecated", ContentDirectives.VersionChange::new);
        registry.register("tabularcolumns", ContentDirectives.Ignored::new);
        registry.register("cssclass", ContentDirectives.Ignored::new);
        registry.register("glossary", Glossary::new);
        // Sphinx's math: one block, with :nowrap: and :label:
        registry.register("math", MathDirective::new);
        registry.register("index", IndexDirective::new);
        CDomain.register(registry, SphinxConfig.defaults());
        StdObjects.register(registry);
        return registry;
    }
}
