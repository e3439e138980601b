package org.kdocs.models.uffd;

import java.util.ArrayList;
import java.util.List;

/**
 * One userfaultfd context (fs/userfaultfd.c struct userfaultfd_ctx): its features once UFFDIO_API has
 * succeeded, its open flags, and the fault messages waiting to be read.
 */
public final class Userfaultfd {
    private final String name;
    private final long openFlags;
    private long features;
    private final List<FaultMessage> pending = new ArrayList<>();
    private final List<FaultMessage> blocked = new ArrayList<>();

    Userfaultfd(String name, long openFlags) {
        this.name = name;
        this.openFlags = openFlags;
    }

    /** A UFFD_EVENT_PAGEFAULT message: its flags and reported address. */
    public record FaultMessage(long flags, long address) {
    }

    public String name() {
        return name;
    }

    /** The ctx features: the requested bits plus UFFD_FEATURE_INITIALIZED after the handshake. */
    public long features() {
        return features;
    }

    public boolean initialized() {
        return (features & Uapi.FEATURE_INITIALIZED) != 0;
    }

    boolean has(long feature) {
        return (features & feature) != 0;
    }

    boolean userModeOnly() {
        return (openFlags & Uapi.USER_MODE_ONLY) != 0;
    }

    void initialize(long requested) {
        features = requested | Uapi.FEATURE_INITIALIZED;
    }

    void post(FaultMessage message) {
        pending.add(message);
        blocked.add(message);
    }

    /** Reads (and removes) the pending messages, as read(2) on the descriptor would. */
    public List<FaultMessage> readMessages() {
        List<FaultMessage> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    /** Faults whose threads sleep until a resolving ioctl wakes them. */
    public List<FaultMessage> blockedFaults() {
        return List.copyOf(blocked);
    }

    void wake(long start, long end) {
        blocked.removeIf(m -> m.address() >= start && m.address() < end);
    }

    @Override
    public String toString() {
        return name;
    }
}
