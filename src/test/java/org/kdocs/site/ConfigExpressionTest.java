package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Python subset of ifconfig expressions, evaluated as Python would. */
class ConfigExpressionTest {
    private static final Map<String, Object> CONFIG = Map.of("language", "zh_CN", "release", "6.12",
            "project", "kdocs", "builder", "html");

    @Test
    void comparesNamesWithLiteralsAndSequences() {
        assertThat(ConfigExpression.evaluate("language == 'zh_CN'", CONFIG)).isTrue();
        assertThat(ConfigExpression.evaluate("release in ('6.1', '6.12')", CONFIG)).isTrue();
        assertThat(ConfigExpression.evaluate("release not in ['6.12']", CONFIG)).isFalse();
        assertThat(ConfigExpression.evaluate("not (builder != \"html\") and project", CONFIG)).isTrue();
        assertThat(ConfigExpression.evaluate("language == 'en' or 1 < 2 <= 2", CONFIG)).isTrue();
        assertThat(ConfigExpression.evaluate("'zh' in language", CONFIG)).isTrue();
        assertThat(ConfigExpression.evaluate("()", CONFIG)).isFalse();
    }

    @Test
    void unknownNamesAndBrokenSyntaxAreErrorsNamedAsPythonNamesThem() {
        assertThatThrownBy(() -> ConfigExpression.evaluate("nosuch == 1", CONFIG))
                .hasMessage("NameError: name 'nosuch' is not defined");
        assertThatThrownBy(() -> ConfigExpression.evaluate("language ==", CONFIG))
                .hasMessage("SyntaxError: invalid syntax");
        assertThatThrownBy(() -> ConfigExpression.evaluate("(language", CONFIG))
                .hasMessage("SyntaxError: invalid syntax");
        assertThatThrownBy(() -> ConfigExpression.evaluate("__import__('os')", CONFIG))
                .hasMessageStartingWith("NameError");
        assertThatThrownBy(() -> ConfigExpression.evaluate("release < 7", CONFIG))
                .hasMessageStartingWith("TypeError");
    }
}
