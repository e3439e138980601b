package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.List;

/**
 * The report half of KCSAN, kernel/kcsan/report.c: decides whether a race the runtime found is printed
 * (the encoding check, the debugfs filter list, CONFIG_KCSAN_REPORT_VALUE_CHANGE_ONLY, the rate limit),
 * and prints it with {@link ReportPrinter} to the kernel log.
 */
final class RaceReports {
    /** kcsan.h enum kcsan_value_change: what the watcher saw of the value while it waited. */
    enum ValueChange { FALSE, MAYBE, TRUE }

    private final KcsanConfig config;
    private final KcsanHost host;
    private final Debugfs debugfs;
    private final RateLimiter rateLimiter;
    private final long[] counters;
    private final List<List<String>> reports = new ArrayList<>();

    /** @param counters the runtime's counters, indexed by {@link Counter} ordinal */
    RaceReports(KcsanConfig config, KcsanHost host, Debugfs debugfs, long[] counters) {
        this.config = config;
        this.host = host;
        this.debugfs = debugfs;
        this.rateLimiter = new RateLimiter(config.reportOnceInMs());
        this.counters = counters;
    }

    /** Every printed report, each as its console lines, in order. */
    List<List<String>> printed() {
        return List.copyOf(reports);
    }

    /** report.c kcsan_report_known_origin, with skip_report's value-change filter and rate_limit_report. */
    void knownOrigin(AccessInfo watcher, AccessInfo other, ValueChange change, long before,
                                   long after, long mask) {
        if (other == null || change == ValueChange.FALSE) {
            return;
        }
        if (!Watchpoints.overlaps(watcher.ptr(), watcher.size(), other.ptr(), other.size())) {
            counters[Counter.ENCODING_FALSE_POSITIVES.ordinal()]++;
            return;
        }
        TraceFrame mine = ReportPrinter.trace(watcher).top();
        TraceFrame theirs = ReportPrinter.trace(other).top();
        if (debugfs.skip(mine.function())) {
            return;
        }
        if (change == ValueChange.MAYBE && config.reportValueChangeOnly()) {
            String name = theirs.function();
            if (!name.contains("rcu_") && !name.contains("_rcu") && !name.contains("_srcu")) {
                return;
            }
        }
        if (debugfs.skip(theirs.function()) || rateLimiter.suppress(mine, theirs, host.nowMillis())) {
            return;
        }
        print(ReportPrinter.knownOrigin(watcher, other, before, after, mask, footer()));
    }

    /** report.c kcsan_report_unknown_origin. */
    void unknownOrigin(AccessInfo watcher, long before, long after, long mask) {
        TraceFrame mine = ReportPrinter.trace(watcher).top();
        if (debugfs.skip(mine.function()) || rateLimiter.suppress(mine, null, host.nowMillis())) {
            return;
        }
        print(ReportPrinter.unknownOrigin(watcher, before, after, mask, footer()));
    }

    ReportPrinter.Footer footer() {
        return new ReportPrinter.Footer(host.cpu(), host.pid(), host.comm(), host.taints());
    }

    private void print(List<String> lines) {
        reports.add(lines);
        for (String line : lines) {
            host.printk(line);
        }
    }
}
