package org.kdocs.models.uffd;

/**
 * Which memory accepts which UFFDIO_REGISTER mode, decided by experiment for a documentation table: a
 * fresh process maps one area of the kind (readable, writable, shared for shmem), opens a user-mode-only
 * userfaultfd, completes UFFDIO_API without features and registers the whole area in one mode.
 */
public final class RegistrationModes {
    private static final long RW = VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_MAYREAD | VmFlags.VM_MAYWRITE;
    private static final long START = 0x7f0000000000L;
    private static final long LENGTH = 2L << 20;

    private RegistrationModes() {
    }

    /**
     * What UFFDIO_REGISTER returns ("0", "-EINVAL", ...) for memory "anonymous", "shmem", "hugetlbfs" or
     * "file" and mode "MISSING", "WP" or "MINOR"; null when a word is not one of those.
     */
    public static String decide(String memory, String mode) {
        VmaKind kind = switch (memory.strip()) {
            case "anonymous" -> VmaKind.ANONYMOUS;
            case "shmem" -> VmaKind.SHMEM;
            case "hugetlbfs" -> VmaKind.HUGETLB;
            case "file" -> VmaKind.FILE;
            default -> null;
        };
        Long modeBits = switch (mode.strip()) {
            case "MISSING" -> Uapi.REGISTER_MODE_MISSING;
            case "WP" -> Uapi.REGISTER_MODE_WP;
            case "MINOR" -> Uapi.REGISTER_MODE_MINOR;
            default -> null;
        };
        if (kind == null || modeBits == null) {
            return null;
        }
        UffdModel model = new UffdModel();
        model.mmap(START, LENGTH, kind, kind == VmaKind.SHMEM ? RW | VmFlags.VM_SHARED : RW);
        Userfaultfd ctx = model.userfaultfdSyscall(Uapi.USER_MODE_ONLY, false).ctx();
        model.api(ctx, Uapi.UFFD_API, 0, false);
        return errno(model.register(ctx, START, LENGTH, modeBits).ret());
    }

    private static String errno(int ret) {
        return switch (-ret) {
            case 0 -> "0";
            case Uapi.EPERM -> "-EPERM";
            case Uapi.EINVAL -> "-EINVAL";
            case Uapi.EBUSY -> "-EBUSY";
            default -> Integer.toString(ret);
        };
    }
}
