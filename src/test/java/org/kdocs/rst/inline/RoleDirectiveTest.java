package org.kdocs.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.rst.RstParser;

/**
 * The role and default-role directives through the whole parser; expected
 * trees were printed by docutils 0.19 for the same input.
 */
class RoleDirectiveTest {
    private static String parse(String input) {
        return RstParser.builder().build().parse(input, "test data").pformat();
    }

    @Test
    void customRolesTakeTheirBaseRolesOptionsAndTheDefaultRoleCanBeSwitchedAndRestored() {
        String input = """
                .. role:: html(raw)
                   :format: html

                .. role:: bad(emphasis)
                   :format: x

                .. role:: my(strong)
                   :class: a b

                .. default-role:: my

                See :html:`<b>x</b>` and `def` then :my:`y`.

                .. default-role::

                Back to `title`.

                .. default-role:: nosuch
                """;
        assertThat(parse(input)).isEqualTo("""
                <document source="test data">
                    <system_message level="3" line="4" source="test data" type="ERROR">
                        <paragraph>
                            Error in "role" directive:
                            unknown option: "format".
                        <literal_block xml:space="preserve">
                            .. role:: bad(emphasis)
                               :format: x
                    <paragraph>
                        See\s
                        <raw classes="html" format="html" xml:space="preserve">
                            <b>x</b>
                         and\s
                        <strong classes="a b">
                            def
                         then\s
                        <strong classes="a b">
                            y
                        .
                    <paragraph>
                        Back to\s
                        <title_reference>
                            title
                        .
                    <system_message level="1" line="18" source="test data" type="INFO">
                        <paragraph>
                            No role entry for "nosuch" in module "docutils.parsers.rst.languages.en".
                            Trying "nosuch" as canonical role name.
                    <system_message level="3" line="18" source="test data" type="ERROR">
                        <paragraph>
                            Unknown interpreted text role "nosuch".
                        <literal_block xml:space="preserve">
                            .. default-role:: nosuch
                """);
    }

    @Test
    void classOptionRejectsNamesWithoutIdentifierCharacters() {
        assertThat(RoleOptions.classOption("Big Red")).containsExactly("big", "red");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoleOptions.classOption("1"))
                .hasMessage("cannot make \"1\" into a class name");
    }
}
