package org.kdocs.interp.exec;

import java.util.Map;

/** The statement node classes the compiler builds. */
final class StmtNodes {
    private StmtNodes() {
    }

    static final class Eval extends St {
        final Ex expr;
        final int line;

        Eval(Ex expr, int line) {
            this.expr = expr;
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            f.w.step(line);
            expr.eval(f);
            return NORMAL;
        }
    }

    /** An empty statement, label or elided "..." line: no step, so limits name the enclosing loop's line. */
    static final class Nop extends St {
        final int line;

        Nop(int line) {
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    }

    /** A statement list; labels (for goto) map to the index to resume at. */
    static final class Seq extends St {
        final St[] items;
        final Map<Integer, Integer> labels;

        Seq(St[] items, Map<Integer, Integer> labels) {
            this.items = items;
            this.labels = labels;
        }

        @Override
        int exec(Frame f) {
            return runFrom(f, 0);
        }

        int runFrom(Frame f, int start) {
            for (int i = start; i < items.length; i++) {
                int r = items[i].exec(f);
                if (r != NORMAL) {
                    if (r == GOTO && labels != null) {
                        Integer at = labels.get(f.gotoLabel);
                        if (at != null) {
                            i = at - 1;
                            continue;
                        }
                    }
                    return r;
                }
            }
            return NORMAL;
        }
    }

    /** A block that calls scoped builtins: their cleanups run when control leaves it normally. */
    static final class ScopedSeq extends St {
        final Seq inner;

        ScopedSeq(Seq inner) {
            this.inner = inner;
        }

        @Override
        int exec(Frame f) {
            int mark = f.cleanups == null ? 0 : f.cleanups.size();
            int r = inner.exec(f);
            while (f.cleanups != null && f.cleanups.size() > mark) {
                f.cleanups.remove(f.cleanups.size() - 1).run();
            }
            return r;
        }
    }

    static final class IfElse extends St {
        final Ex cond;
        final St then;
        final St otherwise;
        final int line;

        IfElse(Ex cond, St then, St otherwise, int line) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            f.w.step(line);
            if (cond.eval(f) != 0) {
                return then.exec(f);
            }
            return otherwise == null ? NORMAL : otherwise.exec(f);
        }
    }

    /** while, do-while and for loops. */
    static final class Loop extends St {
        final Ex cond;
        final Ex step;
        final St body;
        final boolean testFirst;
        final int line;

        Loop(Ex cond, Ex step, St body, boolean testFirst, int line) {
            this.cond = cond;
            this.step = step;
            this.body = body;
            this.testFirst = testFirst;
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            boolean first = true;
            while (true) {
                f.w.step(line);
                if ((!first || testFirst) && cond != null && cond.eval(f) == 0) {
                    return NORMAL;
                }
                first = false;
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN || r == GOTO) {
                    return r;
                }
                if (step != null) {
                    step.eval(f);
                }
            }
        }
    }

    static final class SwitchOn extends St {
        final Ex value;
        final Seq body;
        final Map<Long, Integer> cases;
        final int defaultIndex;
        final int line;

        SwitchOn(Ex value, Seq body, Map<Long, Integer> cases, int defaultIndex, int line) {
            this.value = value;
            this.body = body;
            this.cases = cases;
            this.defaultIndex = defaultIndex;
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            f.w.step(line);
            Integer at = cases.get(value.eval(f));
            int start = at != null ? at : defaultIndex;
            if (start < 0) {
                return NORMAL;
            }
            int r = body.runFrom(f, start);
            return r == BREAK ? NORMAL : r;
        }
    }

    static final class Jump extends St {
        final int kind;
        final int line;

        Jump(int kind, int line) {
            this.kind = kind;
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            f.w.step(line);
            return kind;
        }
    }

    static final class GotoLabel extends St {
        final int label;
        final int line;

        GotoLabel(int label, int line) {
            this.label = label;
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            f.w.step(line);
            f.gotoLabel = label;
            return GOTO;
        }
    }

    static final class ReturnValue extends St {
        final Ex value;
        final int line;

        ReturnValue(Ex value, int line) {
            this.value = value;
            this.line = line;
        }

        @Override
        int exec(Frame f) {
            f.w.step(line);
            if (value != null) {
                f.returnValue = value.eval(f);
            }
            return RETURN;
        }
    }
}
