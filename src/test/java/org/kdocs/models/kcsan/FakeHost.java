package org.kdocs.models.kcsan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted machine for model tests: the test says which task runs, and
 * what other contexts do while a watcher stalls.
 */
final class FakeHost implements KcsanHost {
    record Task(int pid, int cpu, String comm, boolean interrupt, List<TraceFrame> stack) {
    }

    final Map<Long, Long> memory = new HashMap<>();
    final List<String> console = new ArrayList<>();
    final Deque<Runnable> duringStall = new ArrayDeque<>();
    final List<Long> stalls = new ArrayList<>();
    Task current;
    long clockMicros;

    void run(Task task, Runnable body) {
        Task saved = current;
        current = task;
        try {
            body.run();
        } finally {
            current = saved;
        }
    }

    @Override
    public int cpu() {
        return current.cpu();
    }

    @Override
    public boolean inInterrupt() {
        return current.interrupt();
    }

    @Override
    public int hardirqDepth() {
        return current.interrupt() ? 1 : 0;
    }

    @Override
    public int pid() {
        return current.pid();
    }

    @Override
    public String comm() {
        return current.comm();
    }

    @Override
    public long read(long address, int size) {
        long value = memory.getOrDefault(address, 0L);
        return size == 8 ? value : value & ((1L << (8 * size)) - 1);
    }

    @Override
    public void stall(long microseconds, boolean interruptsOff) {
        stalls.add(microseconds);
        clockMicros += microseconds;
        if (!duringStall.isEmpty()) {
            duringStall.poll().run();
        }
    }

    @Override
    public List<TraceFrame> stack() {
        return current.stack();
    }

    @Override
    public long nowMillis() {
        return clockMicros / 1000;
    }

    @Override
    public void printk(String line) {
        console.add(line);
    }
}
