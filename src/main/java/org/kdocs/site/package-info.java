/**
 * The site builder behind 'kdocs build': project loading, toctree, cross-references, search index, themes, incremental cache. Sphinx-compatible pieces live in site.ext.sphinx and kernel extensions in site.ext.kernel.
 */
package org.kdocs.site;
