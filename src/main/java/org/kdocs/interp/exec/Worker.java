package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.kdocs.interp.AccessKind;
import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.Site;
import org.kdocs.interp.ThreadContext;
import org.kdocs.interp.ThreadSpec;

/**
 * A simulated task or interrupt handler: its frames live on the heap and {@link #execute} runs its
 * instructions, so the scheduler switches threads without switching Java threads. Only a thread
 * suspended inside Java code (a model's hook or a builtin that waits) keeps a carrier thread.
 */
final class Worker implements ThreadContext {
    enum State { NEW, PAUSED, RUNNING, BLOCKED, DELAYED, DONE }

    static final int MAX_DEPTH = 1000;
    static final int STACK_SIZE = 64 * 1024;

    final Run run;
    final int id;
    final int cpu;
    final boolean interrupt;
    final String name;
    final String comm;
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
    private Object[] localKeys = new Object[4];
    private Object[] localValues = new Object[4];
    /** The innermost frame; null before the thread starts and after it ends. */
    Frame top;
    private boolean started;
    /** How many times an interrupt handler has run to its end. */
    private int fired;
    /** The thread yielded at the scheduling point it is about to pass again when resumed. */
    boolean pointTaken;
    /** Inside a restartable builtin that has not reached its first scheduling point. */
    boolean restartable;
    /** The carrier thread whose stack holds this thread's Java frames while it is suspended in Java code. */
    Thread carrier;
    /** The builtin instruction running now (the scheduling point of a restartable builtin). */
    Instruction builtin;
    final SpinDetector spin = new SpinDetector(this);
    /** Waiting because it was spinning (see {@link SpinDetector}). */
    boolean spinning;

    Worker(Run run, int id, int cpu, boolean interrupt, String function) {
        this.run = run;
        this.id = id;
        this.cpu = cpu;
        this.interrupt = interrupt;
        this.name = "T" + id;
        this.comm = function.length() > 15 ? function.substring(0, 15) : function;
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

    @Override
    public String comm() {
        return comm;
    }

    @Override
    public Site site() {
        return top == null ? null : top.code[top.pc].site;
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
        // a few keys per thread (one or two per model), looked up on every access: a linear scan
        for (int i = 0; i < localKeys.length && localKeys[i] != null; i++) {
            if (localKeys[i].equals(key)) {
                return (T) localValues[i];
            }
        }
        T value = initial.get();
        int n = 0;
        while (n < localKeys.length && localKeys[n] != null) {
            n++;
        }
        if (n == localKeys.length) {
            localKeys = java.util.Arrays.copyOf(localKeys, n * 2);
            localValues = java.util.Arrays.copyOf(localValues, n * 2);
        }
        localKeys[n] = key;
        localValues[n] = value;
        return value;
    }

    // ---- execution ----

    /**
     * Runs this thread's instructions until it yields its CPU at a scheduling point (false) or its
     * function returns (true: the thread is done, or an interrupt handler may fire again).
     */
    boolean execute() {
        if (!started) {
            started = true;
            begin();
        }
        while (top != null) {
            Frame f = top;
            Instruction[] code = f.code;
            int pc = f.pc;
            int next;
            // the pc is kept in the frame: a model may ask where a suspended thread is (site())
            while ((next = code[f.pc = pc].exec(f, pc)) >= 0) {
                pc = next;
            }
            if (next == Instruction.YIELD) {
                f.pc = pc;
                return false;
            }
        }
        return true;
    }

    private void begin() {
        ThreadSpec spec = run.options.threads().get(id - 1);
        FunctionCode fn = run.image.functions.get(spec.function());
        run.threadStart(this);
        enter(fn, fn.paramTypes.length == 1 ? new long[] {spec.argument()} : new long[0], null, -1, Conversion.NONE);
    }

    int depth() {
        return depth;
    }

    void step(int atLine) {
        line = atLine;
        run.step(this);
    }

    // ---- scheduling points ----

    /**
     * The scheduling point of an instruction's access to block {@code b}: true to go on with the access,
     * false when the thread yields first (the instruction then runs again when the thread is resumed).
     */
    boolean atPoint(Block b, Instruction at) {
        if (b.kind == Block.Kind.STACK) {
            return true;
        }
        if (pointTaken) {
            pointTaken = false;
            return true;
        }
        waitIfSpinning(at);
        return !run.yieldsAt(this);
    }

    /** Turns a spinning thread into a waiting one (the scheduling decision that follows switches away). */
    private void waitIfSpinning(Object at) {
        if (run.detectsSpins() && spin.spinningAt(at)) {
            state = State.BLOCKED;
            unblock = spin.waitCondition();
            spinning = true;
            run.spinners++;
        }
    }

    /**
     * A scheduling point reached inside Java code (a builtin): at the first one of a restartable builtin
     * a switch unwinds the builtin with {@link Yield} so that it runs again from the start when resumed;
     * anywhere else the thread is suspended where it is.
     */
    void point() {
        boolean restart = restartable;
        restartable = false;
        if (pointTaken) {
            pointTaken = false;
            return;
        }
        if (restart) {
            waitIfSpinning(builtin);
        }
        if (!run.yieldsAt(this)) {
            return;
        }
        if (restart) {
            throw Yield.INSTANCE;
        }
        pointTaken = false;
        run.suspend(this);
    }

    /** Unwinds a restartable builtin (or struct copy) whose thread was switched out at its first access. */
    static final class Yield extends RuntimeException {
        static final Yield INSTANCE = new Yield();

        private Yield() {
            super("yield", null, false, false);
        }
    }

    // ---- accesses from builtins ----

    long load(long address, int size, Site site, Marking marking, Ordering ordering) {
        Block b = valid(address, size, site, false);
        boolean onStack = b.kind == Block.Kind.STACK;
        long switches = run.switches;
        if (!onStack) {
            point();
            if (switches != run.switches) {
                b = valid(address, size, site, false);
            }
        }
        return loadFrom(b, address, size, site, marking, ordering);
    }

    /** The access itself, past its scheduling point: listeners first, then the read. */
    long loadFrom(Block b, long address, int size, Site site, Marking marking, Ordering ordering) {
        boolean onStack = b.kind == Block.Kind.STACK;
        if (run.observed) {
            long switches = run.switches;
            long old = b.read(address, size);
            run.report(this, address, size, AccessKind.READ, marking, ordering, old, old, site, onStack);
            if (switches != run.switches) {
                b = valid(address, size, site, false);
            }
        }
        long value = b.read(address, size);
        if (!onStack) {
            spin.read(address, size, value);
        }
        return value;
    }

    void store(long address, int size, long value, Site site, Marking marking, Ordering ordering) {
        Block b = valid(address, size, site, true);
        long switches = run.switches;
        if (b.kind != Block.Kind.STACK) {
            point();
            if (switches != run.switches) {
                b = valid(address, size, site, true);
            }
        }
        storeTo(b, address, size, value, site, marking, ordering);
    }

    void storeTo(Block b, long address, int size, long value, Site site, Marking marking, Ordering ordering) {
        if (b.kind != Block.Kind.STACK) {
            spin.changed();
        }
        if (run.observed) {
            long switches = run.switches;
            run.report(this, address, size, AccessKind.WRITE, marking, ordering, b.read(address, size),
                    value & AtomicBuiltins.mask(size), site, b.kind == Block.Kind.STACK);
            if (switches != run.switches) {
                b = valid(address, size, site, true);
            }
        }
        b.write(address, size, value);
    }

    /** Read-modify-write as one access; returns the old value (zero-extended). */
    long rmw(long address, int size, Site site, Marking marking, Ordering ordering,
             java.util.function.LongUnaryOperator update) {
        Block b = valid(address, size, site, true);
        long switches = run.switches;
        if (b.kind != Block.Kind.STACK) {
            point();
            if (switches != run.switches) {
                b = valid(address, size, site, true);
            }
        }
        if (run.observed) {
            long old = b.read(address, size);
            run.report(this, address, size, AccessKind.READ_WRITE, marking, ordering, old,
                    update.applyAsLong(old) & AtomicBuiltins.mask(size), site, b.kind == Block.Kind.STACK);
            b = valid(address, size, site, true);
        }
        long old = b.read(address, size);
        long updated = update.applyAsLong(old);
        b.write(address, size, updated);
        if (b.kind != Block.Kind.STACK) {
            // a failed cmpxchg writes nothing: for a spinning thread it is a read
            if ((updated & AtomicBuiltins.mask(size)) != old) {
                spin.changed();
            } else {
                spin.read(address, size, old);
            }
        }
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
            point();
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
        spin.changed();
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
        String what = MemoryFaultTitle.of(address, b, site);
        String detail = String.format("%s of size %d at addr %016x by task %s/%d", write ? "Write" : "Read", size,
                address, name, pid());
        return fault(what, detail, site);
    }

    Stop fault(String message, String detail, Site site) {
        run.print(message + "\n" + (detail == null ? "" : detail + "\n") + " " + site + "\n");
        return new Stop(new Outcome.Fault(message, site, name));
    }

    // ---- calls ----

    /** Pushes a frame for {@code fn}; its result goes to the caller's {@code resultSlot} (-1: discarded). */
    void enter(FunctionCode fn, long[] args, Site callSite, int resultSlot, Conversion resultConv) {
        if (depth >= MAX_DEPTH) {
            throw fault("BUG: stack guard page was hit (kernel stack overflow)", "in " + fn.name + " at call depth "
                    + depth, callSite);
        }
        long base = (sp - fn.frameBytes) & ~15L;
        if (base < stack.base) {
            throw fault("BUG: stack guard page was hit (kernel stack overflow)", "frame of " + fn.name
                    + " does not fit", callSite);
        }
        java.util.Arrays.fill(stack.data, (int) (base - stack.base), (int) (sp - stack.base), (byte) 0);
        Frame f = new Frame(this, fn, base, top, callSite, resultSlot, resultConv, sp, line);
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
        top = f;
        if (run.observed) {
            run.functionEntry(this, fn.info, callSite);
        }
    }

    /** Pops frame {@code f} (the top one): its cleanups and exit hooks run, the caller gets the result. */
    void leave(Frame f) {
        while (f.cleanups != null && !f.cleanups.isEmpty()) {
            f.cleanups.remove(f.cleanups.size() - 1).run();
        }
        if (run.observed) {
            run.functionExit(this, f.fn.info);
        }
        depth--;
        sp = f.savedSp;
        line = f.savedLine;
        top = f.caller;
        if (top == null) {
            run.threadEnd(this);
            if (interrupt && ++fired < run.options.threads().get(id - 1).fires()) {
                // the handler returned; the interrupt may come again
                started = false;
                entered = false;
                state = State.PAUSED;
            } else {
                state = State.DONE;
            }
        } else if (f.resultSlot >= 0) {
            top.slots[f.resultSlot] = f.resultConv.apply(f.returnValue);
        }
    }
}
