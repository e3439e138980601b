package org.kdocs.rst.blocks;

import java.util.List;
import java.util.regex.Matcher;

import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Second and later members of a list-like construct (docutils
 * SpecializedBody and its subclasses): every transition ends the nested
 * machine, except the one for the construct's own next item.
 */
abstract class SpecializedBody extends BodyState {
    SpecializedBody(LineMachine sm) {
        super(sm);
    }

    /** Not a member of this construct: back up so the parent machine reassesses the line. */
    Transition.Step invalidInput() {
        sm.previousLine(1);
        throw new ControlFlow.Eof();
    }

    @Override
    Transition.Step indent(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step bullet(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step enumerator(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step fieldMarker(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step optionMarker(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step doctest(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step lineBlock(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step gridTableTop(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step simpleTableTop(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step explicitMarkup(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step anonymous(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step line(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step text(Matcher m, List<String> c) {
        return invalidInput();
    }

    /** docutils BulletList. */
    static final class BulletList extends SpecializedBody {
        BulletList(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.BULLET_LIST;
        }

        @Override
        Transition.Step bullet(Matcher match, List<String> context) {
            if (!match.group().substring(0, 1).equals(parent.getString("bullet"))) {
                return invalidInput();
            }
            ItemResult item = listItem(match.end());
            parent.add(item.item());
            blankFinish = item.blankFinish();
            return go(name());
        }
    }

    /** docutils DefinitionList. */
    static final class DefinitionList extends SpecializedBody {
        DefinitionList(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.DEFINITION_LIST;
        }

        @Override
        Transition.Step text(Matcher match, List<String> context) {
            List<String> next = new java.util.ArrayList<>();
            next.add(sm.line);
            return new Transition.Step(next, StateName.DEFINITION);
        }
    }

    /** docutils EnumeratedList. */
    static final class EnumeratedList extends SpecializedBody {
        private String format;
        private boolean auto;
        private int lastOrdinal;

        EnumeratedList(LineMachine sm) {
            super(sm);
        }

        void start(Enumerators.Parsed first) {
            format = first.format();
            auto = first.sequence().equals("#");
            lastOrdinal = first.ordinal();
        }

        @Override
        StateName name() {
            return StateName.ENUMERATED_LIST;
        }

        @Override
        Transition.Step enumerator(Matcher match, List<String> context) {
            String enumtype = parent.getString("enumtype");
            Enumerators.Parsed parsed = Enumerators.parse(match, enumtype);
            String sequence = parsed.sequence();
            if (!parsed.format().equals(format)
                    || (!sequence.equals("#") && (!sequence.equals(enumtype) || auto
                        || parsed.ordinal() == null || parsed.ordinal() != lastOrdinal + 1))
                    || !isEnumeratedListItem(parsed.ordinal(), sequence, parsed.format())) {
                return invalidInput();
            }
            if (sequence.equals("#")) {
                auto = true;
            }
            ItemResult item = listItem(match.end());
            parent.add(item.item());
            blankFinish = item.blankFinish();
            lastOrdinal = parsed.ordinal();
            return go(name());
        }
    }

    /** docutils FieldList. */
    static class FieldList extends SpecializedBody {
        FieldList(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.FIELD_LIST;
        }

        @Override
        Transition.Step fieldMarker(Matcher match, List<String> context) {
            ItemResult field = field(match);
            parent.add(field.item());
            blankFinish = field.blankFinish();
            return go(name());
        }
    }

    /** docutils ExtensionOptions: directive options, without nested or inline parsing of bodies. */
    static final class ExtensionOptions extends FieldList {
        ExtensionOptions(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.EXTENSION_OPTIONS;
        }

        @Override
        void parseFieldBody(SourceLines indented, int offset, Element body) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i <= indented.size(); i++) {
                String line = i < indented.size() ? indented.get(i) : "";
                if (!PyText.isBlank(line)) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(line);
                } else if (text.length() > 0) {
                    body.add(Element.text(NodeType.PARAGRAPH, text.toString(), text.toString()));
                    text.setLength(0);
                }
            }
        }
    }

    /** docutils OptionList. */
    static final class OptionList extends SpecializedBody {
        OptionList(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.OPTION_LIST;
        }

        @Override
        Transition.Step optionMarker(Matcher match, List<String> context) {
            ItemResult item;
            try {
                item = optionListItem(match);
            } catch (ControlFlow.MarkupError error) {
                return invalidInput();
            }
            parent.add(item.item());
            blankFinish = item.blankFinish();
            return go(name());
        }
    }

    /** docutils LineBlock: further lines of a line block. */
    static final class LineBlock extends SpecializedBody {
        LineBlock(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.LINE_BLOCK;
        }

        @Override
        Transition.Step blank(Matcher m, List<String> c) {
            return invalidInput();
        }

        @Override
        Transition.Step lineBlock(Matcher match, List<String> context) {
            LineBlocks.LineResult line = LineBlocks.line(this, match, sm.absLineNumber());
            parent.add(line.line());
            if (parent.parent() != null) {
                parent.parent().addAll(line.messages());
            }
            blankFinish = line.blankFinish();
            return go(name());
        }
    }

    /** docutils Explicit: further explicit markup constructs. */
    static final class Explicit extends SpecializedBody {
        Explicit(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.EXPLICIT;
        }

        @Override
        Transition.Step blank(Matcher m, List<String> c) {
            return invalidInput();
        }

        @Override
        Transition.Step explicitMarkup(Matcher match, List<String> context) {
            ExplicitMarkup.Built built = new ExplicitMarkup(this).construct(match);
            parent.addAll(built.nodes());
            blankFinish = built.blankFinish();
            return go(name());
        }

        @Override
        Transition.Step anonymous(Matcher match, List<String> context) {
            ExplicitMarkup.Built built = new ExplicitMarkup(this).anonymousTarget(match);
            parent.addAll(built.nodes());
            blankFinish = built.blankFinish();
            return go(name());
        }
    }

    /** docutils SubstitutionDef: the body of a substitution definition. */
    static final class SubstitutionDef extends BodyState {
        static final java.util.regex.Pattern EMBEDDED_DIRECTIVE = java.util.regex.Pattern.compile(
                "(" + BlockMarkers.SIMPLENAME + ")::( +|$)", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

        SubstitutionDef(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.SUBSTITUTION_DEF;
        }

        @Override
        List<Transition> ownTransitions() {
            return List.of(new Transition("embedded_directive", EMBEDDED_DIRECTIVE, this::embeddedDirective),
                    new Transition("text", BlockMarkers.TEXT, this::text));
        }

        private Transition.Step embeddedDirective(Matcher match, List<String> context) {
            String alt = parent.names().isEmpty() ? "" : parent.names().get(0);
            ExplicitMarkup.Built built = new DirectiveRunner(this).directive(match, alt);
            parent.addAll(built.nodes());
            if (!sm.atEof()) {
                blankFinish = built.blankFinish();
            }
            throw new ControlFlow.Eof();
        }

        @Override
        Transition.Step text(Matcher match, List<String> context) {
            if (!sm.atEof()) {
                blankFinish = sm.isNextLineBlank();
            }
            throw new ControlFlow.Eof();
        }
    }

}
