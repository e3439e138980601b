package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void printsFromMain() {
        assertThat(Programs.console("""
                int x = 5;
                int main(void) {
                    int i, s = 0;
                    for (i = 0; i < 10; i++)
                        s += i * x;
                    pr_info("sum=%d\\n", s);
                    return 0;
                }
                """)).isEqualTo("sum=225\n");
    }
}
