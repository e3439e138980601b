package org.kdocs.models.uffd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kdocs.models.kernel.ConfigLines;

/**
 * One mm with VMAs and its userfaultfd contexts, modelling Linux 6.12 fs/userfaultfd.c and
 * mm/userfaultfd.c: userfaultfd(2), the UFFDIO_API handshake, UFFDIO_REGISTER/UNREGISTER with
 * vma_can_userfault(), fault routing to missing, minor or write-protect messages (write-protect faults
 * resolved in place under WP_ASYNC, as mm/memory.c does), UFFDIO_CONTINUE and UFFDIO_WRITEPROTECT.
 * Results carry the kernel's return values (0 or a negative errno); nothing throws.
 */
public final class UffdModel {
    /** Arch and Kconfig switches that change registration; {@link #x86_64()} is the 6.12 default. */
    public record Config(boolean archMinor, boolean archWp, boolean pteMarkerUffdWp, long taskSize) {
        public static Config x86_64() {
            return new Config(true, true, true, Uapi.TASK_SIZE);
        }
    }

    /** UFFDIO_API result: return value and the struct written back. */
    public record ApiResult(int ret, long features, long ioctls) {
    }

    /** UFFDIO_REGISTER result: return value and the ioctls mask written back. */
    public record RegisterResult(int ret, long ioctls) {
    }

    /** How a fault ended: mapped normally, blocked with a message to userspace, SIGBUS, or SIGSEGV. */
    public enum FaultOutcome { MAPPED, MESSAGE, SIGBUS, SEGV }

    public record FaultResult(FaultOutcome outcome, long flags) {
    }

    /** userfaultfd(2): 0 and the new context, or a negative errno and no context. */
    public record Opened(int ret, Userfaultfd ctx) {
    }

    /**
     * A model configured by spec example lines: CONFIG_HAVE_ARCH_USERFAULTFD_MINOR,
     * CONFIG_HAVE_ARCH_USERFAULTFD_WP and CONFIG_PTE_MARKER_UFFD_WP (all y on x86-64 by default), and the
     * sysctl vm.unprivileged_userfaultfd (0 or 1, default 0).
     */
    public static ConfigLines.Configured<UffdModel> fromConfig(List<String> lines) {
        boolean[] on = {true, true, true};
        boolean[] unprivileged = {false};
        List<String> unknown = ConfigLines.applyAll(lines, line -> {
            int i = List.of("CONFIG_HAVE_ARCH_USERFAULTFD_MINOR", "CONFIG_HAVE_ARCH_USERFAULTFD_WP",
                    "CONFIG_PTE_MARKER_UFFD_WP").indexOf(line.key());
            if (i >= 0) {
                on[i] = line.yes();
                return true;
            }
            if (line.key().equals("vm.unprivileged_userfaultfd") && List.of("0", "1").contains(line.value())) {
                unprivileged[0] = line.value().equals("1");
                return true;
            }
            return line.key().equals("CONFIG_USERFAULTFD") && line.yes();
        });
        return new ConfigLines.Configured<>(() -> {
            UffdModel model = new UffdModel(new Config(on[0], on[1], on[2], Uapi.TASK_SIZE));
            model.setUnprivilegedUserfaultfd(unprivileged[0]);
            return model;
        }, unknown);
    }

    private final Config config;
    private final List<Vma> vmas = new ArrayList<>();
    private int contexts;
    private boolean unprivilegedUserfaultfd;

    public UffdModel(Config config) {
        this.config = config;
    }

    public UffdModel() {
        this(Config.x86_64());
    }

    public Config config() {
        return config;
    }

    // ---- address space

    /** Maps [start, start + length) of a kind with the given vm_flags (huge page size 2 MiB for hugetlb). */
    public Vma mmap(long start, long length, VmaKind kind, long flags) {
        return mmap(start, length, kind, flags, kind == VmaKind.HUGETLB ? 2L << 20 : Uapi.PAGE_SIZE);
    }

    public Vma mmap(long start, long length, VmaKind kind, long flags, long pageSize) {
        Vma vma = new Vma(start, start + length, kind, flags, pageSize);
        vmas.add(vma);
        vmas.sort(Comparator.comparingLong(Vma::start));
        return vma;
    }

    public List<Vma> vmas() {
        return List.copyOf(vmas);
    }

    public Vma vmaAt(long address) {
        return vmas.stream().filter(v -> v.contains(address)).findFirst().orElse(null);
    }

    /** Another mapping of the same file (or the kernel) put the page holding {@code address} in the page cache. */
    public void populatePageCache(long address) {
        Vma vma = vmaAt(address);
        if (vma != null && vma.kind() != VmaKind.ANONYMOUS) {
            vma.cached.add(vma.pageOf(address));
        }
    }

    /** A context as new_userfaultfd() makes it for valid {@code flags} (UFFD_USER_MODE_ONLY if wanted). */
    public Userfaultfd userfaultfd(long flags) {
        return new Userfaultfd("uffd" + (++contexts), flags);
    }

    /** The sysctl vm.unprivileged_userfaultfd (fs/userfaultfd.c; 0 by default). */
    public void setUnprivilegedUserfaultfd(boolean allowed) {
        this.unprivilegedUserfaultfd = allowed;
    }

    /**
     * SYSCALL_DEFINE1(userfaultfd): userfaultfd_syscall_allowed() first (user-mode-only contexts always;
     * kernel faults need CAP_SYS_PTRACE or the sysctl, else -EPERM), then new_userfaultfd()'s flag test
     * (-EINVAL outside O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY).
     */
    public Opened userfaultfdSyscall(long flags, boolean capSysPtrace) {
        boolean userModeOnly = (flags & Uapi.USER_MODE_ONLY) != 0;
        if (!userModeOnly && !capSysPtrace && !unprivilegedUserfaultfd) {
            return new Opened(-Uapi.EPERM, null);
        }
        if ((flags & ~(Uapi.SHARED_FCNTL_FLAGS | Uapi.USER_MODE_ONLY)) != 0) {
            return new Opened(-Uapi.EINVAL, null);
        }
        return new Opened(0, userfaultfd(flags));
    }

    // ---- UFFDIO_API

    /** Features this kernel offers (userfaultfd_api): all, minus what the arch or Kconfig lacks. */
    public long offeredFeatures() {
        long offered = Uapi.API_FEATURES;
        if (!config.archMinor()) {
            offered &= ~(Uapi.FEATURE_MINOR_HUGETLBFS | Uapi.FEATURE_MINOR_SHMEM);
        }
        if (!config.archWp()) {
            offered &= ~Uapi.FEATURE_PAGEFAULT_FLAG_WP;
        }
        if (!config.pteMarkerUffdWp()) {
            offered &= ~(Uapi.FEATURE_WP_HUGETLBFS_SHMEM | Uapi.FEATURE_WP_UNPOPULATED | Uapi.FEATURE_WP_ASYNC);
        }
        return offered;
    }

    public ApiResult api(Userfaultfd ctx, long api, long features, boolean capSysPtrace) {
        ApiResult failed = new ApiResult(-Uapi.EINVAL, 0, 0);
        if (ctx.initialized() || api != Uapi.UFFD_API) {
            return failed;
        }
        if ((features & Uapi.FEATURE_EVENT_FORK) != 0 && !capSysPtrace) {
            return new ApiResult(-Uapi.EPERM, 0, 0);
        }
        if ((features & Uapi.FEATURE_WP_ASYNC) != 0) {
            features |= Uapi.FEATURE_WP_UNPOPULATED;
        }
        long offered = offeredFeatures();
        if ((features & ~offered) != 0) {
            return failed;
        }
        ctx.initialize(features);
        return new ApiResult(0, offered, Uapi.API_IOCTLS);
    }

    // ---- UFFDIO_REGISTER / UNREGISTER

    /** include/linux/userfaultfd_k.h vma_can_userfault(), with its 6.12 VM_DROPPABLE test on the request. */
    public boolean vmaCanUserfault(Vma vma, long requested, boolean wpAsync) {
        long vmaFlags = vma.flags();
        boolean hugetlb = vma.kind() == VmaKind.HUGETLB;
        if ((vmaFlags & VmFlags.VM_SHADOW_STACK) != 0) {
            return false;
        }
        if (!hugetlb && (vmaFlags & VmFlags.VM_SPECIAL) != 0) {
            return false;
        }
        requested &= VmFlags.UFFD_FLAGS;
        if ((requested & VmFlags.VM_DROPPABLE) != 0) {
            return false; // never true: the masked request cannot hold bit 40
        }
        if ((requested & VmFlags.VM_UFFD_MINOR) != 0 && !hugetlb && vma.kind() != VmaKind.SHMEM) {
            return false;
        }
        if (wpAsync && requested == VmFlags.VM_UFFD_WP) {
            return true;
        }
        if (!config.pteMarkerUffdWp() && (requested & VmFlags.VM_UFFD_WP) != 0 && vma.kind() != VmaKind.ANONYMOUS) {
            return false;
        }
        return vma.kind() != VmaKind.FILE;
    }

    public RegisterResult register(Userfaultfd ctx, long start, long len, long mode) {
        RegisterResult invalid = new RegisterResult(-Uapi.EINVAL, 0);
        if (!ctx.initialized() || mode == 0 || (mode & ~Uapi.API_REGISTER_MODES) != 0) {
            return invalid;
        }
        if ((mode & Uapi.REGISTER_MODE_WP) != 0 && !config.archWp()
                || (mode & Uapi.REGISTER_MODE_MINOR) != 0 && !config.archMinor()) {
            return invalid;
        }
        long requested = ((mode & Uapi.REGISTER_MODE_MISSING) != 0 ? VmFlags.VM_UFFD_MISSING : 0)
                | ((mode & Uapi.REGISTER_MODE_WP) != 0 ? VmFlags.VM_UFFD_WP : 0)
                | ((mode & Uapi.REGISTER_MODE_MINOR) != 0 ? VmFlags.VM_UFFD_MINOR : 0);
        if (!validRange(start, len)) {
            return invalid;
        }
        long end = start + len;
        List<Vma> range = intersecting(start, end);
        if (range.isEmpty()) {
            return invalid;
        }
        Vma first = range.get(0);
        if (first.kind() == VmaKind.HUGETLB && (start & (first.pageSize() - 1)) != 0) {
            return invalid;
        }
        boolean wpAsync = ctx.has(Uapi.FEATURE_WP_ASYNC);
        boolean anyHugetlb = false;
        for (Vma vma : range) {
            if (!vmaCanUserfault(vma, requested, wpAsync)) {
                return invalid;
            }
            if ((vma.flags() & VmFlags.VM_MAYWRITE) == 0) {
                return new RegisterResult(-Uapi.EPERM, 0);
            }
            if (vma.kind() == VmaKind.HUGETLB && end > vma.start() && end <= vma.end()
                    && (end & (vma.pageSize() - 1)) != 0) {
                return invalid;
            }
            if (vma.owner() != null && vma.owner() != ctx) {
                return new RegisterResult(-Uapi.EBUSY, 0);
            }
            anyHugetlb |= vma.kind() == VmaKind.HUGETLB;
        }
        for (Vma vma : splitTo(start, end)) {
            if (vma.owner() == ctx && (vma.flags() & requested) == requested) {
                continue; // already registered with these modes: left as it is
            }
            vma.setFlags((vma.flags() & ~VmFlags.UFFD_FLAGS) | requested);
            vma.setOwner(ctx);
        }
        long ioctls = anyHugetlb ? Uapi.API_RANGE_IOCTLS_BASIC : Uapi.API_RANGE_IOCTLS;
        if ((mode & Uapi.REGISTER_MODE_WP) == 0) {
            ioctls &= ~(1L << Uapi.IOC_WRITEPROTECT);
        }
        if ((mode & Uapi.REGISTER_MODE_MINOR) == 0) {
            ioctls &= ~(1L << Uapi.IOC_CONTINUE);
        }
        return new RegisterResult(0, ioctls);
    }

    /**
     * UFFDIO_UNREGISTER (userfaultfd_unregister): every VMA in the range must pass vma_can_userfault()
     * with its own flags, else -EINVAL and nothing changes; then every registered VMA in the range is
     * cleared, whichever context owns it. Its owner's MISSING faults are woken and its pages lose their
     * uffd-wp bit (userfaultfd_clear_vma).
     */
    public int unregister(Userfaultfd ctx, long start, long len) {
        if (!ctx.initialized() || !validRange(start, len)) {
            return -Uapi.EINVAL;
        }
        long end = start + len;
        List<Vma> range = intersecting(start, end);
        if (range.isEmpty()) {
            return -Uapi.EINVAL;
        }
        Vma first = range.get(0);
        if (first.kind() == VmaKind.HUGETLB && (start & (first.pageSize() - 1)) != 0) {
            return -Uapi.EINVAL;
        }
        boolean wpAsync = ctx.has(Uapi.FEATURE_WP_ASYNC);
        if (range.stream().anyMatch(vma -> !vmaCanUserfault(vma, vma.flags(), wpAsync))) {
            return -Uapi.EINVAL;
        }
        for (Vma vma : range) {
            Userfaultfd owner = vma.owner();
            if (owner == null) {
                continue;
            }
            Vma inner = clip(vma, start, end);
            if ((inner.flags() & VmFlags.VM_UFFD_MISSING) != 0) {
                owner.wake(inner.start(), inner.end());
            }
            if ((inner.flags() & VmFlags.VM_UFFD_WP) != 0) {
                inner.clearWriteProtection();
            }
            inner.setFlags(inner.flags() & ~VmFlags.UFFD_FLAGS);
            inner.setOwner(null);
        }
        return 0;
    }

    private boolean validRange(long start, long len) {
        return (start & (Uapi.PAGE_SIZE - 1)) == 0 && len > 0 && (len & (Uapi.PAGE_SIZE - 1)) == 0
                && start >= 0 && start < config.taskSize() && len <= config.taskSize() - start;
    }

    private List<Vma> intersecting(long start, long end) {
        return vmas.stream().filter(v -> v.start() < end && v.end() > start).toList();
    }

    /** Splits the VMAs at the range's edges and returns those inside it. */
    private List<Vma> splitTo(long start, long end) {
        intersecting(start, end).forEach(vma -> clip(vma, start, end));
        return intersecting(start, end);
    }

    /** Splits one VMA at the range's edges (as vma_modify() would) and returns the part inside. */
    private Vma clip(Vma vma, long start, long end) {
        Vma inner = vma;
        if (inner.start() < start) {
            inner = inner.splitAt(start);
            vmas.add(inner);
        }
        if (inner.end() > end) {
            vmas.add(inner.splitAt(end));
        }
        vmas.sort(Comparator.comparingLong(Vma::start));
        return inner;
    }

    // ---- faults and resolution

    /**
     * A user (or kernel) access to {@code address}. Registered VMAs turn missing, minor and
     * write-protect faults into messages (handle_userfault); otherwise the page is mapped.
     */
    public FaultResult fault(long address, boolean write, boolean userMode) {
        Vma vma = vmaAt(address);
        if (vma == null) {
            return new FaultResult(FaultOutcome.SEGV, 0);
        }
        long page = vma.pageOf(address);
        long writeFlag = write ? Uapi.PAGEFAULT_FLAG_WRITE : 0;
        if (vma.mapped.contains(page)) {
            if (write && vma.writeProtected.contains(page) && (vma.flags() & VmFlags.VM_UFFD_WP) != 0) {
                if (vma.owner() != null && vma.owner().has(Uapi.FEATURE_WP_ASYNC)) {
                    vma.writeProtected.remove(page); // do_wp_page(): the bit goes, the write proceeds
                    return new FaultResult(FaultOutcome.MAPPED, 0);
                }
                return handleUserfault(vma, address, Uapi.PAGEFAULT_FLAG_WP | writeFlag, userMode);
            }
            return new FaultResult(FaultOutcome.MAPPED, 0);
        }
        boolean cached = vma.cached.contains(page);
        boolean pageCacheBacked = vma.kind() == VmaKind.SHMEM || vma.kind() == VmaKind.HUGETLB;
        if (pageCacheBacked && cached && (vma.flags() & VmFlags.VM_UFFD_MINOR) != 0) {
            return handleUserfault(vma, address, Uapi.PAGEFAULT_FLAG_MINOR | writeFlag, userMode);
        }
        boolean missing = vma.kind() == VmaKind.ANONYMOUS || pageCacheBacked && !cached;
        if (missing && (vma.flags() & VmFlags.VM_UFFD_MISSING) != 0) {
            return handleUserfault(vma, address, writeFlag, userMode);
        }
        if (vma.kind() != VmaKind.ANONYMOUS) {
            vma.cached.add(page);
        }
        vma.mapped.add(page);
        return new FaultResult(FaultOutcome.MAPPED, 0);
    }

    private FaultResult handleUserfault(Vma vma, long address, long flags, boolean userMode) {
        Userfaultfd ctx = vma.owner();
        if (ctx == null || ctx.has(Uapi.FEATURE_SIGBUS) || ctx.userModeOnly() && !userMode) {
            return new FaultResult(FaultOutcome.SIGBUS, flags);
        }
        long reported = ctx.has(Uapi.FEATURE_EXACT_ADDRESS) ? address : address & -Uapi.PAGE_SIZE;
        ctx.post(new Userfaultfd.FaultMessage(flags, reported));
        return new FaultResult(FaultOutcome.MESSAGE, flags);
    }

    /** UFFDIO_CONTINUE: maps pages already in the page cache; returns 0 or a negative errno. */
    public int continueRange(Userfaultfd ctx, long start, long len, long mode) {
        if (!ctx.initialized() || (mode & ~(Uapi.CONTINUE_MODE_DONTWAKE | Uapi.CONTINUE_MODE_WP)) != 0
                || !validRange(start, len)) {
            return -Uapi.EINVAL;
        }
        Vma vma = vmaAt(start);
        if (vma == null || start + len > vma.end() || vma.owner() == null) {
            return -Uapi.ENOENT;
        }
        if ((mode & Uapi.CONTINUE_MODE_WP) != 0 && (vma.flags() & VmFlags.VM_UFFD_WP) == 0) {
            return -Uapi.EINVAL;
        }
        if (vma.kind() != VmaKind.SHMEM && vma.kind() != VmaKind.HUGETLB) {
            return -Uapi.EINVAL;
        }
        for (long page = vma.pageOf(start); page < start + len; page += vma.pageSize()) {
            if (vma.mapped.contains(page)) {
                return -Uapi.EEXIST;
            }
            if (!vma.cached.contains(page)) {
                return -Uapi.EFAULT;
            }
            vma.mapped.add(page);
            if ((mode & Uapi.CONTINUE_MODE_WP) != 0) {
                vma.writeProtected.add(page);
            }
        }
        if ((mode & Uapi.CONTINUE_MODE_DONTWAKE) == 0) {
            ctx.wake(start, start + len);
        }
        return 0;
    }

    /** UFFDIO_WRITEPROTECT on mapped pages of VMAs registered for WP. */
    public int writeProtect(Userfaultfd ctx, long start, long len, boolean protect) {
        if (!ctx.initialized() || !validRange(start, len)) {
            return -Uapi.EINVAL;
        }
        List<Vma> range = intersecting(start, start + len);
        if (range.isEmpty() || range.stream().anyMatch(v -> v.owner() != ctx || (v.flags() & VmFlags.VM_UFFD_WP) == 0)) {
            return -Uapi.ENOENT;
        }
        long end = start + len;
        for (Vma vma : range) {
            // only mapped pages carry a protection bit; walking them keeps huge ranges cheap
            for (long page : List.copyOf(vma.mapped)) {
                if (page + vma.pageSize() > start && page < end) {
                    if (protect) {
                        vma.writeProtected.add(page);
                    } else {
                        vma.writeProtected.remove(page);
                    }
                }
            }
        }
        if (!protect) {
            ctx.wake(start, start + len);
        }
        return 0;
    }

    /** Whether the PTE of {@code address} is present and uffd-write-protected (pagemap's PM_UFFD_WP bit). */
    public boolean pteUffdWp(long address) {
        Vma vma = vmaAt(address);
        return vma != null && vma.mapped.contains(vma.pageOf(address))
                && vma.writeProtected.contains(vma.pageOf(address));
    }

    /** The VMAs as a maps-style listing with the smaps uffd mnemonics. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        vmas.forEach(v -> out.append(v).append(v.owner() == null ? "" : " ctx=" + v.owner()).append('\n'));
        return out.toString();
    }
}
