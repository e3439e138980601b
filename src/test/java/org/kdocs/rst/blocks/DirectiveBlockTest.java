package org.kdocs.rst.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kdocs.rst.RstParser;
import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/** How the block parser splits a directive block and reports what does not fit the directive's spec. */
class DirectiveBlockTest {

    /** Echoes what it received as a paragraph; content goes through nested parsing. */
    static final class Echo implements Directive {
        @Override
        public int requiredArguments() {
            return 1;
        }

        @Override
        public int optionalArguments() {
            return 1;
        }

        @Override
        public boolean finalArgumentWhitespace() {
            return true;
        }

        @Override
        public Map<String, OptionConverter> optionSpec() {
            return Map.of("n", value -> {
                try {
                    return Integer.valueOf(value.strip());
                } catch (NumberFormatException | NullPointerException e) {
                    throw new IllegalArgumentException("not an integer");
                }
            }, "flag", value -> null);
        }

        @Override
        public boolean hasContent() {
            return true;
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            if (call.arguments().get(0).equals("fail")) {
                throw DirectiveError.warning("Refused.");
            }
            Element container = new Element(NodeType.CONTAINER);
            container.add(Element.text(NodeType.PARAGRAPH, "", call.arguments() + " " + call.options()
                    + " line " + call.lineno() + " content at " + call.contentOffset()));
            call.context().nestedParse(call.content(), call.contentOffset(), container, false);
            return List.of(container);
        }
    }

    private static String parse(String text) {
        DirectiveRegistry registry = new DirectiveRegistry().register("echo", Echo::new);
        return RstParser.builder().directives(registry).build().parse(text, "test data").pformat();
    }

    @Test
    void splitsArgumentsOptionsAndContent() {
        String out = parse("Intro.\n\n.. echo:: first second part\n   :n: 3\n   :flag:\n\n   Body *text*.\n");
        assertThat(out).contains("[first, second part] {n=3, flag=null} line 3 content at 6")
                .contains("<paragraph>\n            Body \n            <emphasis>\n                text");
    }

    @Test
    void reportsUnknownOptionsAsDirectiveErrors() {
        String out = parse(".. echo:: a\n   :bogus: 1\n");
        assertThat(out).contains("Error in \"echo\" directive:\n            unknown option: \"bogus\".");
    }

    @Test
    void reportsInvalidOptionValuesWithTheConvertersExplanation() {
        String out = parse(".. echo:: a\n   :n: x\n");
        assertThat(out).contains("invalid option value: (option: \"n\"; value: 'x')\n            not an integer.");
    }

    @Test
    void anOptionNameThatRepeatsATargetIsRejectedAsDocutilsRejectsIt() {
        // found by fuzzing (issue 17): the duplicate-target message sits in the option list before its
        // field; docutils reads the message as a field of several words
        String out = parse("See `x <https://a.example/>`_.\n\n.. echo:: a\n   :see `x <https://b.example/>`_: 1\n");
        assertThat(out).contains("Error in \"echo\" directive:\n            invalid option data: "
                + "extension option field name may not contain multiple words.");
    }

    @Test
    void reportsDuplicateOptions() {
        assertThat(parse(".. echo:: a\n   :n: 1\n   :n: 2\n"))
                .contains("invalid option data: duplicate option \"n\".");
    }

    @Test
    void reportsMissingArguments() {
        assertThat(parse(".. echo::\n")).contains("1 argument(s) required, 0 supplied.");
    }

    @Test
    void turnsDirectiveErrorsIntoMessagesQuotingTheBlock() {
        String out = parse(".. echo:: fail\n");
        assertThat(out).contains("<system_message level=\"2\" line=\"1\" source=\"test data\" type=\"WARNING\">")
                .contains("Refused.").contains("<literal_block xml:space=\"preserve\">\n            .. echo:: fail");
    }

    @Test
    void reportsUnknownDirectivesAfterTheLanguageLookup() {
        String out = parse(".. nope:: x\n");
        assertThat(out).contains("No directive entry for \"nope\" in module "
                + "\"docutils.parsers.rst.languages.en\".\n            Trying \"nope\" as canonical directive name.")
                .contains("Unknown directive type \"nope\".");
    }
}
