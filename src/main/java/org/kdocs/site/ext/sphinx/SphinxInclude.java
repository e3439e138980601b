package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kdocs.site.SphinxNodes;
import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.ForwardingDirective;
import org.kdocs.tree.Document;
import org.kdocs.tree.Node;

/**
 * Sphinx's include (sphinx.directives.other.Include): docutils' include that also records, on
 * the document, the file it includes (env.note_included). Sphinx does not report a document
 * that another one includes as outside every toctree. The kernel's kernel-include is docutils'
 * include and records nothing ({@link #plain}).
 */
public final class SphinxInclude extends ForwardingDirective {
    /** Document attribute: the files (absolute paths) that include directives of the document included. */
    private static final String INCLUDED = SphinxNodes.INCLUDED;

    SphinxInclude(Directive base) {
        super(base);
    }

    /** The docutils include under a Sphinx include, or the directive itself. */
    public static Directive plain(Directive directive) {
        return directive instanceof SphinxInclude sphinx ? sphinx.base() : directive;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        Document document = call.context().document();
        Set<String> before = document.dependencies();
        List<Node> nodes = base().run(call);
        // the file docutils' include read is the dependency it noted
        Set<String> read = new LinkedHashSet<>(document.dependencies());
        read.removeAll(before);
        if (!read.isEmpty()) {
            synchronized (document) {
                List<String> included = new ArrayList<>(document.list(INCLUDED));
                included.addAll(read);
                document.set(INCLUDED, included);
            }
        }
        return nodes;
    }
}
