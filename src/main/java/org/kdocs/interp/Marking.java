package org.kdocs.interp;

/**
 * How the source marked an access: a plain C access, a volatile one (READ_ONCE/WRITE_ONCE, volatile or
 * __data_racy objects, rcu_dereference ...), or an atomic operation (atomic_*, __atomic_*, locks, bitops).
 */
public enum Marking { PLAIN, ONCE, ATOMIC }
