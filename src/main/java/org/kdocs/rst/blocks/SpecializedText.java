package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.kdocs.source.DisplayWidth;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Second lines of text-like constructs (docutils SpecializedText): every
 * transition ends the machine unless a subclass re-enables it.
 */
abstract class SpecializedText extends TextState {
    SpecializedText(LineMachine sm) {
        super(sm);
    }

    Transition.Step invalidInput() {
        throw new ControlFlow.Eof();
    }

    @Override
    void eof(List<String> context) {
    }

    @Override
    Transition.Step blank(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step indent(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step underline(Matcher m, List<String> c) {
        return invalidInput();
    }

    @Override
    Transition.Step text(Matcher m, List<String> c) {
        return invalidInput();
    }

    /** docutils Definition: the line after a possible definition list term. */
    static final class Definition extends SpecializedText {
        Definition(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.DEFINITION;
        }

        @Override
        void eof(List<String> context) {
            sm.previousLine(2);
        }

        @Override
        Transition.Step indent(Matcher match, List<String> context) {
            BodyState.ItemResult item = definitionListItem(context);
            parent.add(item.item());
            blankFinish = item.blankFinish();
            return go(StateName.DEFINITION_LIST);
        }
    }

    /** docutils Line: the line after a section overline or transition marker. */
    static final class Line extends SpecializedText {
        private boolean eofcheck = true;

        Line(LineMachine sm) {
            super(sm);
        }

        @Override
        StateName name() {
            return StateName.LINE;
        }

        @Override
        void eof(List<String> context) {
            String marker = PyText.strip(context.get(0));
            if (memo.sectionBubbleUpKludge) {
                memo.sectionBubbleUpKludge = false;
            } else if (PyText.len(marker) < 4) {
                stateCorrection(context, 1);
            }
            if (eofcheck) {
                var where = sm.currentSourceAndLine();
                Element transition = new Element(NodeType.TRANSITION, context.get(0));
                transition.setSource(where.source());
                transition.setLine(where.line() == null ? 0 : where.line() - 1);
                parent.add(transition);
            }
            eofcheck = true;
        }

        @Override
        Transition.Step blank(Matcher match, List<String> context) {
            var where = sm.currentSourceAndLine();
            String marker = PyText.strip(context.get(0));
            if (PyText.len(marker) < 4) {
                stateCorrection(context, 1);
            }
            Element transition = new Element(NodeType.TRANSITION, marker);
            transition.setSource(where.source());
            transition.setLine(where.line() == null ? 0 : where.line() - 1);
            parent.add(transition);
            return go(StateName.BODY);
        }

        @Override
        Transition.Step text(Matcher match, List<String> context) {
            int lineno = sm.absLineNumber() - 1;
            String overline = context.get(0);
            String title = sm.line;
            String underline = "";
            try {
                underline = sm.nextLine();
            } catch (ControlFlow.Eof eof) {
                String blocktext = overline + "\n" + title;
                if (PyText.len(PyText.rstrip(overline)) < 4) {
                    shortOverline(context, blocktext, lineno, 2);
                } else {
                    parent.add(reporter.severe("Incomplete section title.", lineno, literalBlock(blocktext)));
                    return go(StateName.BODY);
                }
            }
            String source = overline + "\n" + title + "\n" + underline;
            overline = PyText.rstrip(overline);
            underline = PyText.rstrip(underline);
            if (!BlockMarkers.LINE.matcher(underline).lookingAt()) {
                String blocktext = overline + "\n" + title + "\n" + underline;
                if (PyText.len(overline) < 4) {
                    shortOverline(context, blocktext, lineno, 2);
                } else {
                    parent.add(reporter.severe("Missing matching underline for section title overline.", lineno,
                            literalBlock(source)));
                    return go(StateName.BODY);
                }
            } else if (!overline.equals(underline)) {
                String blocktext = overline + "\n" + title + "\n" + underline;
                if (PyText.len(overline) < 4) {
                    shortOverline(context, blocktext, lineno, 2);
                } else {
                    parent.add(reporter.severe("Title overline & underline mismatch.", lineno,
                            literalBlock(source)));
                    return go(StateName.BODY);
                }
            }
            title = PyText.rstrip(title);
            List<Element> messages = new ArrayList<>();
            if (DisplayWidth.columns(title) > PyText.len(overline)) {
                String blocktext = overline + "\n" + title + "\n" + underline;
                if (PyText.len(overline) < 4) {
                    shortOverline(context, blocktext, lineno, 2);
                } else {
                    messages.add(reporter.warning("Title overline too short.", lineno, literalBlock(source)));
                }
            }
            String style = firstChar(overline) + firstChar(underline);
            eofcheck = false;
            section(PyText.lstrip(title), source, style, lineno + 1, messages);
            eofcheck = true;
            return go(StateName.BODY);
        }

        @Override
        Transition.Step indent(Matcher match, List<String> context) {
            return text(match, context);
        }

        @Override
        Transition.Step underline(Matcher match, List<String> context) {
            String overline = context.get(0);
            String blocktext = overline + "\n" + sm.line;
            int lineno = sm.absLineNumber() - 1;
            if (PyText.len(PyText.rstrip(overline)) < 4) {
                shortOverline(context, blocktext, lineno, 1);
            }
            parent.add(reporter.error("Invalid section title or transition marker.", lineno,
                    literalBlock(blocktext)));
            return go(StateName.BODY);
        }

        private void shortOverline(List<String> context, String blocktext, int lineno, int lines) {
            parent.add(reporter.info("Possible incomplete section title.\nTreating the overline as "
                    + "ordinary text because it's so short.", lineno));
            stateCorrection(context, lines);
        }

        private void stateCorrection(List<String> context, int lines) {
            sm.previousLine(lines);
            context.clear();
            throw new ControlFlow.StateCorrection(StateName.BODY, "text");
        }

        private static String firstChar(String text) {
            return text.isEmpty() ? "" : text.substring(0, Character.charCount(text.codePointAt(0)));
        }
    }
}
