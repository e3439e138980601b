package org.kdocs.models.uffd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CallContext;

/**
 * C builtins through which doc examples drive the userfaultfd model: create VMAs of each kind, open a
 * userfaultfd (with the system call's permission and flag checks), make the UFFDIO_* calls (returning 0
 * or a negative errno like the ioctls), touch memory from user or kernel mode to see how a fault is
 * routed, read the queued messages and the pagemap's uffd-wp bit, and run the VM flag consistency check
 * over a table examples may edit.
 */
public final class UffdBuiltins {
    public static final String PRELUDE = """
            #define UFFD_API 0xAA
            #define UFFD_USER_MODE_ONLY 1
            #define O_NONBLOCK 00004000
            #define O_CLOEXEC 02000000
            #define UFFDIO_REGISTER_MODE_MISSING (1ULL << 0)
            #define UFFDIO_REGISTER_MODE_WP (1ULL << 1)
            #define UFFDIO_REGISTER_MODE_MINOR (1ULL << 2)
            #define UFFDIO_CONTINUE_MODE_DONTWAKE (1ULL << 0)
            #define UFFDIO_CONTINUE_MODE_WP (1ULL << 1)
            #define UFFD_FEATURE_PAGEFAULT_FLAG_WP (1 << 0)
            #define UFFD_FEATURE_EVENT_FORK (1 << 1)
            #define UFFD_FEATURE_EVENT_REMAP (1 << 2)
            #define UFFD_FEATURE_EVENT_REMOVE (1 << 3)
            #define UFFD_FEATURE_MISSING_HUGETLBFS (1 << 4)
            #define UFFD_FEATURE_MISSING_SHMEM (1 << 5)
            #define UFFD_FEATURE_EVENT_UNMAP (1 << 6)
            #define UFFD_FEATURE_SIGBUS (1 << 7)
            #define UFFD_FEATURE_THREAD_ID (1 << 8)
            #define UFFD_FEATURE_MINOR_HUGETLBFS (1 << 9)
            #define UFFD_FEATURE_MINOR_SHMEM (1 << 10)
            #define UFFD_FEATURE_EXACT_ADDRESS (1 << 11)
            #define UFFD_FEATURE_WP_HUGETLBFS_SHMEM (1 << 12)
            #define UFFD_FEATURE_WP_UNPOPULATED (1 << 13)
            #define UFFD_FEATURE_POISON (1 << 14)
            #define UFFD_FEATURE_WP_ASYNC (1 << 15)
            #define UFFD_FEATURE_MOVE (1 << 16)
            #define UFFD_PAGEFAULT_FLAG_WRITE (1 << 0)
            #define UFFD_PAGEFAULT_FLAG_WP (1 << 1)
            #define UFFD_PAGEFAULT_FLAG_MINOR (1 << 2)
            #define UFFD_VMA_ANON 0
            #define UFFD_VMA_SHMEM 1
            #define UFFD_VMA_HUGETLB 2
            #define UFFD_VMA_FILE 3
            #define UFFD_TOUCH_MAPPED (-1)
            #define UFFD_TOUCH_SIGBUS (-2)
            #define UFFD_TOUCH_SEGV (-3)
            #define VM_READ 0x00000001UL
            #define VM_WRITE 0x00000002UL
            #define VM_SHARED 0x00000008UL
            #define VM_MAYREAD 0x00000010UL
            #define VM_MAYWRITE 0x00000020UL
            #define VM_UFFD_MISSING 0x00000200UL
            #define VM_PFNMAP 0x00000400UL
            #define VM_UFFD_WP 0x00001000UL
            #define VM_LOCKED 0x00002000UL
            #define VM_IO 0x00004000UL
            #define VM_HUGETLB 0x00400000UL
            #define VM_UFFD_MINOR (1UL << 38)
            #define VM_DROPPABLE (1UL << 40)
            """;

    private UffdBuiltins() {
    }

    /** One run's model, its userfaultfds (fd numbers from 3) and the flag table examples may edit. */
    public static final class Session {
        private final UffdModel model;
        private final List<Userfaultfd> fds = new ArrayList<>();
        private VmFlags table = VmFlags.linux612();
        private boolean capSysPtrace;
        private long lastFeatures;
        private long lastIoctls;

        Session(UffdModel model) {
            this.model = model;
        }

        public UffdModel model() {
            return model;
        }
    }

    public static Session session(CallContext c, Supplier<UffdModel> factory) {
        return c.machine().attachment(Session.class, () -> new Session(factory.get()));
    }

    public static void install(Builtins builtins, Supplier<UffdModel> factory) {
        builtins.addPrelude(PRELUDE);
        reg(builtins, factory, "uffd_mmap", "unsigned long", (s, c, a) -> {
            VmaKind kind = VmaKind.values()[(int) Math.floorMod(a[0], 4)];
            return s.model.mmap(a[1], a[2], kind, a[3]).start();
        }, "int", "unsigned long", "unsigned long", "unsigned long");
        reg(builtins, factory, "userfaultfd", "int", (s, c, a) -> {
            UffdModel.Opened opened = s.model.userfaultfdSyscall(a[0], s.capSysPtrace);
            if (opened.ret() < 0) {
                return opened.ret();
            }
            s.fds.add(opened.ctx());
            return s.fds.size() + 2;
        }, "int");
        reg(builtins, factory, "uffd_set_cap_sys_ptrace", "void", (s, c, a) -> {
            s.capSysPtrace = a[0] != 0;
            return 0;
        }, "int");
        reg(builtins, factory, "uffdio_api", "int", (s, c, a) -> {
            UffdModel.ApiResult r = s.model.api(fd(s, c, a[0]), a[1], a[2], s.capSysPtrace);
            s.lastFeatures = r.features();
            s.lastIoctls = r.ioctls();
            return r.ret();
        }, "int", "unsigned long long", "unsigned long long");
        reg(builtins, factory, "uffdio_register", "int", (s, c, a) -> {
            UffdModel.RegisterResult r = s.model.register(fd(s, c, a[0]), a[1], a[2], a[3]);
            s.lastIoctls = r.ioctls();
            return r.ret();
        }, "int", "unsigned long", "unsigned long", "unsigned long long");
        reg(builtins, factory, "uffdio_unregister", "int", (s, c, a) -> s.model.unregister(fd(s, c, a[0]), a[1], a[2]),
                "int", "unsigned long", "unsigned long");
        reg(builtins, factory, "uffdio_continue", "int",
                (s, c, a) -> s.model.continueRange(fd(s, c, a[0]), a[1], a[2], a[3]),
                "int", "unsigned long", "unsigned long", "unsigned long long");
        reg(builtins, factory, "uffdio_writeprotect", "int",
                (s, c, a) -> s.model.writeProtect(fd(s, c, a[0]), a[1], a[2], a[3] != 0),
                "int", "unsigned long", "unsigned long", "int");
        reg(builtins, factory, "uffd_last_features", "unsigned long long", (s, c, a) -> s.lastFeatures);
        reg(builtins, factory, "uffd_last_ioctls", "unsigned long long", (s, c, a) -> s.lastIoctls);
        reg(builtins, factory, "uffd_populate_page_cache", "void", (s, c, a) -> {
            s.model.populatePageCache(a[0]);
            return 0;
        }, "unsigned long");
        reg(builtins, factory, "uffd_touch", "long", (s, c, a) -> touchResult(s.model.fault(a[0], a[1] != 0, true)),
                "unsigned long", "int");
        reg(builtins, factory, "uffd_touch_kernel", "long", (s, c, a) -> {
            // a VM_FAULT_SIGBUS in kernel mode is fixed up: the uaccess fails and the system call sees -EFAULT
            UffdModel.FaultResult r = s.model.fault(a[0], a[1] != 0, false);
            return r.outcome() == UffdModel.FaultOutcome.SIGBUS ? -Uapi.EFAULT : touchResult(r);
        }, "unsigned long", "int");
        reg(builtins, factory, "uffd_read", "int", (s, c, a) -> {
            List<Userfaultfd.FaultMessage> messages = fd(s, c, a[0]).readMessages();
            messages.forEach(m -> c.machine().print(String.format("UFFD_EVENT_PAGEFAULT flags=0x%x address=0x%x%n",
                    m.flags(), m.address())));
            return messages.size();
        }, "int");
        reg(builtins, factory, "uffd_pagemap_wp", "int", (s, c, a) -> s.model.pteUffdWp(a[0]) ? 1 : 0,
                "unsigned long");
        reg(builtins, factory, "uffd_vma_flags", "unsigned long long", (s, c, a) -> {
            Vma vma = s.model.vmaAt(a[0]);
            return vma == null ? 0 : vma.flags();
        }, "unsigned long");
        reg(builtins, factory, "uffd_define_vm_flag", "void", (s, c, a) -> {
            s.table = s.table.withDefinition(c.string(a[0]), a[1], c.site().location());
            return 0;
        }, "const char *", "unsigned long long");
        reg(builtins, factory, "uffd_check_vm_flags", "int", (s, c, a) -> {
            List<VmFlags.Collision> found = s.table.collisions();
            found.forEach(col -> c.machine().print("vm_flags: " + col.describe() + "\n"));
            return found.size();
        });
        reg(builtins, factory, "uffd_dump", "void", (s, c, a) -> {
            c.machine().print(s.model.dump());
            return 0;
        });
    }

    @FunctionalInterface
    private interface Operation {
        long apply(Session session, CallContext context, long[] args);
    }

    private static void reg(Builtins builtins, Supplier<UffdModel> factory, String name, String returns,
            Operation operation, String... params) {
        builtins.register(Builtin.of(name, returns, (c, a) -> operation.apply(session(c, factory), c, a), params));
    }

    /** The message flags of a fault that reached userspace, or UFFD_TOUCH_MAPPED, _SIGBUS, _SEGV. */
    private static long touchResult(UffdModel.FaultResult r) {
        return switch (r.outcome()) {
            case MESSAGE -> r.flags();
            case MAPPED -> -1;
            case SIGBUS -> -2;
            case SEGV -> -3;
        };
    }

    private static Userfaultfd fd(Session s, CallContext c, long fd) {
        if (fd < 3 || fd - 3 >= s.fds.size()) {
            throw c.oops("userfaultfd example used fd " + fd + ", which is not a userfaultfd");
        }
        return s.fds.get((int) fd - 3);
    }
}
