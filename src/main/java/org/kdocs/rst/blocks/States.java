package org.kdocs.rst.blocks;

/** Creates the state objects of a machine by name (docutils state_classes). */
final class States {
    private States() {
    }

    static State create(StateName name, LineMachine sm) {
        return switch (name) {
            case BODY -> new BodyState(sm);
            case BULLET_LIST -> new SpecializedBody.BulletList(sm);
            case DEFINITION_LIST -> new SpecializedBody.DefinitionList(sm);
            case ENUMERATED_LIST -> new SpecializedBody.EnumeratedList(sm);
            case FIELD_LIST -> new SpecializedBody.FieldList(sm);
            case OPTION_LIST -> new SpecializedBody.OptionList(sm);
            case LINE_BLOCK -> new SpecializedBody.LineBlock(sm);
            case EXTENSION_OPTIONS -> new SpecializedBody.ExtensionOptions(sm);
            case EXPLICIT -> new SpecializedBody.Explicit(sm);
            case SUBSTITUTION_DEF -> new SpecializedBody.SubstitutionDef(sm);
            case TEXT -> new TextState(sm);
            case DEFINITION -> new SpecializedText.Definition(sm);
            case LINE -> new SpecializedText.Line(sm);
            case QUOTED_LITERAL_BLOCK -> new QuotedLiteralBlockState(sm);
        };
    }
}
