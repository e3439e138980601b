package org.kdocs.interp.exec;

import org.kdocs.interp.AccessKind;
import org.kdocs.interp.Marking;
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

    static final class Load extends Instruction {
        final ExprNode address;
        final int size;
        final Conversion conv;
        final Site site;
        final Marking marking;
        final Ordering ordering;
        final int dest;

        Load(ExprNode address, int size, Conversion conv, Site site, Marking marking, Ordering ordering, int dest) {
            this.address = address;
            this.size = size;
            this.conv = conv;
            this.site = site;
            this.marking = marking;
            this.ordering = ordering;
            this.dest = dest;
        }

        @Override
        Site site() {
            return site;
        }

        @Override
        int exec(Frame f, int pc) {
            long a = address.eval(f);
            Worker w = f.w;
            Block b = w.valid(a, size, site, false);
            if (!w.atPoint(b, this)) {
                return YIELD;
            }
            f.slots[dest] = conv.apply(w.loadFrom(b, a, size, site, marking, ordering));
            return pc + 1;
        }
    }

    static final class Store extends Instruction {
        final ExprNode address;
        final ExprNode value;
        final int size;
        final Site site;
        final Marking marking;
        final Ordering ordering;

        Store(ExprNode address, ExprNode value, int size, Site site, Marking marking, Ordering ordering) {
            this.address = address;
            this.value = value;
            this.size = size;
            this.site = site;
            this.marking = marking;
            this.ordering = ordering;
        }

        @Override
        Site site() {
            return site;
        }

        @Override
        int exec(Frame f, int pc) {
            long a = address.eval(f);
            long v = value.eval(f);
            Worker w = f.w;
            Block b = w.valid(a, size, site, true);
            if (!w.atPoint(b, this)) {
                return YIELD;
            }
            w.storeTo(b, a, size, v, site, marking, ordering);
            return pc + 1;
        }
    }

    /** ++/--/compound assignment on memory: one READ_WRITE access, as KCSAN's compound instrumentation. */
    static final class Update extends Instruction {
        final ExprNodes.MemUpdate node;
        final ExprNode address;
        final ExprNode operand;
        final int dest;

        Update(ExprNodes.MemUpdate node, ExprNode address, ExprNode operand, int dest) {
            this.node = node;
            this.address = address;
            this.operand = operand;
            this.dest = dest;
        }

        @Override
        Site site() {
            return node.site;
        }

        @Override
        int exec(Frame f, int pc) {
            ExprNodes.MemUpdate n = node;
            long a = address.eval(f);
            long rhs = operand.eval(f);
            Worker w = f.w;
            Block b = w.valid(a, n.size, n.site, true);
            if (!w.atPoint(b, this)) {
                return YIELD;
            }
            try {
                if (w.run.observed) {
                    long switches = w.run.switches;
                    long before = b.read(a, n.size);
                    w.run.report(w, a, n.size, AccessKind.READ_WRITE, n.marking, Ordering.NONE, before,
                            n.compute(before, rhs) & AtomicBuiltins.mask(n.size), n.site, b.kind == Block.Kind.STACK);
                    if (switches != w.run.switches) {
                        b = w.valid(a, n.size, n.site, true);
                    }
                }
                long old = n.conv.apply(b.read(a, n.size));
                long updated = n.compute(old, rhs);
                b.write(a, n.size, updated);
                if (b.kind != Block.Kind.STACK) {
                    w.spin.changed();
                }
                f.slots[dest] = n.post ? old : updated;
            } catch (BinaryOperator.DivideByZero e) {
                throw ExprNodes.divideError(f, n.site);
            }
            return pc + 1;
        }
    }

    /** Struct assignment (a byte copy); restartable like a builtin, its point is its first effect. */
    static final class Copy extends Instruction {
        final ExprNode dst;
        final ExprNode src;
        final int size;
        final Site site;

        Copy(ExprNodes.Copy copy, ExprNode dst, ExprNode src) {
            this.dst = dst;
            this.src = src;
            this.size = copy.size;
            this.site = copy.site;
        }

        @Override
        Site site() {
            return site;
        }

        @Override
        int exec(Frame f, int pc) {
            Worker w = f.w;
            w.restartable = true;
            try {
                w.bulk(dst.eval(f), size, 0, src.eval(f), site);
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
            this.call = call;
            this.args = args;
            this.dest = dest;
            this.effects = !call.builtin.restartable() && !SpinDetector.quiet(call.builtin.name());
        }

        @Override
        Site site() {
            return call.site;
        }

        @Override
        int exec(Frame f, int pc) {
            long[] values = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(f);
            }
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
        final FunctionCode function;
        final ExprNode[] args;
        final Conversion conv;
        final Site site;
        final int dest;

        Call(ExprNodes.Call call, ExprNode[] args, int dest) {
            this.function = call.function;
            this.args = args;
            this.conv = call.conv;
            this.site = call.site;
            this.dest = dest;
        }

        @Override
        Site site() {
            return site;
        }

        @Override
        int exec(Frame f, int pc) {
            long[] values = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(f);
            }
            f.pc = pc + 1;
            f.w.enter(function, values, site, dest, conv);
            return FRAME;
        }
    }

    /** A call through a function pointer, checked against the functions of the program. */
    static final class CallPointer extends Instruction {
        final ExprNode target;
        final ExprNode[] args;
        final Conversion conv;
        final Site site;
        final int dest;

        CallPointer(ExprNodes.CallPointer call, ExprNode target, ExprNode[] args, int dest) {
            this.target = target;
            this.args = args;
            this.conv = call.conv;
            this.site = call.site;
            this.dest = dest;
        }

        @Override
        Site site() {
            return site;
        }

        @Override
        int exec(Frame f, int pc) {
            Worker w = f.w;
            long address = target.eval(f);
            FunctionCode fn = w.run.image.functionsByAddress.get(address);
            if (fn == null) {
                throw w.memoryFault(address, 1, false, site, w.run.mem.find(address, 1));
            }
            long[] values = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(f);
            }
            if (values.length != fn.paramTypes.length) {
                throw w.fault("BUG: indirect call to " + fn.name + " with " + values.length + " arguments, it takes "
                        + fn.paramTypes.length, null, site);
            }
            f.pc = pc + 1;
            w.enter(fn, values, site, dest, conv);
            return FRAME;
        }
    }
}
