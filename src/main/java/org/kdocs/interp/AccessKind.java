package org.kdocs.interp;

/** Direction of a memory access; {@code READ_WRITE} is a read-modify-write reported as one access. */
public enum AccessKind { READ, WRITE, READ_WRITE }
