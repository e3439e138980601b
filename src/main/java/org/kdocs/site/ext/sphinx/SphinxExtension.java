package org.kdocs.site.ext.sphinx;

import org.kdocs.site.SiteExtension;
import org.kdocs.site.ext.sphinx.cdomain.CDomain;
import org.kdocs.site.ext.sphinx.cdomain.CXrefDomain;
import org.kdocs.transforms.TransformSettings;

/**
 * The Sphinx layer as a site extension: Sphinx's directives and roles, the C domain
 * configured by the tree's conf.py, the transforms Sphinx runs while reading, and how
 * Sphinx's node types look in a page ({@link SphinxRenderers}).
 */
public final class SphinxExtension implements SiteExtension {
    // Sphinx's docutils settings: no title promotion, so every page keeps its top section
    private static final TransformSettings READING = TransformSettings.builder().doctitleXform(false)
            .sectsubtitleXform(false).build();

    @Override
    public void extend(Parts parts) {
        parts.parser((tree, buildDir, parser) -> {
            SphinxDirectives.register(parser.directives());
            CDomain.register(parser.directives(), tree.config());
            SphinxRoles.all().forEach(parser::role);
            CDomain.roles(tree.config()).forEach(parser::role);
        })
                .transform((tree, document) -> SphinxTransforms.reading(READING, tree.config(), tree.language())
                        .apply(document))
                .domain(CXrefDomain::new);
        SphinxRenderers.register(parts);
    }
}
