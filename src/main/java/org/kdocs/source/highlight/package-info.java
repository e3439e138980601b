/**
 * Syntax highlighting that reproduces Pygments' token streams for the languages kernel documents use most
 * (C, shell sessions, Python, reStructuredText, ...). {@link org.kdocs.source.highlight.Highlighter} is the
 * facade: the code directive and role use it for docutils' classified inline tokens, the site for HTML.
 */
package org.kdocs.source.highlight;
