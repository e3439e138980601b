package org.kdocs.interp.exec;

import org.kdocs.interp.AccessKind;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Site;

/**
 * The instructions with a scheduling point (memory accesses, builtins) and calls. Each result goes to a
 * slot of the frame. An access validates its address, takes its scheduling point (yielding the CPU if
 * the scheduler says so), then reports to the listeners and performs the access.
 */
final class AccessInstructions {
    private AccessInstructions() {
    }

    /** A load into slot {@code dest}. */
    static final class Load extends Instruction {
        final Effect.Load access;
        final int dest;

        Load(Effect.Load access, int dest) {
            super(access.site());
            this.access = access;
            this.dest = dest;
        }

        @Override
        int exec(Frame f, int pc) {
            Effect.Load n = access;
            long a = n.address().eval(f);
            Worker w = f.w;
            Block b = w.valid(a, n.size(), n.site(), false);
            if (!w.atPoint(b, this)) {
                return YIELD;
            }
            f.slots[dest] = n.conversion().apply(w.loadFrom(b, a, n.size(), n.site(), n.marking(), n.ordering()));
            return pc + 1;
        }
    }

    /** A store of an already converted value. */
    static final class Store extends Instruction {
        final Effect.Store access;

        Store(Effect.Store access) {
            super(access.site());
            this.access = access;
        }

        @Override
        int exec(Frame f, int pc) {
            Effect.Store n = access;
            long a = n.address().eval(f);
            long v = n.value().eval(f);
            Worker w = f.w;
            Block b = w.valid(a, n.size(), n.site(), true);
            if (!w.atPoint(b, this)) {
                return YIELD;
            }
            w.storeTo(b, a, n.size(), v, n.site(), n.marking(), n.ordering());
            return pc + 1;
        }
    }

    /**
     * ++/--/compound assignment on memory: one READ_WRITE access, as KCSAN's compound instrumentation. The
     * parts of the update it runs every time are copied into its fields, as {@link ExprNodes.SlotUpdate}'s.
     */
    static final class Update extends Instruction {
        final Effect.MemoryUpdate update;
        final ExprNode address;
        final ExprNode operand;
        final int size;
        final Conversion loaded;
        final BinaryOperator operator;
        final Conversion conversion;
        final boolean unsigned64;
        final boolean unsigned;
        final boolean post;
        final int dest;

        Update(Effect.MemoryUpdate update, int dest) {
            super(update.site());
            this.update = update;
            this.address = update.address();
            this.operand = update.operand();
            this.size = update.size();
            this.loaded = update.loaded();
            this.operator = update.assignment().operator();
            this.conversion = update.assignment().conversion();
            this.unsigned64 = update.assignment().unsigned64();
            this.unsigned = update.assignment().unsigned();
            this.post = update.assignment().post();
            this.dest = dest;
        }

        @Override
        int exec(Frame f, int pc) {
            long a = address.eval(f);
            long rhs = operand.eval(f);
            Worker w = f.w;
            Block b = w.valid(a, size, site, true);
            if (!w.atPoint(b, this)) {
                return YIELD;
            }
            try {
                if (w.run.observed) {
                    long switches = w.run.switches;
                    long before = b.read(a, size);
                    w.run.report(w, a, size, AccessKind.READ_WRITE, update.marking(), Ordering.NONE, before,
                            update.compute(before, rhs) & AtomicBuiltins.mask(size), site,
                            b.kind == Block.Kind.STACK);
                    if (switches != w.run.switches) {
                        b = w.valid(a, size, site, true);
                    }
                }
                long old = loaded.apply(b.read(a, size));
                long updated = conversion.apply(operator.apply(old, rhs, unsigned64, unsigned));
                b.write(a, size, updated);
                if (b.kind != Block.Kind.STACK) {
                    w.spin.changed();
                }
                f.slots[dest] = post ? old : updated;
            } catch (BinaryOperator.DivideByZero e) {
                throw ExprNodes.divideError(f, site);
            }
            return pc + 1;
        }
    }

    /** Struct assignment (a byte copy); restartable like a builtin, its point is its first effect. */
    static final class Copy extends Instruction {
        final Effect.Copy copy;

        Copy(Effect.Copy copy) {
            super(copy.site());
            this.copy = copy;
        }

        @Override
        int exec(Frame f, int pc) {
            Worker w = f.w;
            w.restartable = true;
            try {
                w.bulk(copy.destination().eval(f), copy.size(), 0, copy.source().eval(f), copy.site());
            } catch (Worker.Yield y) {
                return YIELD;
            } finally {
                w.restartable = false;
            }
            w.pointTaken = false;
            return pc + 1;
        }
    }

    /** A call of a Java builtin; a restartable one is simply called again if its thread yielded in it. */
    static final class Builtin extends Instruction {
        final BuiltinCall call;
        final ExprNode[] args;
        final int dest;
        /** Neither restartable nor quiet: it may change anything, so a loop calling it is no spin. */
        final boolean effects;

        Builtin(BuiltinCall call, ExprNode[] args, int dest) {
            super(call.site);
            this.call = call;
            this.args = args;
            this.dest = dest;
            this.effects = !call.builtin.restartable() && !SpinDetector.quiet(call.builtin.name());
        }

        @Override
        int exec(Frame f, int pc) {
            long[] values = evaluate(args, f);
            Worker w = f.w;
            if (effects) {
                w.spin.changed();
            }
            w.restartable = call.builtin.restartable();
            w.builtin = this;
            long result;
            try {
                result = call.invoke(f, values);
            } catch (Worker.Yield y) {
                return YIELD;
            } finally {
                w.restartable = false;
            }
            w.pointTaken = false;
            f.slots[dest] = result;
            return pc + 1;
        }
    }

    /** A direct call: pushes the callee's frame; the caller resumes at the next instruction. */
    static final class Call extends Instruction {
        final Effect.Call call;
        final int dest;

        Call(Effect.Call call, int dest) {
            super(call.site());
            this.call = call;
            this.dest = dest;
        }

        @Override
        int exec(Frame f, int pc) {
            long[] values = evaluate(call.args(), f);
            f.pc = pc + 1;
            f.w.enter(call.function(), values, call.site(), dest, call.conversion());
            return FRAME;
        }
    }

    /** A call through a function pointer, checked against the functions of the program. */
    static final class CallPointer extends Instruction {
        final Effect.CallPointer call;
        final int dest;

        CallPointer(Effect.CallPointer call, int dest) {
            super(call.site());
            this.call = call;
            this.dest = dest;
        }

        @Override
        int exec(Frame f, int pc) {
            Worker w = f.w;
            long address = call.target().eval(f);
            FunctionCode fn = w.run.image.functionsByAddress.get(address);
            if (fn == null) {
                throw w.memoryFault(address, 1, false, call.site(), w.run.mem.find(address, 1));
            }
            long[] values = evaluate(call.args(), f);
            if (values.length != fn.paramTypes.length) {
                throw w.fault("BUG: indirect call to " + fn.name + " with " + values.length + " arguments, it takes "
                        + fn.paramTypes.length, null, call.site());
            }
            f.pc = pc + 1;
            w.enter(fn, values, call.site(), dest, call.conversion());
            return FRAME;
        }
    }

    static long[] evaluate(ExprNode[] args, Frame f) {
        long[] values = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(f);
        }
        return values;
    }
}
