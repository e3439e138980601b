/**
 * Tree-to-tree transforms applied after parsing, ordered by priority as docutils does: reference resolution, footnotes and citations, substitutions, title promotion, docinfo, contents, section numbering and the rest.
 */
package org.kdocs.transforms;
