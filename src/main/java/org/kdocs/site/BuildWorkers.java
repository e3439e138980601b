package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * The build's worker threads (sphinx-build's {@code -j}): a phase runs one task per item on a pool
 * of its own, and takes the results in item order.
 */
final class BuildWorkers {
    private final int jobs;

    BuildWorkers(int jobs) {
        this.jobs = jobs;
    }

    /** One item's work; what it throws comes out of {@link #map} as an {@link ExecutionException}. */
    @FunctionalInterface
    interface Task<T, R> {
        R run(T item) throws Exception;
    }

    /**
     * Runs {@code task} on every item in parallel and returns the results in item order;
     * {@code finished}, when not null, is called in this thread with each index as its result comes in.
     */
    <T, R> List<R> map(List<T> items, Task<T, R> task, IntConsumer finished)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = pool();
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.run(item)));
            }
            List<R> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(futures.get(i).get());
                if (finished != null) {
                    finished.accept(i);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Takes one item's result, in the calling thread. */
    @FunctionalInterface
    interface InOrder<R> {
        void accept(int index, R result) throws Exception;
    }

    /**
     * Runs {@code task} on every item in parallel and hands each result to {@code consumer} in item
     * order, in this thread; at most {@code ahead} results wait for the consumer, so that a phase
     * whose results are large (doctrees) does not hold them all.
     */
    <T, R> void forEachInOrder(List<T> items, int ahead, Task<T, R> task, InOrder<R> consumer)
            throws InterruptedException, ExecutionException {
        forEachInOrder(items, ahead, i -> true, task, consumer);
    }

    /**
     * As {@link #forEachInOrder(List, int, Task, InOrder)}, where only the items that are
     * {@code heavy} count among the {@code ahead} that may wait: the others give small results,
     * and go on being worked on while the consumer waits for a slow item.
     */
    <T, R> void forEachInOrder(List<T> items, int ahead, IntPredicate heavy, Task<T, R> task, InOrder<R> consumer)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = pool();
        try {
            java.util.ArrayDeque<Future<R>> running = new java.util.ArrayDeque<>();
            int submitted = 0;
            // heavy items among those submitted and not yet consumed
            int heavyWaiting = 0;
            for (int i = 0; i < items.size(); i++) {
                while (submitted < items.size() && (!heavy.test(submitted) || heavyWaiting < Math.max(1, ahead))) {
                    heavyWaiting += heavy.test(submitted) ? 1 : 0;
                    T item = items.get(submitted++);
                    running.add(pool.submit(() -> task.run(item)));
                }
                heavyWaiting -= heavy.test(i) ? 1 : 0;
                R result = running.poll().get();
                try {
                    consumer.accept(i, result);
                } catch (InterruptedException | ExecutionException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ExecutionException(e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs three steps on every item: {@code first} in parallel, {@code ordered} in this thread and in
     * item order, then {@code then} in parallel again; at most {@code ahead} items wait before and
     * after the ordered step, so that large intermediate results (doctrees) are not all held. Only
     * {@code heavy} items count among them, and only they go on to {@code then}: the others are done
     * by {@code first} and leave it with small results.
     */
    <T, R> void pipeline(List<T> items, int ahead, IntPredicate heavy, Task<T, R> first, InOrder<R> ordered,
                         InOrder<R> then) throws InterruptedException, ExecutionException {
        ExecutorService pool = pool();
        java.util.concurrent.Semaphore waiting = new java.util.concurrent.Semaphore(Math.max(1, ahead));
        List<Future<Void>> finishing = new ArrayList<>();
        try {
            forEachInOrder(items, ahead, heavy, first, (i, result) -> {
                ordered.accept(i, result);
                if (!heavy.test(i)) {
                    return;
                }
                waiting.acquire();
                finishing.add(pool.submit(() -> {
                    try {
                        then.accept(i, result);
                        return null;
                    } finally {
                        waiting.release();
                    }
                }));
                // a failed item stops the build now, not once every other item is done
                while (!finishing.isEmpty() && finishing.get(0).isDone()) {
                    finishing.remove(0).get();
                }
            });
            for (Future<Void> f : finishing) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // worker threads get a large stack: deeply nested documents recurse deeply
    private ExecutorService pool() {
        return Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(null, runnable, "kdocs-build", 256L << 20);
            thread.setDaemon(true);
            return thread;
        });
    }
}
