package org.kdocs.lint.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kdocs.lint.Rule;

/** The registry of every lint rule, in documentation order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new TitleShortRule(), new TitleWidthRule(), new TitleOverlineRule(), new TitleHierarchyRule(),
            new TitleUnexpectedRule(),
            new CjkPunctuationRule(), new LineStartPunctuationRule(), new UnbalancedPairRule(),
            new DoubledPunctuationRule(), new SpacedMarkupRule(), new MarkupBoundaryRule(), new FullwidthInLiteralRule(),
            new CjkLatinSpacingRule(), new FullwidthSpacingRule(), new MarkerPunctuationRule(),
            new QuotationMarksRule(), new BareIdentifierRule(), new SingleBackquoteRule(), new MixedIndentationRule(),
            new GlossaryRule(), new TermConsistencyRule(), new TermAlignmentRule(), new IdentifierTypoRule(),
            new MissingPathRule(), new OriginalFieldRule(), new DisclaimerRule(), new SectionParityRule(), new LiteralParityRule(),
            new LabelParityRule(), new FootnoteParityRule(), new SubstitutionParityRule(), new LinkParityRule(),
            new DirectiveParityRule(), new TableParityRule(), new ToctreeParityRule(), new CodeLanguageParityRule(),
            new StalenessRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static Set<String> ids() {
        return ALL.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
    }
}
