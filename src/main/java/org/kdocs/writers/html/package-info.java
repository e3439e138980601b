/**
 * HTML writer: turns a transformed document tree into an HTML5 body fragment, the page title and an in-page table of contents, for the site builder.
 * Mirrors what docutils' html5_polyglot writer produces for each element type; extensions add renderers for their own node types.
 */
package org.kdocs.writers.html;
