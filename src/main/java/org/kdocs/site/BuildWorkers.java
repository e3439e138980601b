package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

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

    // worker threads get a large stack: deeply nested documents recurse deeply
    private ExecutorService pool() {
        return Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(null, runnable, "kdocs-build", 256L << 20);
            thread.setDaemon(true);
            return thread;
        });
    }
}
