package org.kdocs.interp;

/** Memory-ordering semantics attached to an access (e.g. smp_load_acquire is ACQUIRE). */
public enum Ordering { NONE, ACQUIRE, RELEASE, FULL }
