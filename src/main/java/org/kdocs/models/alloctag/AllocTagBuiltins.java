package org.kdocs.models.alloctag;

import java.util.ArrayList;
import java.util.Collections;
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
import org.kdocs.interp.Symbols;
import org.kdocs.interp.ThreadContext;
import org.kdocs.models.kernel.ConsoleBridge;

/**
 * Connects the alloc_tag model to C examples. Each allocator call site of the compiled example (file
 * and line in the document, calling function) has its tag from the start, as alloc_hooks() defines one
 * statically per kernel call site; every slab, vmalloc and page allocation is charged to its site's tag
 * and frees give the charge back. The *_noprof() allocators bypass the hooks. Builtins print
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
    /** The allocators that are alloc_hooks() macros in the kernel: each call site has its own tag. */
    private static final List<String> HOOKED = concat(SLAB, VMALLOC, PAGES);
    /** The *_noprof() allocators an example may call to bypass the hooks, and what each one runs. */
    private static final Map<String, String> NOPROF = Map.of("kmalloc_noprof", "kmalloc", "kzalloc_noprof",
            "kzalloc", "vmalloc_noprof", "vmalloc", "alloc_pages_noprof", "alloc_pages");

    private AllocTagBuiltins() {
    }

    /** The model of one run, listening to the interpreter's allocations. */
    public static final class Session implements Listener {
        private final AllocProfiling model;
        private final Machine machine;
        private final ConsoleBridge console;
        private final Map<List<Object>, AllocTag> tagsBySite = new HashMap<>();
        private final Map<Long, Object> charges = new HashMap<>();
        private boolean bypassingHooks;

        private record Slab(long address) {
        }

        private record Pages(long pfn, int order) {
        }

        Session(AllocProfiling model, Machine machine) {
            this.model = model;
            this.machine = machine;
            this.console = new ConsoleBridge(model.log());
            defineTags(machine.symbols().callSites());
        }

        public AllocProfiling model() {
            return model;
        }

        /**
         * One tag per allocator call site the compiler keeps, in the order GCC -O2 lays out the
         * function-local statics of alloc_hooks() in the "alloc_tags" section: the reverse of the source.
         */
        private void defineTags(List<Symbols.CallSite> sites) {
            List<Symbols.CallSite> allocating = new ArrayList<>(sites.stream()
                    .filter(site -> HOOKED.contains(site.callee())).toList());
            Collections.reverse(allocating);
            for (Symbols.CallSite site : allocating) {
                tagsBySite.put(List.of(site.file(), site.line(), site.column()),
                        model.defineTag(site.file(), site.line(), site.function()));
            }
        }

        @Override
        public void onAlloc(Allocation a) {
            model.runOn(a.thread().cpu(), a.thread().pid());
            AllocTag tag = bypassingHooks ? null : tagFor(a.site());
            Supplier<Object> allocation = () -> {
                if (SLAB.contains(a.allocator())) {
                    return new Slab(model.kmalloc(a.size()));
                }
                if (PAGES.contains(a.allocator())) {
                    return new Pages(model.allocPages(Math.max(0, a.order())), Math.max(0, a.order()));
                }
                return VMALLOC.contains(a.allocator()) ? model.vmalloc(a.size()) : null;
            };
            Object charge = tag == null ? allocation.get() : model.allocHooks(tag, allocation);
            if (charge != null) {
                charges.put(a.address(), charge);
            }
            console.flush(machine);
        }

        @Override
        public void onFree(Allocation a, Site site, ThreadContext thread) {
            Object charge = charges.remove(a.address());
            if (charge == null) {
                return;
            }
            model.runOn(thread.cpu(), thread.pid());
            if (charge instanceof Slab slab) {
                model.kfree(slab.address());
            } else if (charge instanceof Pages block) {
                model.freePages(block.pfn(), block.order());
            } else {
                model.vfree((Vmalloc.Area) charge);
            }
            console.flush(machine);
        }

        /**
         * The static tag of the call site. A site without one belongs to a function the compiler would
         * have dropped that the example runs anyway (as a thread): its tag is defined on first use.
         */
        private AllocTag tagFor(Site site) {
            if (site == null) {
                return model.tag("?", 0, "?");
            }
            AllocTag tag = tagsBySite.get(List.of(site.file(), site.line(), site.column()));
            return tag != null ? tag
                    : model.tag(site.file(), site.line(), site.function() == null ? "?" : site.function().name());
        }

        /** Runs an allocator as its *_noprof() variant: charged to current->alloc_tag, no hook of its own. */
        long withoutHooks(Builtin allocator, CallContext c, long[] args) {
            bypassingHooks = true;
            try {
                return allocator.body().call(c, args);
            } finally {
                bypassingHooks = false;
            }
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
        for (String name : HOOKED) {
            Builtin original = builtins.get(name);
            if (original != null) {
                builtins.register(new Builtin(name, original.returns(), original.params(), original.variadic(),
                        (c, a) -> {
                            session(c.machine(), factory);
                            return original.body().call(c, a);
                        }));
            }
        }
        NOPROF.forEach((name, hooked) -> {
            Builtin allocator = builtins.get(hooked);
            if (allocator != null) {
                builtins.register(new Builtin(name, allocator.returns(), allocator.params(), allocator.variadic(),
                        (c, a) -> session(c.machine(), factory).withoutHooks(allocator, c, a)));
            }
        });
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
