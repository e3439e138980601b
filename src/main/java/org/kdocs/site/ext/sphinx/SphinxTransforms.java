package org.kdocs.site.ext.sphinx;

import java.util.List;
import java.util.Set;

import org.kdocs.site.SphinxNodes;
import org.kdocs.site.SphinxConfig;
import org.kdocs.transforms.SmartQuotes;
import org.kdocs.transforms.StandardTransforms;
import org.kdocs.transforms.TransformKind;
import org.kdocs.transforms.TransformSettings;
import org.kdocs.transforms.Transformer;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;

/**
 * The transforms Sphinx runs while reading a document (sphinx.io.SphinxStandaloneReader with
 * Sphinx's own transforms), on top of docutils' reader and parser transforms. As Sphinx's
 * UnfilteredWriter, it leaves out the writer's Messages, FilterMessages and
 * StripClassesAndElements: no "Docutils System Messages" section is appended.
 */
public final class SphinxTransforms {
    private static final String S = "sphinx.transforms.";

    /** Element types whose text smart quotes leave alone (Sphinx's not_smartquotable nodes). */
    private static final Set<String> NOT_SMARTQUOTABLE = Set.of("desc_signature", "desc_inline", "desc_name",
            "desc_addname", "desc_sig_space", "desc_sig_name", "desc_sig_operator", "desc_sig_punctuation",
            "desc_sig_keyword", "desc_sig_keyword_type", "desc_sig_literal_number", "desc_sig_literal_string",
            "desc_sig_literal_char", "literal_emphasis", "literal_strong", "manpage");

    /** sphinx.transforms.SortIds: a section's automatic "idN" id goes after its named ones. */
    public static final TransformKind SORT_IDS = new TransformKind(S + "SortIds", 261, (context, pending) -> {
        for (Element section : context.document().findAll(NodeType.SECTION)) {
            List<String> ids = section.ids();
            // Sphinx tests only the prefix "id", so any id starting with it moves
            if (ids.size() > 1 && ids.get(0).startsWith("id")) {
                ids.add(ids.remove(0));
            }
        }
    });

    /**
     * sphinx.transforms.AutoNumbering: a captioned figure, titled table or captioned code-block
     * without an id gets one, so that it can be numbered and have a permalink. That includes the
     * figure inside kfigure's kernel_figure and a captioned kernel-render: the wrapper is not
     * enumerable, the figure it holds is.
     */
    public static final TransformKind AUTO_NUMBERING = new TransformKind(S + "AutoNumbering", 210,
            (context, pending) -> {
                SphinxNodes.nameFigures(context.document());
                for (Element e : context.document().findAll(SphinxTransforms::enumerableWithTitle)) {
                    if (e.ids().isEmpty()) {
                        context.document().setId(e);
                    }
                }
            });

    private static boolean enumerableWithTitle(Element e) {
        NodeType titleType;
        if (e.is(NodeType.FIGURE)) {
            titleType = NodeType.CAPTION;
        } else if (e.is(NodeType.TABLE)) {
            titleType = NodeType.TITLE;
        } else if (e.is(NodeType.CONTAINER) && e.classes().contains("literal-block-wrapper")) {
            titleType = NodeType.CAPTION;
        } else {
            return false;
        }
        for (org.kdocs.tree.Node child : e.children()) {
            if (child instanceof Element c && c.is(titleType)) {
                return true;
            }
        }
        return false;
    }

    /**
     * sphinx.domains.citation's CitationReferenceTransform and CitationDefinitionTransform: every
     * citation reference becomes a cross-reference the site resolves across documents, before
     * docutils would resolve it within one; a citation's label keeps its straight quotes.
     */
    public static final TransformKind CITATIONS = new TransformKind(S + "CitationReferenceTransform", 619,
            (context, pending) -> {
                org.kdocs.tree.Document document = context.document();
                for (Element citation : document.findAll(NodeType.CITATION)) {
                    if (citation.size() > 0 && citation.child(0) instanceof Element label) {
                        label.set("support_smartquotes", false);
                    }
                }
                for (Element reference : document.findAll(NodeType.CITATION_REFERENCE)) {
                    String target = reference.astext();
                    Element xref = new Element(SphinxNodes.PENDING_XREF);
                    xref.set("refdomain", "citation");
                    xref.set("reftype", "ref");
                    xref.set("reftarget", target);
                    xref.set("refexplicit", false);
                    xref.set("support_smartquotes", false);
                    xref.ids().addAll(reference.ids());
                    xref.classes().addAll(reference.classes());
                    xref.setSource(reference.source());
                    if (reference.line() > 0) {
                        xref.setLine(reference.line());
                    }
                    xref.add(Element.text(NodeType.INLINE, target, "[" + target + "]"));
                    for (String id : reference.ids()) {
                        document.registerId(id, xref);
                    }
                    if (reference.parent() != null) {
                        reference.parent().replace(reference, xref);
                    }
                }
            });

    private SphinxTransforms() {
    }

    /** The reading transforms of a document in {@code language} under {@code config}. */
    public static Transformer reading(TransformSettings settings, SphinxConfig config, String language) {
        Transformer transformer = Transformer.standard(settings)
                .without(StandardTransforms.MESSAGES, StandardTransforms.FILTER_MESSAGES,
                        StandardTransforms.STRIP_CLASSES_AND_ELEMENTS, StandardTransforms.SMART_QUOTES)
                .with(AUTO_NUMBERING, true)
                .with(CITATIONS, true)
                .with(SORT_IDS, true)
                .with(SystemMessageFilter.kind(config), true);
        if (config.smartquotesFor(language)) {
            transformer = transformer.with(new TransformKind(S + "SphinxSmartQuotes", 750,
                    SmartQuotes.sphinx(config.smartquotesAction(), language.replace('_', '-'),
                            e -> NOT_SMARTQUOTABLE.contains(e.tagname())
                                    || Boolean.FALSE.equals(e.get("support_smartquotes")))), true);
        }
        return transformer;
    }
}
