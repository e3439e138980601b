package org.kdocs.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Reporter;

class TransformerTest {
    private static Document document() {
        return new Document("doc.rst", Reporter.quiet("doc.rst"));
    }

    @Test
    void pendingTransformsRunBeforeDefaultsOfTheSamePriority() {
        Document document = document();
        Pending pending = new Pending(StandardTransforms.SUBSTITUTIONS.name());
        document.add(pending);
        document.notePending(pending, null);
        List<Transformer.Queued> plan = Transformer.standard(TransformSettings.defaults()).plan(document);
        assertThat(plan.get(0).key()).isEqualTo("220-001");
        assertThat(plan.get(0).pending()).isSameAs(pending);
        assertThat(plan.get(1).kind()).isEqualTo(StandardTransforms.SUBSTITUTIONS);
        assertThat(plan.get(1).pending()).isNull();
    }

    @Test
    void explicitPrioritiesOverrideTheTransformsDefault() {
        Document document = document();
        Pending pending = new Pending(StandardTransforms.CONTENTS.name());
        document.notePending(pending, 100);
        List<Transformer.Queued> plan = Transformer.standard(TransformSettings.defaults()).plan(document);
        assertThat(plan.get(0).key()).isEqualTo("100-001");
    }

    @Test
    void defaultsRunInPriorityOrder() {
        List<String> names = Transformer.standard(TransformSettings.defaults()).plan(document()).stream()
                .map(q -> q.kind().name().replace("docutils.transforms.", "")).toList();
        assertThat(names).containsExactly("references.Substitutions", "references.PropagateTargets",
                "frontmatter.DocTitle", "frontmatter.DocInfo", "frontmatter.SectionSubTitle",
                "universal.StripClassesAndElements", "references.AnonymousHyperlinks",
                "references.IndirectHyperlinks", "references.Footnotes", "references.ExternalTargets",
                "references.InternalTargets", "universal.StripComments", "universal.Decorations",
                "misc.Transitions", "universal.ExposeInternals", "references.DanglingReferences",
                "universal.SmartQuotes", "universal.Messages", "universal.FilterMessages");
    }

    @Test
    void pendingNodesOfUnknownTransformsStayInTheTree() {
        Document document = document();
        Pending pending = new Pending("sphinx.transforms.Unknown");
        document.add(Element.text(NodeType.PARAGRAPH, "", "text"));
        document.add(pending);
        document.notePending(pending, null);
        Transformer.standard(TransformSettings.defaults()).apply(document);
        assertThat(pending.parent()).isSameAs(document);
    }

    @Test
    void transformMessagesAreRecordedOnlyWhileTransforming() {
        Document document = document();
        Element paragraph = Element.text(NodeType.PARAGRAPH, "", "see ");
        Element reference = Element.text(NodeType.REFERENCE, "nowhere_", "nowhere");
        reference.set("refname", "nowhere");
        paragraph.add(reference);
        document.add(paragraph);
        document.noteRefname(reference);
        Transformer.standard(TransformSettings.defaults()).apply(document);
        assertThat(document.pformat()).contains("Unknown target name: \"nowhere\".");
        document.reporter().error("after the run", null);
        assertThat(document.transformMessages()).isEmpty();
    }

    @Test
    void pendingsRegisteredByATransformJoinTheQueue() {
        Document document = document();
        List<String> ran = new java.util.ArrayList<>();
        TransformKind late = new TransformKind("test.Late", 300, (context, pending) -> ran.add("late"));
        TransformKind early = new TransformKind("test.Early", 100, (context, pending) -> {
            ran.add("early");
            Pending more = new Pending("test.Late");
            context.document().add(more);
            context.document().notePending(more, null);
        });
        TransformKind marker = new TransformKind("test.Marker", 310, (context, pending) -> ran.add("marker"));
        Transformer.standard(TransformSettings.defaults()).with(early, true).with(late, false).with(marker, true)
                .apply(document);
        assertThat(ran).containsExactly("early", "late", "marker");
    }
}
