package org.kdocs.interp.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scheduler's generator must give exactly java.util.Random's numbers, so seeded runs stay as they were. */
class DeciderTest {
    @Test
    void theGeneratorRepeatsJavaUtilRandom() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE, 0x5DEECE66DL}) {
            Random reference = new Random(seed);
            Decider.Lcg lcg = new Decider.Lcg(seed);
            for (int i = 0; i < 10_000; i++) {
                int bound = 1 + i % 7;
                if (i % 3 == 0) {
                    assertThat(lcg.nextInt(bound)).isEqualTo(reference.nextInt(bound));
                } else {
                    assertThat(lcg.nextDouble()).isEqualTo(reference.nextDouble());
                }
            }
        }
    }
}
