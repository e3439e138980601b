package org.kdocs.site.ext.sphinx;

import java.util.List;
import java.util.Map;

import org.kdocs.site.SphinxNodes;
import org.kdocs.rst.InlineResult;
import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveContext;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Sphinx directives that wrap body content: only, ifconfig, seealso, versionadded,
 * versionchanged and deprecated, and those kept for other builders that
 * HTML ignores (tabularcolumns, cssclass).
 */
public final class ContentDirectives {
    private ContentDirectives() {
    }

    /**
     * A block whose content is kept or dropped after reading by the expression in its argument:
     * {@code only} over tags (sphinx.directives.other.Only; its content may hold sections) and
     * {@code ifconfig} over config values (sphinx.ext.ifconfig).
     */
    public static final class Conditional extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
                .withOptions(Map.of()).withContent();

        private final NodeType type;
        private final boolean sectionsAllowed;

        private Conditional(NodeType type, boolean sectionsAllowed) {
            super(SYNTAX);
            this.type = type;
            this.sectionsAllowed = sectionsAllowed;
        }

        public static Conditional only() {
            return new Conditional(SphinxNodes.ONLY, true);
        }

        public static Conditional ifconfig() {
            return new Conditional(SphinxNodes.IFCONFIG, false);
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            Element node = new Element(type);
            node.set("expr", call.arguments().get(0).strip());
            node.setLine(call.lineno());
            if (!sectionsAllowed) {
                call.context().nestedParse(call.content(), call.contentOffset(), node, false);
                return List.of(node);
            }
            return onlyWithSections(call, node);
        }

        /**
         * Sphinx's Only.run: the content is read with title styles of its own; when its first
         * section title has a style of the surrounding document, the block moves up to the section
         * level that style stands for, so its sections keep the document's structure.
         */
        private static List<Node> onlyWithSections(DirectiveCall call, Element node) {
            DirectiveContext context = call.context();
            List<String> surrounding = context.titleStyles();
            int surroundingLevel = context.sectionLevel();
            context.setSectionMemo(List.of(), 0);
            try {
                context.nestedParse(call.content(), call.contentOffset(), node, true);
                List<String> nested = context.titleStyles();
                Element parent = context.currentNode();
                if (surrounding.isEmpty() || nested.isEmpty() || !surrounding.contains(nested.get(0))
                        || parent == null) {
                    return List.of(node);
                }
                int currentDepth = -2;
                for (Element p = parent; p != null; p = p.parent()) {
                    currentDepth++;
                }
                int raise = currentDepth - surrounding.indexOf(nested.get(0)) + 1;
                for (int i = 0; i < raise; i++) {
                    if (parent.parent() != null) {
                        parent = parent.parent();
                    }
                }
                parent.add(node);
                return List.of();
            } finally {
                context.setSectionMemo(surrounding, surroundingLevel);
            }
        }
    }

    /** seealso: an admonition titled "See also" (sphinx.directives.other.SeeAlso). */
    public static final class SeeAlso extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
                .withContent();

        public SeeAlso() {
            super(SYNTAX);
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            Element node = new Element(SphinxNodes.SEEALSO);
            node.setLine(call.lineno());
            if (!call.arguments().isEmpty()) {
                Element paragraph = new Element(NodeType.PARAGRAPH);
                InlineResult inline = call.context().inlineText(call.arguments().get(0), call.lineno());
                paragraph.addAll(inline.nodes());
                node.add(paragraph);
                node.addAll(inline.messages());
            }
            if (!call.content().isEmpty()) {
                call.context().nestedParse(call.content(), call.contentOffset(), node, false);
            } else if (call.arguments().isEmpty()) {
                call.assertHasContent();
            }
            return List.of(node);
        }
    }

    /** versionadded, versionchanged, deprecated (sphinx.domains.changeset.VersionChange). */
    public static final class VersionChange extends DeclaredDirective {
        private static final Map<String, String> LABELS = Map.of(
                "versionadded", "New in version %s",
                "versionchanged", "Changed in version %s",
                "deprecated", "Deprecated since version %s");
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 1).withFinalArgumentWhitespace()
                .withOptions(Map.of()).withContent();

        public VersionChange() {
            super(SYNTAX);
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            String kind = LABELS.containsKey(call.name().toLowerCase(java.util.Locale.ROOT))
                    ? call.name().toLowerCase(java.util.Locale.ROOT) : "versionchanged";
            String version = call.arguments().get(0);
            Element node = new Element(SphinxNodes.VERSIONMODIFIED);
            node.set("type", kind);
            node.set("version", version);
            node.setLine(call.lineno());
            Element paragraph = new Element(NodeType.PARAGRAPH);
            Element label = Element.text(NodeType.INLINE, "", String.format(LABELS.get(kind), version)
                    + (call.arguments().size() > 1 || !call.content().isEmpty() ? ": " : "."));
            label.classes().addAll(List.of("versionmodified", kind.equals("versionadded") ? "added"
                    : kind.equals("deprecated") ? "deprecated" : "changed"));
            paragraph.add(label);
            List<Element> messages = List.of();
            if (call.arguments().size() > 1) {
                InlineResult inline = call.context().inlineText(call.arguments().get(1), call.lineno());
                paragraph.addAll(inline.nodes());
                messages = inline.messages();
            }
            node.add(paragraph);
            node.addAll(messages);
            if (!call.content().isEmpty()) {
                call.context().nestedParse(call.content(), call.contentOffset(), node, false);
            }
            return List.of(node);
        }
    }

    /** A directive that other builders use and HTML does not: accepted and dropped. */
    public static final class Ignored extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
                .withContent();

        public Ignored() {
            super(SYNTAX);
        }

        @Override
        public List<Node> run(DirectiveCall call) {
            return List.of();
        }
    }
}
