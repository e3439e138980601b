/**
 * Directive invocation and the standard directives of docutils 0.19
 * ({@link org.kdocs.rst.directives.StandardDirectives}): admonitions, body
 * elements, code, images, tables, document parts, references and the
 * misc directives (include, raw, meta, class, substitution helpers). One
 * class per directive family; each declares its arguments, options
 * ({@link org.kdocs.rst.directives.Options} converters) and content, and
 * builds tree nodes through the {@link org.kdocs.rst.directives.DirectiveContext}.
 */
package org.kdocs.rst.directives;
