package org.kdocs.models.kcsan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.kdocs.models.kcsan.ContextState.ScopedAccess;

/**
 * The KCSAN runtime of kernel/kcsan/core.c (Linux 6.12): every instrumented
 * access goes through {@link #checkAccess}; a sampled plain access sets a
 * soft watchpoint, stalls, and re-reads its location; an access that finds
 * another context's watchpoint consumes it; the watcher then hands the race
 * to {@link RaceReports} (report.c). Deterministic: the per-CPU sampling
 * state ({@link PerCpuSampling}) comes from a seed, time and interleaving
 * from the {@link KcsanHost}.
 */
public final class Kcsan {
    /** Barrier hooks of the weak-memory model (core.c __kcsan_mb/wmb/rmb/release). */
    public enum Barrier { FULL, WRITE, READ, RELEASE }

    private final KcsanConfig config;
    private final KcsanHost host;
    private final Watchpoints watchpoints;
    private final AccessInfo[] otherInfos;
    private final long[] counters = new long[Counter.values().length];
    private final Map<Long, ContextState> contexts = new HashMap<>();
    private final PerCpuSampling sampling;
    private long lastContextKey;
    private ContextState lastContext;
    private final Debugfs debugfs;
    private final ModuleParameters params;
    private final RaceReports reports;
    private boolean enabled;

    /**
     * @param functionAddress start address of a function by name, -1 if unknown (for debugfs filters)
     * @param seed            seeds the per-CPU pseudo-random state (the kernel uses the cycle counter)
     */
    public Kcsan(KcsanConfig config, KcsanHost host, ToLongFunction<String> functionAddress, long seed) {
        this.config = config;
        this.host = host;
        this.watchpoints = new Watchpoints(config.numWatchpoints());
        this.otherInfos = new AccessInfo[watchpoints.length()];
        this.debugfs = new Debugfs(this, functionAddress, host::printk);
        this.reports = new RaceReports(config, host, debugfs, counters);
        this.params = new ModuleParameters(config);
        this.sampling = new PerCpuSampling(seed);
        this.enabled = config.earlyEnable();
    }

    public KcsanConfig config() {
        return config;
    }

    public Debugfs debugfs() {
        return debugfs;
    }

    /** {@code /sys/module/kcsan/parameters/}. */
    public ModuleParameters parameters() {
        return params;
    }

    public boolean enabled() {
        return enabled;
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    public long counter(Counter counter) {
        return counters[counter.ordinal()];
    }

    /** Every printed report, each as its console lines, in order. */
    public List<List<String>> reports() {
        return reports.printed();
    }

    // ---- contexts and per-CPU state

    private ContextState ctx() {
        long key = host.inInterrupt() ? -1L - host.cpu() : host.pid();
        if (key != lastContextKey || lastContext == null) {
            lastContext = contexts.computeIfAbsent(key, k -> new ContextState());
            lastContextKey = key;
        }
        return lastContext;
    }

    private ContextState interruptContext(int cpu) {
        return contexts.computeIfAbsent(-1L - cpu, k -> new ContextState());
    }

    private boolean enabledFor(ContextState ctx) {
        return enabled && ctx.disableCount == 0;
    }

    private boolean reorderAvailable(ContextState ctx) {
        return params.weakMemory() && ctx.disableScoped == 0;
    }

    // ---- the per-access algorithm

    /** One instrumented access (core.c check_access); {@code type} is a combination of {@link AccessType} bits. */
    public void checkAccess(long ptr, long size, int type) {
        if (config.ignoreAtomics() && AccessType.has(type, AccessType.ATOMIC)
                && !AccessType.has(type, AccessType.ASSERT)) {
            return;
        }
        check(ptr, size, type, null);
    }

    private void check(long ptr, long size, int type, TraceFrame ip) {
        if (size == 0) {
            return;
        }
        ContextState ctx = ctx();
        boolean substituted = false;
        while (true) {
            Watchpoints.Hit hit = watchpoints.find(ptr, size, AccessType.has(type, AccessType.WRITE));
            if (hit != null) {
                foundWatchpoint(ctx, ptr, size, type, ip, hit);
                return;
            }
            if (shouldWatch(ctx, ptr, size, type)) {
                setupWatchpoint(ctx, ptr, size, type, ip);
                return;
            }
            if (substituted || AccessType.has(type, AccessType.SCOPED) || !reorderAvailable(ctx)
                    || ctx.reorder.size == 0) {
                break;
            }
            // check the delayed (reordered) access as if it happened now
            ptr = ctx.reorder.ptr;
            type = ctx.reorder.type;
            ip = ctx.reorder.ip;
            size = ctx.reorder.size;
            substituted = true;
        }
        if (!ctx.scoped.isEmpty()) {
            checkScopedAccesses(ctx);
        }
    }

    private boolean isAtomic(ContextState ctx, long ptr, long size, int type) {
        if (AccessType.has(type, AccessType.ATOMIC)) {
            return true;
        }
        if (AccessType.has(type, AccessType.ASSERT)) {
            return false;
        }
        if (config.assumePlainWritesAtomic() && AccessType.has(type, AccessType.WRITE) && size <= 8
                && !AccessType.has(type, AccessType.COMPOUND) && (ptr & (size - 1)) == 0) {
            return true;
        }
        if (ctx.atomicNext > 0) {
            if (host.hardirqDepth() < 2) {
                ctx.atomicNext--;
            }
            return true;
        }
        return ctx.atomicNestCount > 0 || ctx.inFlatAtomic;
    }

    private boolean shouldWatch(ContextState ctx, long ptr, long size, int type) {
        if (isAtomic(ctx, ptr, size, type)) {
            return false;
        }
        return sampling.countDown(host.cpu());
    }

    private void resetSkip() {
        sampling.resetSkip(host.cpu(), params.skipWatch(), config.skipWatchRandomize());
    }

    private boolean isReorderAccess(ContextState ctx, long ptr, long size, int type, TraceFrame ip) {
        ScopedAccess r = ctx.reorder;
        return params.weakMemory() && r.size != 0 && r.ptr == ptr && r.size == size && r.type == type
                && java.util.Objects.equals(r.ip, ip);
    }

    private AccessInfo describe(long ptr, long size, int type, TraceFrame ip) {
        return new AccessInfo(ptr, size, type, host.pid(), host.inInterrupt(), host.cpu(), host.stack(), ip,
                config.verbose() ? host.verboseInfo() : List.of());
    }

    private void foundWatchpoint(ContextState ctx, long ptr, long size, int type, TraceFrame ip, Watchpoints.Hit hit) {
        if (!enabledFor(ctx)) {
            return;
        }
        if (ctx.accessMask != 0 && !isReorderAccess(ctx, ptr, size, type, ip)) {
            return;
        }
        if (!AccessType.has(type, AccessType.ASSERT) && config.permissive() && host.isCurrentFlags(ptr)) {
            return;
        }
        if (watchpoints.tryConsume(hit)) {
            AccessInfo mine = describe(ptr, size, type, ip);
            otherInfos[hit.index()] = mine;
            if (config.verbose()) {
                awaitConsumption(hit.index(), mine);
            }
        } else {
            counters[Counter.REPORT_RACES.ordinal()]++;
        }
        counters[(AccessType.has(type, AccessType.ASSERT) ? Counter.ASSERT_FAILURES : Counter.DATA_RACES)
                .ordinal()]++;
    }

    /**
     * report.c set_other_info_task_blocking(): with KCSAN_VERBOSE the
     * consumer waits, in 1 us steps, until the watcher has printed its info,
     * so that its held locks are still held; after about the longest watcher
     * delay it gives up, and its verbose lines are not printed.
     */
    private void awaitConsumption(int index, AccessInfo mine) {
        long timeout = Math.max(params.udelayTask(), params.udelayInterrupt());
        while (otherInfos[index] == mine) {
            if (timeout-- < 0) {
                otherInfos[index] = mine.withoutVerbose();
                return;
            }
            host.stall(1, false);
        }
    }

    private long readValue(long ptr, long size) {
        return size == 1 || size == 2 || size == 4 || size == 8 ? host.read(ptr, (int) size) : 0;
    }

    private long delayMicros(int type) {
        long base = host.inInterrupt() ? params.udelayInterrupt() : params.udelayTask();
        if (!config.delayRandomize()) {
            return base;
        }
        int shift = AccessType.has(type, AccessType.COMPOUND) || AccessType.has(type, AccessType.ASSERT) ? 1 : 0;
        return base - sampling.randomBelow(host.cpu(), base >> shift);
    }

    private void setupWatchpoint(ContextState ctx, long ptr, long size, int type, TraceFrame ip) {
        resetSkip();
        boolean assertion = AccessType.has(type, AccessType.ASSERT);
        if (!enabledFor(ctx) || (!assertion && config.permissive() && host.isCurrentFlags(ptr))) {
            return;
        }
        if (!Watchpoints.encodable(ptr, size)) {
            counters[Counter.UNENCODABLE_ACCESSES.ordinal()]++;
            return;
        }
        boolean reorder = isReorderAccess(ctx, ptr, size, type, ip);
        boolean interruptWatcher = config.interruptWatcher() && !reorder;
        long mask = reorder ? 0 : ctx.accessMask;
        ctx.disableScoped++;
        ContextState irq = interruptWatcher ? null : interruptContext(host.cpu());
        if (irq != null) {
            irq.disableCount++;
        }
        int index = watchpoints.insert(ptr, (int) size, AccessType.has(type, AccessType.WRITE));
        if (index < 0) {
            counters[Counter.NO_CAPACITY.ordinal()]++;
        } else {
            watch(ptr, size, type, ip, index, reorder, mask, !interruptWatcher);
        }
        if (irq != null) {
            irq.disableCount--;
        }
        ctx.disableScoped--;
        if (mask == 0 && !assertion && reorderAvailable(ctx)) {
            ctx.reorder.ptr = ptr;
            ctx.reorder.size = size;
            ctx.reorder.type = type | AccessType.SCOPED;
            ctx.reorder.ip = ip != null ? ip : callSite();
            ctx.reorderDepth = ctx.stackDepth;
        }
    }

    private TraceFrame callSite() {
        List<TraceFrame> stack = host.stack();
        return stack.isEmpty() ? null : stack.get(ReportPrinter.topFrame(stack));
    }

    private void watch(long ptr, long size, int type, TraceFrame ip, int index, boolean reorder, long mask,
                       boolean interruptsOff) {
        counters[Counter.SETUP_WATCHPOINTS.ordinal()]++;
        counters[Counter.USED_WATCHPOINTS.ordinal()]++;
        long before = reorder ? 0 : readValue(ptr, size);
        host.stall(delayMicros(type), interruptsOff || reorder);
        long after = reorder ? 0 : readValue(ptr, size);
        long diff = before ^ after;
        if (mask != 0) {
            diff &= mask;
        }
        boolean assertion = AccessType.has(type, AccessType.ASSERT);
        RaceReports.ValueChange change = diff != 0 && !ignoredChange(type, size, before, after, diff)
                ? RaceReports.ValueChange.TRUE : RaceReports.ValueChange.MAYBE;
        if (watchpoints.consume(index)) {
            if (change == RaceReports.ValueChange.MAYBE) {
                if (mask != 0) {
                    change = RaceReports.ValueChange.FALSE;
                } else if (size > 8 || assertion) {
                    change = RaceReports.ValueChange.TRUE;
                }
            }
            if (assertion && change == RaceReports.ValueChange.TRUE) {
                counters[Counter.ASSERT_FAILURES.ordinal()]++;
            }
            AccessInfo other = otherInfos[index];
            otherInfos[index] = null;
            reports.knownOrigin(describe(ptr, size, type, ip), other, change, before, after, mask);
        } else if (change == RaceReports.ValueChange.TRUE) {
            counters[Counter.RACES_UNKNOWN_ORIGIN.ordinal()]++;
            if (assertion) {
                counters[Counter.ASSERT_FAILURES.ordinal()]++;
            }
            if (config.reportRaceUnknownOrigin() || assertion) {
                reports.unknownOrigin(describe(ptr, size, type, ip), before, after, mask);
            }
        }
        watchpoints.remove(index);
        counters[Counter.USED_WATCHPOINTS.ordinal()]--;
    }

    /** permissive.h kcsan_ignore_data_race: a one-bit change of a plain read, unless a 0/1 flip. */
    private boolean ignoredChange(int type, long size, long before, long after, long diff) {
        if (!config.permissive() || type != AccessType.READ || size > 8) {
            return false;
        }
        return Long.bitCount(diff) == 1 && !(diff == 1 && (before == 0 || after == 0));
    }

    // ---- scoped accesses, weak memory, context controls

    private void checkScopedAccesses(ContextState ctx) {
        if (ctx.disableScoped > 0) {
            return;
        }
        ctx.disableScoped++;
        for (ScopedAccess sa : List.copyOf(ctx.scoped)) {
            check(sa.ptr, sa.size, sa.type, sa.ip);
        }
        ctx.disableScoped--;
    }

    /** Opens a scoped access (kcsan_begin_scoped_access); type should include SCOPED. */
    public Object beginScopedAccess(long ptr, long size, int type) {
        ScopedAccess sa = new ScopedAccess(ptr, size, type | AccessType.SCOPED, callSite());
        check(sa.ptr, sa.size, sa.type, sa.ip);
        ctx().scoped.addFirst(sa);
        return sa;
    }

    /** Closes a scoped access and checks it one last time (kcsan_end_scoped_access). */
    public void endScopedAccess(Object handle) {
        ContextState ctx = ctx();
        if (ctx.scoped.isEmpty() || !ctx.scoped.remove(handle)) {
            warn("Unbalanced kcsan_end_scoped_access()?", KernelWarning.END_SCOPED_ACCESS);
            return;
        }
        ScopedAccess sa = (ScopedAccess) handle;
        check(sa.ptr, sa.size, sa.type, sa.ip);
    }

    public void barrier(Barrier kind) {
        ContextState ctx = ctx();
        if (!reorderAvailable(ctx)) {
            return;
        }
        int type = ctx.reorder.type;
        boolean clears = switch (kind) {
            case FULL, RELEASE -> true;
            case WRITE -> AccessType.has(type, AccessType.WRITE) || AccessType.has(type, AccessType.COMPOUND);
            case READ -> !AccessType.has(type, AccessType.WRITE) || AccessType.has(type, AccessType.COMPOUND);
        };
        if (clears) {
            ctx.reorder.size = 0;
        }
    }

    /** Function entry of instrumented code (__tsan_func_entry). */
    public void functionEntry() {
        if (params.weakMemory()) {
            ctx().stackDepth++;
        }
    }

    /** Function exit: the reordered access is checked one last time if it belongs here (__tsan_func_exit). */
    public void functionExit() {
        if (!params.weakMemory()) {
            return;
        }
        ContextState ctx = ctx();
        if (reorderAvailable(ctx) && ctx.stackDepth <= ctx.reorderDepth) {
            if (ctx.reorder.size != 0) {
                host.preemptionPoint();
            }
            ScopedAccess r = ctx.reorder;
            check(r.ptr, r.size, r.type, r.ip);
            r.size = 0;
            ctx.reorderDepth = Integer.MIN_VALUE;
        }
        ctx.stackDepth--;
    }

    /**
     * The current context's state and its CPU's sampling state as one number: equal numbers mean the
     * runtime would treat the context's next accesses alike (the interpreter's spin detection).
     */
    public long fingerprint() {
        ContextState ctx = ctx();
        long[] cpu = sampling.state(host.cpu());
        long h = java.util.Objects.hash(ctx.disableCount, ctx.disableScoped, ctx.atomicNext, ctx.atomicNestCount,
                ctx.inFlatAtomic, ctx.accessMask, ctx.stackDepth, ctx.reorderDepth, ctx.reorder.ptr, ctx.reorder.size,
                ctx.reorder.type, ctx.reorder.ip, cpu[0], cpu[1], enabled);
        for (ScopedAccess sa : ctx.scoped) {
            h = 31 * h + java.util.Objects.hash(sa.ptr, sa.size, sa.type, sa.ip);
        }
        return h;
    }

    public void disableCurrent() {
        ctx().disableCount++;
    }

    public void enableCurrent() {
        ContextState ctx = ctx();
        if (--ctx.disableCount < 0) {
            ctx.disableCount = 0;
            // core.c: disabled while warning, so the warning's own accesses are not checked
            ctx.disableCount++;
            warn("Unbalanced kcsan_enable_current()", KernelWarning.ENABLE_CURRENT);
            ctx.disableCount--;
        }
    }

    public void enableCurrentNowarn() {
        ContextState ctx = ctx();
        if (--ctx.disableCount < 0) {
            ctx.disableCount = 0;
        }
    }

    public void nestableAtomicBegin() {
        ctx().atomicNestCount++;
    }

    public void nestableAtomicEnd() {
        ContextState ctx = ctx();
        if (--ctx.atomicNestCount < 0) {
            ctx.atomicNestCount = 0;
            ctx.disableCount++;
            warn("Unbalanced kcsan_nestable_atomic_end()", KernelWarning.NESTABLE_ATOMIC_END);
            ctx.disableCount--;
        }
    }

    public void flatAtomicBegin() {
        ctx().inFlatAtomic = true;
    }

    public void flatAtomicEnd() {
        ctx().inFlatAtomic = false;
    }

    public void atomicNext(int n) {
        ctx().atomicNext = n;
    }

    public void setAccessMask(long mask) {
        ctx().accessMask = mask;
    }

    /** ASSERT_EXCLUSIVE_BITS(var, mask): a masked assertion, then the next access counts as atomic. */
    public void assertExclusiveBits(long ptr, long size, long mask) {
        setAccessMask(mask);
        checkAccess(ptr, size, AccessType.ASSERT);
        setAccessMask(0);
        atomicNext(1);
    }

    /** A WARN() of the runtime: the full report, then the kernel is tainted (TAINT_WARN). */
    private void warn(String message, KernelWarning.Site site) {
        for (String line : KernelWarning.lines(message, site, reports.footer(), host.inInterrupt(), host.stack(),
                config.verbose() ? host.irqEvents() : List.of())) {
            host.printk(line);
        }
        host.taint(org.kdocs.interp.Machine.TAINT_WARN);
    }

    Watchpoints watchpoints() {
        return watchpoints;
    }
}
