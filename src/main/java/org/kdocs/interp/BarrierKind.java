package org.kdocs.interp;

/** Explicit barriers: barrier(), smp_mb(), smp_rmb(), smp_wmb(), smp_mb__before/after_atomic(). */
public enum BarrierKind { COMPILER, FULL, READ, WRITE, BEFORE_ATOMIC, AFTER_ATOMIC }
