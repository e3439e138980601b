package org.kdocs.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.jruby.RubyInstanceConfig;
import org.junit.jupiter.api.Test;

/** The JRuby settings of the standard instance, as AsciidoctorStartup explains them. */
class AsciidoctorStartupTest {
    @Test
    void jrubyOnlyInterpretsAndKeepsEachMethodsFirstInterpretation() {
        RubyInstanceConfig config = ((JRubyAsciidoctor) AsciidocReader.standardInstance()).getRubyRuntime()
                .getInstanceConfig();

        assertThat(config.getCompileMode()).isEqualTo(RubyInstanceConfig.CompileMode.OFF);
        // no method is rebuilt with JRuby's optimisation passes on its JIT thread
        assertThat(config.getJitThreshold()).isNegative();
    }
}
