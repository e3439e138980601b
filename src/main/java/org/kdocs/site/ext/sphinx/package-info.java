/**
 * The Sphinx layer on the docutils tree, as a site extension ({@link org.kdocs.site.ext.sphinx.SphinxExtension}):
 * the directives (toctree, code-block, literalinclude, only, seealso, versionadded, ...) and roles (doc, ref,
 * kbd, file, ...) that kernel-style docs use, the C domain, the transforms Sphinx runs while reading, and how
 * Sphinx's node types look in a page. Directives and roles only record what they saw, in the node types of
 * {@link org.kdocs.site.SphinxNodes}; the site resolves toctrees and cross-references once every document is
 * read, as Sphinx does.
 */
package org.kdocs.site.ext.sphinx;
