package org.kdocs.rst.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Option converters against docutils 0.19's results and messages. */
class OptionsTest {

    @Test
    void flagRefusesAnArgument() {
        assertThat(Options.flag(null)).isNull();
        assertThatThrownBy(() -> Options.flag("x")).hasMessage("no argument is allowed; \"x\" supplied");
    }

    @Test
    void requiredArgumentsComplainWhenMissing() {
        assertThatThrownBy(() -> Options.unchangedRequired(null)).hasMessage("argument required but none supplied");
        assertThat(Options.unchanged(null)).isEmpty();
    }

    @Test
    void pathJoinsLinesAndUriKeepsOnlyEscapedSpaces() {
        assertThat(Options.path("a/\n b")).isEqualTo("a/b");
        assertThat(Options.uri("http://x.org/ a\\ b")).isEqualTo("http://x.org/a b");
    }

    @Test
    void integersFollowPythonIntAndDocutilsChecks() {
        assertThat(Options.nonnegativeInt(" 1_0 ")).isEqualTo(10);
        assertThatThrownBy(() -> Options.nonnegativeInt("-1")).hasMessage("negative value; must be positive or zero");
        assertThatThrownBy(() -> Options.nonnegativeInt("abc"))
                .hasMessage("invalid literal for int() with base 10: 'abc'");
        assertThatThrownBy(() -> Options.nonnegativeInt(null)).hasMessage(
                "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
        assertThatThrownBy(() -> Options.positiveInt("0")).hasMessage("negative or zero value; must be positive");
        assertThat(Options.positiveIntList("1, 2,3")).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> Options.positiveIntList("1 0"))
                .hasMessage("negative or zero value; must be positive");
        assertThat(Options.percentage("50 %")).isEqualTo(50);
    }

    @Test
    void measuresNormaliseOrListTheUnits() {
        assertThat(Options.lengthOrUnitless("3 px")).isEqualTo("3px");
        assertThatThrownBy(() -> Options.lengthOrUnitless("3 %")).hasMessage(
                "not a positive measure of one of the following units:\n\"em\" \"ex\" \"px\" \"in\" \"cm\" \"mm\" \"pt\" \"pc\" \"\"");
        assertThat(Options.lengthOrPercentageOrUnitless("3%", "")).isEqualTo("3%");
        assertThat(Options.lengthOrPercentageOrUnitless("3", "px")).isEqualTo("3px");
        assertThatThrownBy(() -> Options.lengthOrPercentageOrUnitless("1.2.3em", "")).hasMessage(
                "not a positive measure of one of the following units:\n\"em\" \"ex\" \"px\" \"in\" \"cm\" \"mm\" \"pt\" \"pc\" \"%\"");
    }

    @Test
    void classOptionMakesIds() {
        assertThat(Options.classOption("A b_C")).containsExactly("a", "b-c");
        assertThatThrownBy(() -> Options.classOption("!!")).hasMessage("cannot make \"!!\" into a class name");
    }

    @Test
    void unicodeCodesBecomeCharacters() {
        assertThat(Options.unicodeCode("0x262E")).isEqualTo("\u262e");
        assertThat(Options.unicodeCode("&#x262e;")).isEqualTo("\u262e");
        assertThat(Options.unicodeCode("abc")).isEqualTo("abc");
        assertThatThrownBy(() -> Options.unicodeCode("9999999")).hasMessage("chr() arg not in range(0x110000)");
        assertThatThrownBy(() -> Options.singleCharOrUnicode("ab"))
                .hasMessage("'ab' invalid; must be a single character or a Unicode code");
        assertThat(Options.singleCharOrWhitespaceOrUnicode("tab")).isEqualTo("\t");
    }

    @Test
    void encodingMustBeKnown() {
        assertThat(Options.encoding("utf8")).isEqualTo("utf8");
        assertThatThrownBy(() -> Options.encoding("nosuch")).hasMessage("unknown encoding: \"nosuch\"");
    }

    @Test
    void choiceListsTheAllowedValues() {
        OptionConverter align = Options.choice("left", "center", "right");
        assertThat(align.convert("Left ")).isEqualTo("left");
        assertThatThrownBy(() -> align.convert(null))
                .hasMessage("must supply an argument; choose from \"left\", \"center\", or \"right\"");
        assertThatThrownBy(() -> align.convert("x"))
                .hasMessage("\"x\" unknown; choose from \"left\", \"center\", or \"right\"");
        OptionConverter widths = Options.valueOr(List.of("auto"), Options.POSITIVE_INT_LIST);
        assertThat(widths.convert("auto")).isEqualTo("auto");
        assertThat(widths.convert("1 2")).isEqualTo(List.of(1, 2));
    }
}
