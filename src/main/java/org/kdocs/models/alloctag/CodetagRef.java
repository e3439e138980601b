package org.kdocs.models.alloctag;

/**
 * include/linux/codetag.h union codetag_ref: the back-pointer an allocation keeps to the tag it was
 * charged to. Under CONFIG_MEM_ALLOC_PROFILING_DEBUG it may hold the CODETAG_EMPTY sentinel, which
 * marks memory that is deliberately not tracked.
 */
public final class CodetagRef {
    private AllocTag tag;
    private boolean empty;

    public AllocTag tag() {
        return tag;
    }

    public boolean isEmpty() {
        return empty;
    }

    /** ref->ct != NULL, the sentinel included. */
    boolean isSet() {
        return tag != null || empty;
    }

    void set(AllocTag tag) {
        this.tag = tag;
        this.empty = false;
    }

    void setEmpty() {
        this.tag = null;
        this.empty = true;
    }

    void clear() {
        this.tag = null;
        this.empty = false;
    }
}
