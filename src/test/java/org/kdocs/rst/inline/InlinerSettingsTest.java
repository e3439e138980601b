package org.kdocs.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.rst.RstSettings;

/**
 * Inliner behaviour behind settings the docutils corpus leaves at their
 * defaults, and roles it does not exercise; expected trees were printed by
 * docutils 0.19 with the same settings.
 */
class InlinerSettingsTest {
    private static RstSettings with(boolean pep, boolean rfc, boolean characterLevel, boolean trim) {
        return RstSettings.builder().characterLevelInlineMarkup(characterLevel).pepReferences(pep)
                .rfcReferences(rfc).trimFootnoteReferenceSpace(trim).build();
    }

    private static RstSettings withPepRfc() {
        return with(true, true, false, false);
    }

    private static RstSettings withCharacterLevel() {
        return with(false, false, true, false);
    }

    private static RstSettings withTrim() {
        return with(false, false, false, true);
    }

    private static void assertParses(RstSettings settings, String input, String expected) {
        assertThat(ParagraphCorpus.parse(input, settings)).isEqualTo(expected);
    }

    @Test
    void pepAndRfcReferencesAreRecognisedWhenEnabled() {
        assertParses(withPepRfc(), """
                See PEP 287, pep-0008.txt and RFC 2822, RFC-822 or RFC  1.
                """, """
                <document source="test data">
                    <paragraph>
                        See\s
                        <reference refuri="https://peps.python.org/pep-0287">
                            PEP 287
                        ,\s
                        <reference refuri="https://peps.python.org/pep-0008">
                            pep-0008.txt
                         and\s
                        <reference refuri="https://tools.ietf.org/html/rfc2822.html">
                            RFC 2822
                        ,\s
                        <reference refuri="https://tools.ietf.org/html/rfc822.html">
                            RFC-822
                         or\s
                        <reference refuri="https://tools.ietf.org/html/rfc1.html">
                            RFC  1
                        .
                """);
    }

    @Test
    void characterLevelMarkupNeedsNoSurroundingSpace() {
        assertParses(withCharacterLevel(), """
                x*2* and a``b``c, `f`s, 2**n**
                """, """
                <document source="test data">
                    <paragraph>
                        x
                        <emphasis>
                            2
                         and a
                        <literal>
                            b
                        c,\s
                        <title_reference>
                            f
                        s, 2
                        <strong>
                            n
                """);
    }

    @Test
    void footnoteReferenceSpaceIsTrimmedWhenAsked() {
        assertParses(withTrim(), """
                Text [1]_ and [#]_ here.
                """, """
                <document source="test data">
                    <paragraph>
                        Text
                        <footnote_reference ids="footnote-reference-1" refname="1">
                            1
                         and
                        <footnote_reference auto="1" ids="footnote-reference-2">
                         here.
                """);
    }

    @Test
    void rawRoleIsRefusedWhenRawIsDisabledAndNumbersAreChecked() {
        assertParses(RstSettings.defaults().withRawEnabled(false), """
                Use :raw:`<b>` and :pep:`8` :rfc:`2822#section-3` :pep:`x` :rfc:`0`.
                """, """
                <document source="test data">
                    <paragraph>
                        Use\s
                        <problematic ids="problematic-1" refid="system-message-1">
                            :raw:`<b>`
                         and\s
                        <reference refuri="https://peps.python.org/pep-0008">
                            PEP 8
                        \s
                        <reference refuri="https://tools.ietf.org/html/rfc2822.html#section-3">
                            RFC 2822
                        \s
                        <problematic ids="problematic-2" refid="system-message-2">
                            :pep:`x`
                        \s
                        <problematic ids="problematic-3" refid="system-message-3">
                            :rfc:`0`
                        .
                    <system_message backrefs="problematic-1" ids="system-message-1" level="2" line="2" source="test data" type="WARNING">
                        <paragraph>
                            raw (and derived) roles disabled
                    <system_message backrefs="problematic-2" ids="system-message-2" level="3" line="1" source="test data" type="ERROR">
                        <paragraph>
                            PEP number must be a number from 0 to 9999; "x" is invalid.
                    <system_message backrefs="problematic-3" ids="system-message-3" level="3" line="1" source="test data" type="ERROR">
                        <paragraph>
                            RFC number must be a number greater than or equal to 1; "0" is invalid.
                """);
    }

    @Test
    void standardRolesBuildTheirElements() {
        assertParses(RstSettings.defaults(), """
                A :math:`\\\\alpha` and :code:`a\\\\b` and :sup:`2` :ab:`abbr` :index:`x`.
                """, """
                <document source="test data">
                    <paragraph>
                        A\s
                        <math>
                            \\\\alpha
                         and\s
                        <literal classes="code">
                            a\\\\b
                         and\s
                        <superscript>
                            2
                        \s
                        <abbreviation>
                            abbr
                        \s
                        <problematic ids="problematic-1" refid="system-message-1">
                            :index:`x`
                        .
                    <system_message backrefs="problematic-1" ids="system-message-1" level="3" line="1" source="test data" type="ERROR">
                        <paragraph>
                            Interpreted text role "index" not implemented.
                """);
    }

    @Test
    void standaloneUrisAndEmailAddressesBecomeReferences() {
        assertParses(RstSettings.defaults(), """
                Mail me@example.org, see <https://x.org/a_(b)>, ftp://h/p?q=1#f and foo:bar or mailto:a@b.c.
                """, """
                <document source="test data">
                    <paragraph>
                        Mail\s
                        <reference refuri="mailto:me@example.org">
                            me@example.org
                        , see <
                        <reference refuri="https://x.org/a_(b)">
                            https://x.org/a_(b)
                        >,\s
                        <reference refuri="ftp://h/p?q=1#f">
                            ftp://h/p?q=1#f
                         and foo:bar or mailto:a@b.c.
                """);
    }


    @Test
    void characterLevelMarkupLetsSimpleNamesEndAtAnInnerSeparator() {
        assertParses(withCharacterLevel(), """
                Names a_b and `x`:sub:y_ and `z`:a:b: end
                """, """
                <document source="test data">
                    <paragraph>
                        Names\s
                        <reference name="a" refname="a">
                            a
                        b and\s
                        <subscript>
                            x
                        <reference name="y" refname="y">
                            y
                         and\s
                        <problematic ids="problematic-1" refid="system-message-1">
                            `z`:a:b:
                         end
                    <system_message level="1" line="1" source="test data" type="INFO">
                        <paragraph>
                            No role entry for "a:b" in module "docutils.parsers.rst.languages.en".
                            Trying "a:b" as canonical role name.
                    <system_message backrefs="problematic-1" ids="system-message-1" level="3" line="1" source="test data" type="ERROR">
                        <paragraph>
                            Unknown interpreted text role "a:b".
                """);
    }
}
