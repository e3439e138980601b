package org.kdocs.site.ext.sphinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kdocs.rst.directives.DirectiveError;

/** literalinclude's :lines: option counts lines from 1, whatever the spec holds. */
class LineFilterTest {
    private static final List<String> LINES = List.of("a", "b", "c");

    @Test
    void rangesAndSingleLinesAreOneBased() throws DirectiveError {
        assertThat(LineFilter.apply(LINES, Map.of("lines", "1,3")).lines()).containsExactly("a", "c");
        assertThat(LineFilter.apply(LINES, Map.of("lines", "2-")).lines()).containsExactly("b", "c");
    }

    @Test
    void aRangeFromLineZeroStartsAtLineOne() throws DirectiveError {
        // found by the dedup review: "0-2" asked for the line before the first (an IndexOutOfBoundsException,
        // shown as "Problem running directive"); Sphinx 5.3 takes it as index -1 and puts the last line first
        assertThat(LineFilter.apply(LINES, Map.of("lines", "0-2")).lines()).containsExactly("a", "b");
        assertThatThrownBy(() -> LineFilter.apply(LINES, Map.of("lines", "0"))).isInstanceOf(DirectiveError.class)
                .hasMessage("Line spec '0': no lines pulled from include file");
    }

    @Test
    void aSpecThatIsNoNumberIsAnError() {
        assertThatThrownBy(() -> LineFilter.apply(LINES, Map.of("lines", "one-two")))
                .isInstanceOf(DirectiveError.class).hasMessageContaining("invalid line number spec: 'one-two'");
    }
}
