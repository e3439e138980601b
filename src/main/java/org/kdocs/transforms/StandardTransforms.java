package org.kdocs.transforms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transforms docutils' Publisher applies for reader "standalone", parser
 * "rst" and writer "pseudoxml", by docutils name, with their priorities
 * (docutils.transforms.*, readers/standalone.py, writers/__init__.py).
 */
public final class StandardTransforms {
    private StandardTransforms() {
    }

    private static final String T = "docutils.transforms.";

    public static final TransformKind DECORATIONS = kind("universal.Decorations", 820, new Decorations());
    public static final TransformKind EXPOSE_INTERNALS = kind("universal.ExposeInternals", 840,
            Cleanups.EXPOSE_INTERNALS);
    public static final TransformKind STRIP_COMMENTS = kind("universal.StripComments", 740, Cleanups.STRIP_COMMENTS);
    public static final TransformKind SUBSTITUTIONS = kind("references.Substitutions", 220, new Substitutions());
    public static final TransformKind PROPAGATE_TARGETS = kind("references.PropagateTargets", 260,
            new PropagateTargets());
    public static final TransformKind DOC_TITLE = kind("frontmatter.DocTitle", 320, TitlePromoter.DOC_TITLE);
    public static final TransformKind SECTION_SUBTITLE = kind("frontmatter.SectionSubTitle", 350,
            TitlePromoter.SECTION_SUBTITLE);
    public static final TransformKind DOC_INFO = kind("frontmatter.DocInfo", 340, new DocInfo());
    public static final TransformKind ANONYMOUS_HYPERLINKS = kind("references.AnonymousHyperlinks", 440,
            new AnonymousHyperlinks());
    public static final TransformKind INDIRECT_HYPERLINKS = kind("references.IndirectHyperlinks", 460,
            new IndirectHyperlinks());
    public static final TransformKind FOOTNOTES = kind("references.Footnotes", 620, new Footnotes());
    public static final TransformKind EXTERNAL_TARGETS = kind("references.ExternalTargets", 640,
            TargetResolution.EXTERNAL);
    public static final TransformKind INTERNAL_TARGETS = kind("references.InternalTargets", 660,
            TargetResolution.INTERNAL);
    public static final TransformKind DANGLING_REFERENCES = kind("references.DanglingReferences", 850,
            new DanglingReferences());
    public static final TransformKind TRANSITIONS = kind("misc.Transitions", 830, new Transitions());
    public static final TransformKind SMART_QUOTES = kind("universal.SmartQuotes", 855, new SmartQuotes());
    public static final TransformKind MESSAGES = kind("universal.Messages", 860, SystemMessages.PLACE);
    public static final TransformKind FILTER_MESSAGES = kind("universal.FilterMessages", 870, SystemMessages.FILTER);
    public static final TransformKind STRIP_CLASSES_AND_ELEMENTS = kind("universal.StripClassesAndElements", 420,
            Cleanups.STRIP_CLASSES_AND_ELEMENTS);

    // Transforms that only run for pending nodes.
    public static final TransformKind CONTENTS = kind("parts.Contents", 720, new Contents());
    public static final TransformKind SECTNUM = kind("parts.SectNum", 710, new SectNum());
    public static final TransformKind TARGET_NOTES = kind("references.TargetNotes", 540, new TargetNotes());
    public static final TransformKind CLASS_ATTRIBUTE = kind("misc.ClassAttribute", 210, new ClassAttribute());
    public static final TransformKind FILTER = kind("components.Filter", 780, Cleanups.COMPONENT_FILTER);

    /** Added by docutils' HTML and LaTeX writers, not by pseudo-XML: {@code standard(s).with(ADMONITIONS, true)}. */
    public static final TransformKind ADMONITIONS = kind("writer_aux.Admonitions", 920, new AdmonitionTitles());

    /** The defaults in the order docutils adds them: reader, parser, writer. */
    public static final List<TransformKind> DEFAULTS = List.of(
            DECORATIONS, EXPOSE_INTERNALS, STRIP_COMMENTS,
            SUBSTITUTIONS, PROPAGATE_TARGETS, DOC_TITLE, SECTION_SUBTITLE, DOC_INFO,
            ANONYMOUS_HYPERLINKS, INDIRECT_HYPERLINKS, FOOTNOTES, EXTERNAL_TARGETS, INTERNAL_TARGETS,
            DANGLING_REFERENCES, TRANSITIONS,
            SMART_QUOTES,
            MESSAGES, FILTER_MESSAGES, STRIP_CLASSES_AND_ELEMENTS);

    /** Every transform a pending node may name, by docutils name. */
    public static Map<String, TransformKind> byName() {
        Map<String, TransformKind> all = new LinkedHashMap<>();
        for (TransformKind kind : DEFAULTS) {
            all.put(kind.name(), kind);
        }
        for (TransformKind kind : List.of(CONTENTS, SECTNUM, TARGET_NOTES, CLASS_ATTRIBUTE, FILTER, ADMONITIONS)) {
            all.put(kind.name(), kind);
        }
        return all;
    }

    private static TransformKind kind(String name, int priority, Transform transform) {
        return new TransformKind(T + name, priority, transform);
    }
}
