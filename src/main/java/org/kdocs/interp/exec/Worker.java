package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.kdocs.interp.AccessKind;
import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.Site;
import org.kdocs.interp.ThreadContext;

/** A simulated task or interrupt handler, backed by a Java thread that runs only when scheduled. */
final class Worker implements ThreadContext {
    enum State { NEW, PAUSED, RUNNING, BLOCKED, DELAYED, DONE }

    static final int MAX_DEPTH = 1000;
    static final int STACK_SIZE = 64 * 1024;

    final Run run;
    final int id;
    final int cpu;
    final boolean interrupt;
    final String name;
    final Block stack;
    State state = State.NEW;
    boolean entered;
    boolean irqsDisabled;
    int rcuDepth;
    long wakeAt;
    BooleanSupplier unblock;
    int line;
    long sp;
    private final FunctionInfo[] functions = new FunctionInfo[MAX_DEPTH + 1];
    private final Site[] callSites = new Site[MAX_DEPTH + 1];
    private int depth;
    private final Map<Object, Object> locals = new HashMap<>();
    Thread thread;

    Worker(Run run, int id, int cpu, boolean interrupt, String function) {
        this.run = run;
        this.id = id;
        this.cpu = cpu;
        this.interrupt = interrupt;
        this.name = "T" + id;
        this.stack = run.mem.map(Mem.STACKS + (long) id * 0x100000L, STACK_SIZE, Block.Kind.STACK, name + " stack");
        this.sp = stack.end;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    /** Tasks have pid 100 + id; an interrupt handler reports the pid of the task it interrupted (0: idle). */
    @Override
    public int pid() {
        if (!interrupt) {
            return 100 + id;
        }
        Worker task = interruptedTask();
        return task == null ? 0 : task.pid();
    }

    @Override
    public java.util.Optional<ThreadContext> interrupted() {
        return java.util.Optional.ofNullable(interruptedTask());
    }

    private Worker interruptedTask() {
        if (!interrupt) {
            return null;
        }
        for (Worker w : run.workers) {
            if (!w.interrupt && w.cpu == cpu && w.state != State.DONE && w.state != State.NEW) {
                return w;
            }
        }
        return null;
    }

    @Override
    public int cpu() {
        return cpu;
    }

    @Override
    public boolean inInterrupt() {
        return interrupt;
    }

    @Override
    public boolean irqsDisabled() {
        return irqsDisabled;
    }

    @Override
    public FunctionInfo currentFunction() {
        return depth == 0 ? null : functions[depth - 1];
    }

    @Override
    public List<Site> callers() {
        List<Site> out = new ArrayList<>();
        for (int i = depth - 1; i >= 0; i--) {
            if (callSites[i] != null) {
                out.add(callSites[i]);
            }
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T local(Object key, Supplier<T> initial) {
        return (T) locals.computeIfAbsent(key, k -> initial.get());
    }

    // ---- statements and accesses ----

    void step(int atLine) {
        line = atLine;
        run.step(this);
    }

    long load(long address, int size, Site site, Marking marking, Ordering ordering) {
        Block b = valid(address, size, site, false);
        boolean onStack = b.kind == Block.Kind.STACK;
        long switches = run.switches;
        if (!onStack) {
            run.point(this);
        }
        if (run.observed) {
            long old = switches == run.switches ? b.read(address, size) : valid(address, size, site, false)
                    .read(address, size);
            run.report(this, address, size, AccessKind.READ, marking, ordering, old, old, site, onStack);
        }
        if (switches != run.switches) {
            b = valid(address, size, site, false);
        }
        return b.read(address, size);
    }

    void store(long address, int size, long value, Site site, Marking marking, Ordering ordering) {
        Block b = valid(address, size, site, true);
        boolean onStack = b.kind == Block.Kind.STACK;
        long switches = run.switches;
        if (!onStack) {
            run.point(this);
        }
        if (run.observed) {
            if (switches != run.switches) {
                b = valid(address, size, site, true);
            }
            run.report(this, address, size, AccessKind.WRITE, marking, ordering, b.read(address, size),
                    value & AtomicBuiltins.mask(size), site, onStack);
        }
        if (switches != run.switches) {
            b = valid(address, size, site, true);
        }
        b.write(address, size, value);
    }

    /** Read-modify-write as one access; returns the old value (zero-extended). */
    long rmw(long address, int size, Site site, Marking marking, Ordering ordering,
             java.util.function.LongUnaryOperator update) {
        Block b = valid(address, size, site, true);
        boolean onStack = b.kind == Block.Kind.STACK;
        if (!onStack) {
            run.point(this);
            b = valid(address, size, site, true);
        }
        if (run.observed) {
            long old = b.read(address, size);
            run.report(this, address, size, AccessKind.READ_WRITE, marking, ordering, old,
                    update.applyAsLong(old) & AtomicBuiltins.mask(size), site, onStack);
            b = valid(address, size, site, true);
        }
        long old = b.read(address, size);
        b.write(address, size, update.applyAsLong(old));
        return old;
    }

    /**
     * memcpy from {@code src} (or memset with {@code fill} when src is -1) of {@code n} bytes: one
     * scheduling point and one access per side covering the whole range, then the bytes.
     */
    long bulk(long dst, long n, long fill, long src, Site site) {
        if (n <= 0) {
            return dst;
        }
        if (n > Integer.MAX_VALUE) {
            throw memoryFault(dst, Integer.MAX_VALUE, true, site, null);
        }
        int len = (int) n;
        if (src != -1) {
            valid(src, len, site, false);
        }
        valid(dst, len, site, true);
        boolean onStack = run.mem.find(dst, len).kind == Block.Kind.STACK
                && (src == -1 || run.mem.find(src, len).kind == Block.Kind.STACK);
        if (!onStack) {
            run.point(this);
            if (src != -1) {
                valid(src, len, site, false);
            }
            valid(dst, len, site, true);
        }
        if (run.observed) {
            if (src != -1) {
                long v = len <= 8 ? run.mem.read(src, len) : 0;
                run.report(this, src, len, AccessKind.READ, Marking.PLAIN, Ordering.NONE, v, v, site, onStack);
            }
            long old = len <= 8 ? run.mem.read(dst, len) : 0;
            long value = len <= 8 ? (src != -1 ? run.mem.read(src, len) : fill * 0x0101010101010101L
                    & AtomicBuiltins.mask(len)) : 0;
            run.report(this, dst, len, AccessKind.WRITE, Marking.PLAIN, Ordering.NONE, old, value, site, onStack);
        }
        if (src != -1) {
            run.mem.copy(dst, src, len);
        } else {
            for (int i = 0; i < len; i++) {
                run.mem.write(dst + i, 1, fill);
            }
        }
        return dst;
    }

    Block valid(long address, int size, Site site, boolean write) {
        Block b = run.mem.find(address, size);
        if (b == null || b.freed || !b.contains(address, size)) {
            throw memoryFault(address, size, write, site, b);
        }
        return b;
    }

    Stop memoryFault(long address, int size, boolean write, Site site, Block b) {
        String what;
        if (Long.compareUnsigned(address, 4096) < 0) {
            what = String.format("BUG: kernel NULL pointer dereference, address: %016x", address);
        } else if (b != null && b.freed && address >= b.base && address < b.end) {
            what = "BUG: KASAN: " + (b.kind == Block.Kind.HEAP ? "slab-use-after-free" : "use-after-free") + " in "
                    + site.symbolic();
        } else if (b != null && address >= b.base && address < b.end + 4096) {
            String region = switch (b.kind) {
                case GLOBAL, RODATA -> "global";
                case STACK -> "stack";
                case VMALLOC -> "vmalloc";
                case HEAP -> "slab";
                default -> "page";
            };
            what = "BUG: KASAN: " + region + "-out-of-bounds in " + site.symbolic();
        } else {
            what = String.format("BUG: unable to handle page fault for address: %016x", address);
        }
        String detail = String.format("%s of size %d at addr %016x by task %s/%d", write ? "Write" : "Read", size,
                address, name, pid());
        return fault(what, detail, site);
    }

    Stop fault(String message, String detail, Site site) {
        run.print(message + "\n" + (detail == null ? "" : detail + "\n") + " " + site + "\n");
        return new Stop(new Outcome.Fault(message, site, name));
    }

    // ---- calls ----

    long call(FunctionCode fn, long[] args, Site callSite) {
        if (depth >= MAX_DEPTH) {
            throw fault("BUG: stack guard page was hit (kernel stack overflow)", "in " + fn.name + " at call depth "
                    + depth, callSite);
        }
        long base = (sp - fn.frameBytes) & ~15L;
        if (base < stack.base) {
            throw fault("BUG: stack guard page was hit (kernel stack overflow)", "frame of " + fn.name
                    + " does not fit", callSite);
        }
        long savedSp = sp;
        java.util.Arrays.fill(stack.data, (int) (base - stack.base), (int) (savedSp - stack.base), (byte) 0);
        Frame f = new Frame(this, fn.slots, base);
        for (int i = 0; i < fn.paramTypes.length && i < args.length; i++) {
            if (fn.paramSlots[i] >= 0) {
                f.slots[fn.paramSlots[i]] = args[i];
            } else if (fn.paramTypes[i].kind == org.kdocs.interp.parse.CType.Kind.STRUCT) {
                run.mem.copy(base + fn.paramOffsets[i], args[i], fn.paramTypes[i].sizeOf());
            } else {
                stack.write(base + fn.paramOffsets[i], fn.paramTypes[i].sizeOf(), args[i]);
            }
        }
        functions[depth] = fn.info;
        callSites[depth] = callSite;
        depth++;
        sp = base;
        int savedLine = line;
        if (run.observed) {
            run.functionEntry(this, fn.info, callSite);
        }
        fn.body.exec(f);
        while (f.cleanups != null && !f.cleanups.isEmpty()) {
            f.cleanups.remove(f.cleanups.size() - 1).run();
        }
        if (run.observed) {
            run.functionExit(this, fn.info);
        }
        depth--;
        sp = savedSp;
        line = savedLine;
        return f.returnValue;
    }
}
