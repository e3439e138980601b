package org.kdocs.models.uffd;

/** Constants of include/uapi/linux/userfaultfd.h (Linux 6.12) and the errno values the ioctls return. */
public final class Uapi {
    public static final long UFFD_API = 0xAA;

    public static final long REGISTER_MODE_MISSING = 1L << 0;
    public static final long REGISTER_MODE_WP = 1L << 1;
    public static final long REGISTER_MODE_MINOR = 1L << 2;
    public static final long API_REGISTER_MODES = 0x7;

    public static final long FEATURE_PAGEFAULT_FLAG_WP = 1L << 0;
    public static final long FEATURE_EVENT_FORK = 1L << 1;
    public static final long FEATURE_EVENT_REMAP = 1L << 2;
    public static final long FEATURE_EVENT_REMOVE = 1L << 3;
    public static final long FEATURE_MISSING_HUGETLBFS = 1L << 4;
    public static final long FEATURE_MISSING_SHMEM = 1L << 5;
    public static final long FEATURE_EVENT_UNMAP = 1L << 6;
    public static final long FEATURE_SIGBUS = 1L << 7;
    public static final long FEATURE_THREAD_ID = 1L << 8;
    public static final long FEATURE_MINOR_HUGETLBFS = 1L << 9;
    public static final long FEATURE_MINOR_SHMEM = 1L << 10;
    public static final long FEATURE_EXACT_ADDRESS = 1L << 11;
    public static final long FEATURE_WP_HUGETLBFS_SHMEM = 1L << 12;
    public static final long FEATURE_WP_UNPOPULATED = 1L << 13;
    public static final long FEATURE_POISON = 1L << 14;
    public static final long FEATURE_WP_ASYNC = 1L << 15;
    public static final long FEATURE_MOVE = 1L << 16;
    public static final long API_FEATURES = 0x1FFFF;
    /** fs/userfaultfd.c: set in the context once UFFDIO_API succeeded. */
    public static final long FEATURE_INITIALIZED = 1L << 31;

    public static final int IOC_REGISTER = 0x00;
    public static final int IOC_UNREGISTER = 0x01;
    public static final int IOC_WAKE = 0x02;
    public static final int IOC_COPY = 0x03;
    public static final int IOC_ZEROPAGE = 0x04;
    public static final int IOC_MOVE = 0x05;
    public static final int IOC_WRITEPROTECT = 0x06;
    public static final int IOC_CONTINUE = 0x07;
    public static final int IOC_POISON = 0x08;
    public static final int IOC_API = 0x3F;

    public static final long API_IOCTLS = (1L << IOC_REGISTER) | (1L << IOC_UNREGISTER) | (1L << IOC_API);
    public static final long API_RANGE_IOCTLS = (1L << IOC_WAKE) | (1L << IOC_COPY) | (1L << IOC_ZEROPAGE)
            | (1L << IOC_MOVE) | (1L << IOC_WRITEPROTECT) | (1L << IOC_CONTINUE) | (1L << IOC_POISON);
    public static final long API_RANGE_IOCTLS_BASIC = API_RANGE_IOCTLS & ~(1L << IOC_ZEROPAGE) & ~(1L << IOC_MOVE);

    public static final int EVENT_PAGEFAULT = 0x12;
    public static final long PAGEFAULT_FLAG_WRITE = 1L << 0;
    public static final long PAGEFAULT_FLAG_WP = 1L << 1;
    public static final long PAGEFAULT_FLAG_MINOR = 1L << 2;

    public static final long CONTINUE_MODE_DONTWAKE = 1L << 0;
    public static final long CONTINUE_MODE_WP = 1L << 1;
    public static final long USER_MODE_ONLY = 1;
    /** include/uapi/asm-generic/fcntl.h (x86 uses these values). */
    public static final long O_NONBLOCK = 00004000;
    public static final long O_CLOEXEC = 02000000;
    /** include/linux/userfaultfd_k.h UFFD_SHARED_FCNTL_FLAGS. */
    public static final long SHARED_FCNTL_FLAGS = O_CLOEXEC | O_NONBLOCK;

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int EINVAL = 22;

    public static final long PAGE_SIZE = 4096;
    /** x86-64 TASK_SIZE_MAX with 4-level paging. */
    public static final long TASK_SIZE = (1L << 47) - PAGE_SIZE;

    private Uapi() {
    }
}
