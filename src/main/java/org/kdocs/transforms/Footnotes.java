package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Numbers auto-numbered footnotes, gives symbol footnotes their symbols, and
 * links footnotes and citations with their references both ways
 * (docutils.transforms.references.Footnotes).
 */
final class Footnotes implements Transform {
    /** docutils' footnote symbols, repeated (**, ††, ...) once used up. */
    static final List<String> SYMBOLS = List.of("*", "\u2020", "\u2021", "\u00a7", "\u00b6", "#",
            "\u2660", "\u2665", "\u2666", "\u2663");

    @Override
    public void apply(TransformContext context, Pending startNode) {
        Document document = context.document();
        List<String> autoLabels = new ArrayList<>();
        int start = document.autofootnoteStart();
        document.setAutofootnoteStart(numberFootnotes(context, start, autoLabels));
        numberReferences(context, autoLabels);
        symbolize(context);
        resolveLabelled(context);
    }

    private int numberFootnotes(TransformContext context, int start, List<String> autoLabels) {
        Document document = context.document();
        int next = start;
        for (Element footnote : List.copyOf(document.autofootnotes())) {
            String label;
            do {
                label = Integer.toString(next++);
            } while (document.hasName(label));
            footnote.insert(0, Element.text(NodeType.LABEL, "", label));
            for (String name : List.copyOf(footnote.names())) {
                for (Element ref : document.footnoteReferencesTo(name)) {
                    ref.add(new Text(label));
                    ref.remove("refname");
                    ref.set("refid", TreeOps.idOf(context, footnote));
                    footnote.backrefs().add(TreeOps.idOf(context, ref));
                    document.noteRefid(ref);
                    context.markResolved(ref);
                }
            }
            if (footnote.names().isEmpty() && footnote.dupnames().isEmpty()) {
                footnote.names().add(label);
                document.noteExplicitTarget(footnote, footnote);
                autoLabels.add(label);
            }
        }
        return next;
    }

    private void numberReferences(TransformContext context, List<String> autoLabels) {
        Document document = context.document();
        List<Element> refs = document.autofootnoteRefs();
        int used = 0;
        for (int i = 0; i < refs.size(); i++) {
            Element ref = refs.get(i);
            if (context.isResolved(ref) || ref.has("refid")) {
                continue;
            }
            if (used >= autoLabels.size()) {
                Element message = context.reporter().messageAt(Severity.ERROR,
                        "Too many autonumbered footnote references: only " + autoLabels.size()
                                + " corresponding footnotes available.", ref);
                String messageId = document.setId(message);
                // docutils restarts from the count of numbered references, not from this one
                for (Element extra : List.copyOf(refs.subList(used, refs.size()))) {
                    if (context.isResolved(extra) || extra.has("refname")) {
                        continue;
                    }
                    TreeOps.replaceWithProblematic(context, extra, message, messageId);
                }
                break;
            }
            String label = autoLabels.get(used);
            ref.add(new Text(label));
            String id = document.idForName(label);
            Element footnote = id == null ? null : document.elementById(id);
            if (footnote == null) {
                continue;
            }
            ref.set("refid", id);
            document.noteRefid(ref);
            footnote.backrefs().add(TreeOps.idOf(context, ref));
            context.markResolved(ref);
            used++;
        }
    }

    private void symbolize(TransformContext context) {
        Document document = context.document();
        List<String> labels = new ArrayList<>();
        for (Element footnote : document.symbolFootnotes()) {
            int running = document.takeSymbolFootnoteIndex();
            int reps = running / SYMBOLS.size();
            int index = running % SYMBOLS.size();
            String label = SYMBOLS.get(index).repeat(reps + 1);
            labels.add(label);
            footnote.insert(0, Element.text(NodeType.LABEL, "", label));
            document.setId(footnote);
        }
        List<Element> refs = document.symbolFootnoteRefs();
        for (int i = 0; i < refs.size(); i++) {
            Element ref = refs.get(i);
            if (i >= labels.size()) {
                Element message = context.reporter().messageAt(Severity.ERROR,
                        "Too many symbol footnote references: only " + labels.size()
                                + " corresponding footnotes available.", ref);
                String messageId = document.setId(message);
                for (Element extra : List.copyOf(refs.subList(i, refs.size()))) {
                    if (context.isResolved(extra) || extra.has("refid")) {
                        continue;
                    }
                    TreeOps.replaceWithProblematic(context, extra, message, messageId);
                }
                break;
            }
            ref.add(new Text(labels.get(i)));
            Element footnote = document.symbolFootnotes().get(i);
            ref.set("refid", TreeOps.idOf(context, footnote));
            document.noteRefid(ref);
            footnote.backrefs().add(TreeOps.idOf(context, ref));
        }
    }

    private void resolveLabelled(TransformContext context) {
        Document document = context.document();
        for (Element footnote : document.footnotes()) {
            for (String label : List.copyOf(footnote.names())) {
                List<Element> refs = document.footnoteReferencesTo(label);
                if (!refs.isEmpty()) {
                    resolve(context, footnote, refs);
                }
            }
        }
        for (Element citation : document.citations()) {
            for (String label : List.copyOf(citation.names())) {
                List<Element> refs = document.citationReferencesTo(label);
                if (!refs.isEmpty()) {
                    resolve(context, citation, refs);
                }
            }
        }
    }

    private void resolve(TransformContext context, Element note, List<Element> refs) {
        String id = TreeOps.idOf(context, note);
        for (Element ref : refs) {
            if (context.isResolved(ref)) {
                continue;
            }
            ref.remove("refname");
            ref.set("refid", id);
            note.backrefs().add(TreeOps.idOf(context, ref));
            context.markResolved(ref);
        }
        context.markResolved(note);
    }
}
