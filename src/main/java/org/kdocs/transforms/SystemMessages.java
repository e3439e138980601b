package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Places and filters system messages: messages the transforms produced that
 * are not in the tree go to a final "Docutils System Messages" section
 * (docutils.transforms.universal.Messages); then messages below the report
 * level are removed, problematic elements pointing at removed messages become
 * plain text, and an empty messages section is dropped
 * (docutils.transforms.universal.FilterMessages).
 */
final class SystemMessages {
    private SystemMessages() {
    }

    static final Transform PLACE = SystemMessages::place;
    static final Transform FILTER = SystemMessages::filter;

    private static void place(TransformContext context, Pending startNode) {
        Document document = context.document();
        List<Element> loose = new ArrayList<>();
        for (Element message : document.transformMessages()) {
            if (message.parent() == null) {
                loose.add(message);
            }
        }
        if (loose.isEmpty()) {
            return;
        }
        Element section = new Element(NodeType.SECTION);
        section.classes().add("system-messages");
        section.add(Element.text(NodeType.TITLE, "", "Docutils System Messages"));
        section.addAll(loose);
        document.clearTransformMessages();
        document.add(section);
    }

    private static void filter(TransformContext context, Pending startNode) {
        Document document = context.document();
        Severity reportLevel = context.reporter().reportLevel();
        for (Element message : document.findAll(NodeType.SYSTEM_MESSAGE)) {
            Severity level = Reporter.severityOf(message);
            if (level != null && !level.reaches(reportLevel)) {
                message.detach();
                if (!message.ids().isEmpty()) {
                    document.unregisterId(message.ids().get(0));
                }
            }
        }
        for (Element problematic : document.findAll(NodeType.PROBLEMATIC)) {
            if (!document.hasId(problematic.getString("refid")) && problematic.parent() != null) {
                problematic.parent().replace(problematic, new Text(problematic.astext()));
            }
        }
        for (Element section : document.findAll(NodeType.SECTION)) {
            if (section.classes().contains("system-messages") && section.size() == 1 && section.parent() != null) {
                section.parent().remove(section);
            }
        }
    }
}
