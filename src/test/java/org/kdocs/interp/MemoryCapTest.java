package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The simulated RAM is measured in the Java heap its objects take, bookkeeping
 * included, so that an example allocating small objects without end gets NULL
 * after some 256 MB of Java memory, not after 256 MB of requested bytes (which
 * took several GB of heap: issue 17, item 14).
 */
class MemoryCapTest {
    private static final String ALLOCATE_UNTIL_NULL = """
            int main(void)
            {
                    long n = 0;
                    while (kmalloc(8, GFP_KERNEL))
                            n++;
                    pr_info("allocated %ld\\n", n);
                    return 0;
            }""";

    @Test
    void smallAllocationsFailOnceTheirJavaFootprintReachesTheCap() {
        RunResult run = Programs.run(ALLOCATE_UNTIL_NULL, o -> o.stepLimit(500_000_000L)
                .timeLimit(Duration.ofMinutes(5))).first();
        assertThat(run.outcome()).as(run.console()).isInstanceOf(Outcome.Completed.class);
        long allocated = Long.parseLong(run.console().replaceAll("(?s).*allocated (\\d+).*", "$1"));
        // 256 MB of 8-byte requests would be 33 million objects; each costs some 200 bytes of heap
        assertThat(allocated).isBetween(500_000L, 2_000_000L);
    }
}
