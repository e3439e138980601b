package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Text;

/**
 * The "target-notes" directive's work: one auto-numbered footnote per external
 * target URI, and a footnote reference after each reference to it
 * (docutils.transforms.references.TargetNotes).
 */
final class TargetNotes implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        Document document = context.document();
        List<String> classes = TreeOps.stringList(startNode.details().get("class"));
        Map<Object, Element> notes = new LinkedHashMap<>();
        List<Node> footnotes = new ArrayList<>();
        for (Element target : document.findAll(NodeType.TARGET)) {
            if (!target.has("refuri")) {
                continue;
            }
            List<Element> refs = new ArrayList<>();
            for (String name : target.names()) {
                refs.addAll(document.referencesToName(name));
            }
            if (refs.isEmpty()) {
                continue;
            }
            collect(context, target.get("refuri"), refs, notes, footnotes, classes);
        }
        for (Element ref : document.findAll(NodeType.REFERENCE)) {
            if (Truth.of(ref.get("anonymous")) && ref.has("refuri")) {
                collect(context, ref.get("refuri"), List.of(ref), notes, footnotes, classes);
            }
        }
        TreeOps.replaceSelf(startNode, footnotes);
    }

    private void collect(TransformContext context, Object refuri, List<Element> refs, Map<Object, Element> notes,
            List<Node> footnotes, List<String> classes) {
        Element footnote = makeFootnote(context, refuri, refs, notes, classes);
        if (!notes.containsKey(refuri)) {
            notes.put(refuri, footnote);
            footnotes.add(footnote);
        }
    }

    private Element makeFootnote(TransformContext context, Object refuri, List<Element> refs,
            Map<Object, Element> notes, List<String> classes) {
        Document document = context.document();
        Element footnote = notes.get(refuri);
        String footnoteName;
        if (footnote != null) {
            footnoteName = footnote.names().get(0);
        } else {
            footnote = new Element(NodeType.FOOTNOTE);
            String footnoteId = document.setId(footnote);
            footnoteName = "TARGET_NOTE: " + footnoteId;
            footnote.set("auto", 1);
            footnote.names().add(footnoteName);
            Element reference = Element.text(NodeType.REFERENCE, "", String.valueOf(refuri));
            reference.set("refuri", refuri);
            footnote.add(Element.of(NodeType.PARAGRAPH, reference));
            document.noteAutofootnote(footnote);
            document.noteExplicitTarget(footnote, footnote);
        }
        for (Element ref : refs) {
            if (ref.is(NodeType.TARGET) || ref.parent() == null) {
                continue;
            }
            Element refnode = new Element(NodeType.FOOTNOTE_REFERENCE);
            refnode.set("refname", footnoteName);
            refnode.set("auto", 1);
            refnode.classes().addAll(classes);
            document.noteAutofootnoteRef(refnode);
            document.noteFootnoteRef(refnode);
            List<Node> inserted = new ArrayList<>();
            if (!context.settings().trimFootnoteReferenceSpace()) {
                if (!classes.isEmpty()) {
                    Element space = Element.text(NodeType.INLINE, "", " ");
                    space.classes().addAll(classes);
                    inserted.add(space);
                } else {
                    inserted.add(new Text(" "));
                }
            }
            inserted.add(refnode);
            Element parent = ref.parent();
            parent.insertAll(parent.indexOf(ref) + 1, inserted);
        }
        return footnote;
    }
}
