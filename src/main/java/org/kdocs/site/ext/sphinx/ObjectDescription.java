package org.kdocs.site.ext.sphinx;

import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.site.SphinxNodes;
import org.kdocs.tree.Element;

/**
 * What the object directives of the domains share (sphinx.directives.ObjectDescription): one
 * argument of signatures that may hold spaces and newlines, the noindex-style flags, content, and
 * a desc node that holds the signatures and then the content.
 */
public abstract class ObjectDescription extends DeclaredDirective {
    protected ObjectDescription(Map<String, OptionConverter> options) {
        super(DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace().withOptions(options).withContent());
    }

    /** The desc node of an object of {@code objtype} in {@code domain}, classed with both. */
    protected static Element desc(String domain, String objtype) {
        Element desc = new Element(SphinxNodes.DESC);
        desc.set("domain", domain);
        desc.set("objtype", objtype);
        desc.classes().addAll(List.of(domain, objtype));
        return desc;
    }

    /** The directive's content read into a desc_content node (empty when there is none). */
    protected static Element content(DirectiveCall call) {
        Element content = new Element(SphinxNodes.DESC_CONTENT);
        if (!call.content().isEmpty()) {
            call.context().nestedParse(call.content(), call.contentOffset(), content, false);
        }
        return content;
    }
}
