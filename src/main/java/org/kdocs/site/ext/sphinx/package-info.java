/**
 * The Sphinx layer on the docutils tree: Sphinx's node types, the directives (toctree, code-block, literalinclude, only, seealso, versionadded, ...) and roles (doc, ref, kbd, file, ...) that kernel-style docs use.
 * Directives and roles only record what they saw; the site resolves toctrees and cross-references once every document is read, as Sphinx does.
 */
package org.kdocs.site.ext.sphinx;
