package org.kdocs.writers.html;

import org.kdocs.tree.Element;

/**
 * Writes one element type that the standard translator does not know, such
 * as a node defined by an extension. Given to {@link HtmlWriter.Builder#renderer}.
 */
@FunctionalInterface
public interface ElementRenderer {
    void render(Element element, HtmlTranslator out);
}
