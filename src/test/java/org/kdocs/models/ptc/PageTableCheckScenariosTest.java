package org.kdocs.models.ptc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the page table check scenario table (specification A.11 and one scenario per BUG condition). */
class PageTableCheckScenariosTest {
    private static final String RESOURCE = "models/ptc/scenarios.txt";

    static List<PtcScenario> scenarios() throws IOException {
        return PtcScenario.load(RESOURCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioEndsAsExpected(PtcScenario scenario) {
        scenario.run();
    }

    @Test
    void everySpecifiedScenarioIsInTheTable() throws IOException {
        Set<Integer> numbers = new TreeSet<>();
        for (PtcScenario s : scenarios()) {
            if (s.title().matches("T\\d+[a-z]? .*")) {
                numbers.add(Integer.parseInt(s.title().replaceAll("^T(\\d+).*", "$1")));
            }
        }
        assertThat(numbers).hasSize(42).first().isEqualTo(1);
    }

    @Test
    void everyReachableBugConditionIsExercised() throws IOException {
        Set<Integer> bugs = new TreeSet<>();
        for (PtcScenario s : scenarios()) {
            s.lines().stream().filter(l -> l.startsWith("expect BUG#"))
                    .forEach(l -> bugs.add(Integer.parseInt(l.substring("expect BUG#".length()))));
        }
        // #14 (NULL page_ext in get_page_table_check) cannot fire in 6.12: scenario B14 shows it
        assertThat(bugs).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }
}
