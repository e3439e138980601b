package org.kdocs.models.alloctag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.kdocs.interp.Allocation;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CallContext;
import org.kdocs.interp.Listener;
import org.kdocs.interp.Machine;
import org.kdocs.interp.Site;
import org.kdocs.interp.ThreadContext;
import org.kdocs.models.kernel.ConsoleBridge;

/**
 * Connects the alloc_tag model to C examples. Every slab, vmalloc and page allocation the interpreter
 * makes is charged to a tag for its C call site (file and line in the document, calling function), as
 * alloc_hooks() would tag the kernel call site; frees give the charge back. Builtins print
 * /proc/allocinfo and the show_mem report, format sizes with string_get_size() and use the sysctl.
 */
public final class AllocTagBuiltins {
    public static final String PRELUDE = """
            #define STRING_UNITS_10 0
            #define STRING_UNITS_2 1
            #define STRING_UNITS_NO_SPACE (1U << 30)
            #define STRING_UNITS_NO_BYTES (1U << 31)
            """;
    private static final List<String> SLAB = List.of("kmalloc", "kzalloc", "kvmalloc", "kvzalloc", "kcalloc",
            "kmalloc_array");
    private static final List<String> VMALLOC = List.of("vmalloc", "vzalloc");
    private static final List<String> PAGES = List.of("alloc_pages", "alloc_page", "__get_free_pages",
            "get_zeroed_page", "__get_free_page");

    private AllocTagBuiltins() {
    }

    /** The model of one run, listening to the interpreter's allocations. */
    public static final class Session implements Listener {
        private final AllocProfiling model;
        private final Machine machine;
        private final ConsoleBridge console;
        private final Map<Long, long[]> charges = new HashMap<>();

        Session(AllocProfiling model, Machine machine) {
            this.model = model;
            this.machine = machine;
            this.console = new ConsoleBridge(model.log());
        }

        public AllocProfiling model() {
            return model;
        }

        @Override
        public void onAlloc(Allocation a) {
            AllocTag tag = tagFor(a.site());
            model.runOn(a.thread().cpu(), a.thread().pid());
            if (SLAB.contains(a.allocator())) {
                charges.put(a.address(), new long[] {0, model.kmalloc(tag, a.size())});
            } else if (PAGES.contains(a.allocator())) {
                charges.put(a.address(), new long[] {1, model.allocPages(tag, Math.max(0, a.order())), a.order()});
            } else if (VMALLOC.contains(a.allocator())) {
                long pages = (a.size() + AllocProfiling.PAGE_SIZE - 1) / AllocProfiling.PAGE_SIZE;
                long[] record = new long[(int) pages + 1];
                record[0] = 2;
                for (int i = 1; i <= pages; i++) {
                    record[i] = model.allocPages(tag, 0);
                }
                charges.put(a.address(), record);
            }
            console.flush(machine);
        }

        @Override
        public void onFree(Allocation a, Site site, ThreadContext thread) {
            long[] record = charges.remove(a.address());
            if (record == null) {
                return;
            }
            model.runOn(thread.cpu(), thread.pid());
            if (record[0] == 0) {
                model.kfree(record[1]);
            } else if (record[0] == 1) {
                model.freePages(record[1], (int) record[2]);
            } else {
                for (int i = 1; i < record.length; i++) {
                    model.freePages(record[i], 0);
                }
            }
            console.flush(machine);
        }

        private AllocTag tagFor(Site site) {
            if (site == null) {
                return model.tag("?", 0, "?");
            }
            return model.tag(site.file(), site.line(), site.function() == null ? "?" : site.function().name());
        }
    }

    /** The session of the run, created with the factory and attached as a listener on first use. */
    public static Session session(Machine machine, Supplier<AllocProfiling> factory) {
        return machine.attachment(Session.class, () -> {
            Session s = new Session(factory.get(), machine);
            machine.addListener(s);
            return s;
        });
    }

    /**
     * Registers the builtins and wraps the interpreter's allocators so that the model is listening
     * before the first allocation of a run.
     */
    public static void install(Builtins builtins, Supplier<AllocProfiling> factory) {
        builtins.addPrelude(PRELUDE);
        for (String name : concat(SLAB, VMALLOC, PAGES)) {
            Builtin original = builtins.get(name);
            if (original != null) {
                builtins.register(new Builtin(name, original.returns(), original.params(), original.variadic(),
                        (c, a) -> {
                            session(c.machine(), factory);
                            return original.body().call(c, a);
                        }));
            }
        }
        builtins.register(Builtin.of("show_allocinfo", "void", (c, a) -> {
            c.machine().print(session(c.machine(), factory).model.procAllocinfo());
            return 0;
        }));
        builtins.register(Builtin.of("show_mem", "void", (c, a) -> {
            c.machine().print(session(c.machine(), factory).model.showMem());
            return 0;
        }));
        builtins.register(Builtin.of("mem_profiling_sysctl_read", "int",
                (c, a) -> session(c.machine(), factory).model.control().enabled() ? 1 : 0));
        builtins.register(Builtin.of("mem_profiling_sysctl_write", "int", (c, a) -> session(c.machine(), factory)
                .model.control().write(Long.toString(a[0]), ProfilingSwitch.Writer.ROOT), "int"));
        builtins.register(Builtin.of("string_get_size", "int", AllocTagBuiltins::stringGetSize,
                "unsigned long long", "unsigned long long", "unsigned int", "char *", "int"));
    }

    private static long stringGetSize(CallContext c, long[] a) {
        StringGetSize.Result r = StringGetSize.format(a[0], a[1], (int) a[2], (int) a[4]);
        long buffer = a[3];
        if (a[4] > 0) {
            byte[] bytes = r.text().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < bytes.length; i++) {
                c.machine().memory().write(buffer + i, 1, bytes[i]);
            }
            c.machine().memory().write(buffer + bytes.length, 1, 0);
        }
        return r.returned();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
