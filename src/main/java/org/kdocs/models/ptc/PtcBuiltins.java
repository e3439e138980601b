package org.kdocs.models.ptc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CallContext;
import org.kdocs.models.kernel.ConsoleBridge;

/**
 * C builtins through which doc examples drive the page table check model: allocate anon/file/slab pages,
 * create address spaces, set and clear entries at each level with permission bits, fork, free. Each run
 * gets its own model from the factory given at install time. The PTC_* constants come with the prelude.
 */
public final class PtcBuiltins {
    public static final String PRELUDE = """
            #define PTC_ANON 0
            #define PTC_FILE 1
            #define PTC_SLAB 2
            #define PTC_PRESENT 0x1
            #define PTC_USER 0x2
            #define PTC_RW 0x4
            #define PTC_SPECIAL 0x8
            #define PTC_UFFD_WP 0x10
            #define PTC_SHSTK 0x20
            #define PTC_READ (PTC_PRESENT | PTC_USER)
            #define PTC_WRITE (PTC_PRESENT | PTC_USER | PTC_RW)
            #define PTC_INIT_MM 0
            """;

    private PtcBuiltins() {
    }

    /** The model and address spaces of one run; mm id 0 is init_mm. */
    public static final class Session {
        private final PageTableCheck model;
        private final List<MmStruct> mms = new ArrayList<>();
        private final ConsoleBridge console;

        Session(PageTableCheck model) {
            this.model = model;
            this.console = new ConsoleBridge(model.log());
            mms.add(model.initMm());
        }

        public PageTableCheck model() {
            return model;
        }
    }

    /** The session of the run a builtin call belongs to (created with the factory on first use). */
    public static Session session(CallContext c, Supplier<PageTableCheck> factory) {
        return c.machine().attachment(Session.class, () -> new Session(factory.get()));
    }

    public static void install(Builtins builtins, Supplier<PageTableCheck> factory) {
        builtins.addPrelude(PRELUDE);
        op(builtins, factory, "ptc_alloc_pages", "unsigned long", (s, c, a) -> s.model.allocPages(kind(a[0]), (int) a[1]),
                "int", "unsigned int");
        op(builtins, factory, "ptc_free_pages", "void", (s, c, a) -> {
            s.model.freePages(a[0], (int) a[1]);
            return 0;
        }, "unsigned long", "unsigned int");
        op(builtins, factory, "ptc_mm_new", "int", (s, c, a) -> {
            s.mms.add(s.model.mm("mm" + s.mms.size()));
            return s.mms.size() - 1;
        });
        op(builtins, factory, "ptc_fork", "int", (s, c, a) -> {
            MmStruct parent = mm(s, c, a[0]);
            s.mms.add(s.model.fork(parent, "mm" + s.mms.size()));
            return s.mms.size() - 1;
        }, "int");
        op(builtins, factory, "ptc_set_ptes", "void", (s, c, a) -> {
            s.model.setPtes(mm(s, c, a[0]), a[1], entry(a[2], a[3]), (int) a[4]);
            return 0;
        }, "int", "unsigned long", "unsigned long", "unsigned long", "unsigned int");
        op(builtins, factory, "ptc_set_pte", "void", (s, c, a) -> {
            s.model.setPte(mm(s, c, a[0]), a[1], entry(a[2], a[3]));
            return 0;
        }, "int", "unsigned long", "unsigned long", "unsigned long");
        op(builtins, factory, "ptc_clear_pte", "void", (s, c, a) -> {
            s.model.clearPte(mm(s, c, a[0]), a[1]);
            return 0;
        }, "int", "unsigned long");
        op(builtins, factory, "ptc_set_pmd", "void", (s, c, a) -> {
            s.model.setPmd(mm(s, c, a[0]), a[1], entry(a[2], a[3]));
            return 0;
        }, "int", "unsigned long", "unsigned long", "unsigned long");
        op(builtins, factory, "ptc_set_pmd_table", "void", (s, c, a) -> {
            s.model.setPmd(mm(s, c, a[0]), a[1], PageTableEntry.table());
            return 0;
        }, "int", "unsigned long");
        op(builtins, factory, "ptc_clear_pmd", "void", (s, c, a) -> {
            s.model.clearPmd(mm(s, c, a[0]), a[1]);
            return 0;
        }, "int", "unsigned long");
        op(builtins, factory, "ptc_set_pud", "void", (s, c, a) -> {
            s.model.setPud(mm(s, c, a[0]), a[1], entry(a[2], a[3]));
            return 0;
        }, "int", "unsigned long", "unsigned long", "unsigned long");
        op(builtins, factory, "ptc_clear_pud", "void", (s, c, a) -> {
            s.model.clearPud(mm(s, c, a[0]), a[1]);
            return 0;
        }, "int", "unsigned long");
        op(builtins, factory, "ptc_pte_clear_range", "void", (s, c, a) -> {
            s.model.clearPteRange(mm(s, c, a[0]), a[1]);
            return 0;
        }, "int", "unsigned long");
        op(builtins, factory, "ptc_page_set_anon", "void", (s, c, a) -> {
            s.model.setPageAnon(a[0], 1, a[1] != 0);
            return 0;
        }, "unsigned long", "int");
        op(builtins, factory, "ptc_anon_map_count", "int", (s, c, a) -> s.model.anonMapCount(a[0]), "unsigned long");
        op(builtins, factory, "ptc_file_map_count", "int", (s, c, a) -> s.model.fileMapCount(a[0]), "unsigned long");
        op(builtins, factory, "ptc_dump", "void", (s, c, a) -> {
            c.machine().print(s.model.dump());
            return 0;
        });
    }

    @FunctionalInterface
    private interface Operation {
        long apply(Session session, CallContext context, long[] args);
    }

    private static void op(Builtins builtins, Supplier<PageTableCheck> factory, String name, String returns,
            Operation operation, String... params) {
        builtins.register(Builtin.of(name, returns, (c, a) -> {
            Session s = session(c, factory);
            s.model.runningOn(c.thread().cpu(), c.thread().pid());
            s.console.flush(c); // boot messages come before anything the operation prints
            long result = operation.apply(s, c, a);
            s.console.flush(c);
            return result;
        }, params));
    }

    private static PageKind kind(long value) {
        return value == 0 ? PageKind.ANON : value == 2 ? PageKind.SLAB : PageKind.FILE;
    }

    private static MmStruct mm(Session s, CallContext c, long id) {
        if (id < 0 || id >= s.mms.size()) {
            throw c.oops("BUG: page table check example used mm id " + id + ", which was never created");
        }
        return s.mms.get((int) id);
    }

    /** An entry from PTC_* bits; leaf when installed at PMD or PUD level. */
    static PageTableEntry entry(long pfn, long prot) {
        boolean present = (prot & 0x1) != 0;
        boolean user = (prot & 0x2) != 0;
        boolean rw = (prot & 0x4) != 0;
        PageTableEntry e = new PageTableEntry(pfn, present, user, rw, false, false, true, false, false, null);
        if ((prot & 0x8) != 0) {
            e = e.withSpecial();
        }
        if ((prot & 0x10) != 0) {
            e = e.withUffdWp();
        }
        if ((prot & 0x20) != 0) {
            e = e.withShadowStack();
        }
        return e;
    }
}
