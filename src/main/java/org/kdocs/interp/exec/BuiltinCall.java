package org.kdocs.interp.exec;

import java.util.function.LongUnaryOperator;
import org.kdocs.interp.BarrierKind;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.CallContext;
import org.kdocs.interp.Machine;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Site;
import org.kdocs.interp.ThreadContext;

/** A call of a Java builtin (lowered to an instruction); a fresh context per call because builtins may block. */
final class BuiltinCall implements Effect {
    final Builtin builtin;
    final ExprNode[] args;
    final int[] sizes;
    final boolean[] signed;
    final Conversion conv;
    final Site site;

    BuiltinCall(Builtin builtin, ExprNode[] args, int[] sizes, boolean[] signed, Conversion conv, Site site) {
        this.builtin = builtin;
        this.args = args;
        this.sizes = sizes;
        this.signed = signed;
        this.conv = conv;
        this.site = site;
    }

    /** Calls the builtin with evaluated arguments; registers its cleanup with the calling frame. */
    long invoke(Frame f, long[] values) {
        Context context = new Context(f.w);
        long result = builtin.body().call(context, values);
        if (builtin.cleanup() != null) {
            if (f.cleanups == null) {
                f.cleanups = new java.util.ArrayList<>();
            }
            f.cleanups.add(() -> builtin.cleanup().call(context, values));
        }
        return conv.apply(result);
    }

    private final class Context implements CallContext {
        private final Worker w;

        Context(Worker w) {
            this.w = w;
        }

        @Override
        public Machine machine() {
            return w.run;
        }

        @Override
        public ThreadContext thread() {
            return w;
        }

        @Override
        public Site site() {
            return site;
        }

        @Override
        public int argSize(int i) {
            return i < sizes.length ? sizes[i] : 8;
        }

        @Override
        public boolean argSigned(int i) {
            return i < signed.length && signed[i];
        }

        @Override
        public long read(long address, int size, Marking marking, Ordering ordering) {
            return w.load(address, size, site, marking, ordering);
        }

        @Override
        public void write(long address, int size, long value, Marking marking, Ordering ordering) {
            w.store(address, size, value, site, marking, ordering);
        }

        @Override
        public long readModifyWrite(long address, int size, Marking marking, Ordering ordering,
                                    LongUnaryOperator update) {
            return w.rmw(address, size, site, marking, ordering, update);
        }

        @Override
        public void barrier(BarrierKind kind) {
            w.run.barrier(w, kind, site);
        }

        @Override
        public void scope(String scope, boolean enter) {
            w.run.scope(w, scope, enter, site);
        }

        @Override
        public String string(long address) {
            StringBuilder sb = new StringBuilder();
            for (long a = address; sb.length() < 4096; a++) {
                Block b = w.run.mem.find(a, 1);
                if (b == null || b.freed || !b.contains(a, 1)) {
                    if (sb.length() == 0) {
                        return address == 0 ? "(null)" : "(efault)";
                    }
                    break;
                }
                long c = b.read(a, 1);
                if (c == 0) {
                    break;
                }
                sb.append((char) c);
            }
            return sb.toString();
        }

        @Override
        public void waitUntilZero(long address, int size) {
            w.run.block(w, () -> w.run.mem.read(address, size) == 0);
        }

        @Override
        public RuntimeException oops(String message) {
            return w.fault(message, null, site);
        }
    }
}
