package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * Promotes a lone section's title to its parent's title or subtitle:
 * DocTitle for the document (docutils.transforms.frontmatter.DocTitle) and
 * SectionSubTitle for sections (docutils.transforms.frontmatter.SectionSubTitle).
 */
final class TitlePromoter {
    private TitlePromoter() {
    }

    static final Transform DOC_TITLE = (context, startNode) -> {
        Document document = context.document();
        if (context.settings().doctitleXform() && promoteTitle(document)) {
            promoteSubtitle(document);
        }
        if (!document.has("title")) {
            if (context.settings().title() != null) {
                document.set("title", context.settings().title());
            } else if (document.size() > 0 && document.child(0) instanceof Element first
                    && first.is(NodeType.TITLE)) {
                document.set("title", first.astext());
            }
        }
    };

    static final Transform SECTION_SUBTITLE = TitlePromoter::sectionSubtitles;

    private static void sectionSubtitles(TransformContext context, Pending startNode) {
        if (!context.settings().sectsubtitleXform()) {
            return;
        }
        for (Element section : context.document().findAll(NodeType.SECTION)) {
            promoteSubtitle(section);
        }
    }

    static boolean isPreBibliographic(Node node) {
        return node instanceof Element e && (e.is(Category.PRE_BIBLIOGRAPHIC) || e.is(Category.DECORATIVE));
    }

    /** The only non-prebibliographic child when it is a section, with its index; null otherwise. */
    private static Element candidate(Element node) {
        int index = node.firstChildNotMatching(TitlePromoter::isPreBibliographic);
        if (index < 0 || node.size() > index + 1 || !(node.child(index) instanceof Element section)
                || !section.is(NodeType.SECTION)) {
            return null;
        }
        return section;
    }

    private static boolean promoteTitle(Element node) {
        if (node.size() > 0 && node.child(0) instanceof Element first && first.is(NodeType.TITLE)) {
            return false;
        }
        Element section = candidate(node);
        if (section == null) {
            return false;
        }
        int index = node.indexOf(section);
        updateAllAttributes(node, section);
        List<Node> before = new ArrayList<>(node.children().subList(0, index));
        List<Node> sectionChildren = new ArrayList<>(section.children());
        node.clearChildren();
        List<Node> merged = new ArrayList<>();
        if (!sectionChildren.isEmpty()) {
            merged.add(sectionChildren.get(0));
        }
        merged.addAll(before);
        merged.addAll(sectionChildren.subList(Math.min(1, sectionChildren.size()), sectionChildren.size()));
        node.addAll(merged);
        return true;
    }

    private static boolean promoteSubtitle(Element node) {
        Element subsection = candidate(node);
        if (subsection == null) {
            return false;
        }
        int index = node.indexOf(subsection);
        // the parent's title comes first; without one there is nothing to put a subtitle under
        if (index < 1 || !(node.child(0) instanceof Element first && first.is(NodeType.TITLE))) {
            return false;
        }
        Element subtitle = new Element(NodeType.SUBTITLE);
        updateAllAttributes(subtitle, subsection);
        List<Node> subsectionChildren = new ArrayList<>(subsection.children());
        if (subsectionChildren.isEmpty() || !(subsectionChildren.get(0) instanceof Element title)) {
            return false;
        }
        subtitle.addAll(new ArrayList<>(title.children()));
        List<Node> merged = new ArrayList<>();
        merged.add(node.child(0));
        merged.add(subtitle);
        merged.addAll(node.children().subList(1, index));
        merged.addAll(subsectionChildren.subList(1, subsectionChildren.size()));
        node.clearChildren();
        node.addAll(merged);
        return true;
    }

    /** docutils update_all_atts_concatenating(replace=True, and_source=True). */
    static void updateAllAttributes(Element target, Element from) {
        target.updateBasicAttributes(from);
        for (Map.Entry<String, Object> entry : from.attributes().entrySet()) {
            String name = entry.getKey();
            if (Element.LIST_ATTRIBUTES.contains(name)) {
                continue;
            }
            Object value = entry.getValue();
            if (value instanceof List<?> list) {
                List<String> mine = target.list(name);
                for (Object item : list) {
                    mine.add(String.valueOf(item));
                }
            } else {
                target.set(name, value);
            }
        }
    }
}
