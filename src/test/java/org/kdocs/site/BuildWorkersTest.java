package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The build's worker pool: results in item order, and no more of them waiting than asked. */
class BuildWorkersTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 60).boxed().toList();

    // uneven work, so that later items often finish before earlier ones
    private static int work(int item) throws InterruptedException {
        Thread.sleep(item % 7 == 0 ? 6 : 1);
        return item;
    }

    @Test
    void forEachInOrderHandsResultsInItemOrderWithAtMostAheadWaiting() throws Exception {
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        new BuildWorkers(4).forEachInOrder(ITEMS, 3, item -> {
            int result = work(item);
            mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
            return result;
        }, (index, result) -> {
            assertThat(result).isEqualTo(ITEMS.get(index));
            seen.add(result);
            waiting.decrementAndGet();
        });
        assertThat(seen).isEqualTo(ITEMS);
        assertThat(mostWaiting.get()).isBetween(1, 3);
    }

    @Test
    void pipelineRunsTheMiddleStepInItemOrderAndTheLastOnEveryItem() throws Exception {
        List<Integer> ordered = new ArrayList<>();
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        new BuildWorkers(3).pipeline(ITEMS, 4, i -> true, BuildWorkersTest::work, (index, result) -> ordered.add(result),
                (index, result) -> {
                    work(result);
                    finished.add(result);
                });
        assertThat(ordered).isEqualTo(ITEMS);
        assertThat(finished).containsExactlyInAnyOrderElementsOf(ITEMS);
    }

    @Test
    void lightItemsGoOnWhileTheConsumerWaitsForASlowHeavyOne() throws Exception {
        // item 0 (heavy) finishes only once the 20 light items after it have run: with room for one
        // heavy item, they must be worked on while the consumer waits for item 0
        List<Integer> items = IntStream.range(0, 30).boxed().toList();
        java.util.concurrent.CountDownLatch lightDone = new java.util.concurrent.CountDownLatch(20);
        java.util.function.IntPredicate heavy = i -> i == 0 || i > 20;
        List<Integer> ordered = new ArrayList<>();
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        new BuildWorkers(2).pipeline(items, 1, heavy, item -> {
            if (item == 0) {
                assertThat(lightDone.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            } else if (!heavy.test(item)) {
                lightDone.countDown();
            }
            return item;
        }, (index, result) -> ordered.add(result), (index, result) -> finished.add(result));
        assertThat(ordered).isEqualTo(items);
        // only heavy items go on to the last step
        assertThat(finished).containsExactlyInAnyOrder(0, 21, 22, 23, 24, 25, 26, 27, 28, 29);
    }

    @Test
    void onlyHeavyItemsCountAmongThoseWaiting() throws Exception {
        AtomicInteger heavyWaiting = new AtomicInteger();
        AtomicInteger mostHeavyWaiting = new AtomicInteger();
        java.util.function.IntPredicate heavy = i -> i % 3 == 0;
        new BuildWorkers(4).forEachInOrder(ITEMS, 2, heavy, item -> {
            int result = work(item);
            if (heavy.test(item)) {
                mostHeavyWaiting.accumulateAndGet(heavyWaiting.incrementAndGet(), Math::max);
            }
            return result;
        }, (index, result) -> {
            if (heavy.test(index)) {
                heavyWaiting.decrementAndGet();
            }
        });
        assertThat(mostHeavyWaiting.get()).isBetween(1, 2);
    }

    @Test
    void aFailureInTheLastStepFailsThePipeline() {
        assertThatThrownBy(() -> new BuildWorkers(2).pipeline(ITEMS, 2, i -> true, BuildWorkersTest::work, (index, result) -> { },
                (index, result) -> {
                    if (result == 17) {
                        throw new IllegalStateException("item 17");
                    }
                })).isInstanceOf(ExecutionException.class).hasRootCauseMessage("item 17");
    }
}
