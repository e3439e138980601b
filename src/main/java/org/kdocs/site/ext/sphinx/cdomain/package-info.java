/**
 * Sphinx's C domain (sphinx.domains.c): declarations parsed into an AST, signatures written as
 * Sphinx's desc_sig nodes with the names they mention as cross-references, and the symbol tree the
 * site resolves those and the C roles against.
 */
package org.kdocs.site.ext.sphinx.cdomain;
