/**
 * Directive invocation and the standard directives of docutils (admonitions, images, tables, parts, references, misc). One class per directive family; each declares its arguments, options and content, and builds tree nodes.
 */
package org.kdocs.rst.directives;
