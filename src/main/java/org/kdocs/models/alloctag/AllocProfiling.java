package org.kdocs.models.alloctag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.kdocs.models.kernel.ConfigLines;
import org.kdocs.models.kernel.KernelLog;
import org.kdocs.models.kernel.Verdict;

/**
 * Memory allocation profiling as in Linux 6.12, the model's facade: code tags of the built-in kernel
 * and of modules (lib/codetag.c, in {@link CodetagSections}), module unload (lib/alloc_tag.c), the
 * alloc_hooks macros, kmalloc/kfree/krealloc with the slab hooks of mm/slub.c, the sysctl,
 * /proc/allocinfo and the show_mem report. Charging through codetag references (include/linux/alloc_tag.h)
 * is in {@link TagCharging}, page blocks with page splits and migration (include/linux/pgalloc_tag.h) in
 * {@link PageTags}.
 */
public final class AllocProfiling {
    public static final long PAGE_SIZE = 4096;
    /** Largest page block the model allocates (2^24 pages); larger requests fail like a NULL return. */
    public static final int MAX_ORDER = 24;

    private final KernelLog log = new KernelLog();
    private final ProfilingSwitch control;
    private final CodetagSections sections;
    private final TagCharging charging;
    private final PageTags pages;
    private final Map<Long, SlabObject> objects = new HashMap<>();
    private final SlabCaches caches = new SlabCaches();

    private record SlabObject(int objectSize, CodetagRef ref) {
    }

    private AllocProfiling(Builder b) {
        this.sections = new CodetagSections(b.cpus);
        this.control = new ProfilingSwitch(b.enabledByDefault, b.debug, b.bootValue, log);
        this.charging = new TagCharging(b.cpus, b.debug, log);
        this.pages = new PageTags(charging, control, b.debug);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A model configured by spec example lines: CONFIG_MEM_ALLOC_PROFILING_ENABLED_BY_DEFAULT,
     * CONFIG_MEM_ALLOC_PROFILING_DEBUG, the boot parameter sysctl.vm.mem_profiling and a root write of
     * vm.mem_profiling after boot.
     */
    public static ConfigLines.Configured<AllocProfiling> fromConfig(List<String> lines) {
        return AllocTagConfig.fromConfig(lines);
    }

    /** Kconfig and command line of the modelled kernel. */
    public static final class Builder {
        private boolean enabledByDefault = true;
        private boolean debug;
        private int cpus = 8;
        private Optional<String> bootValue;

        /** CONFIG_MEM_ALLOC_PROFILING_ENABLED_BY_DEFAULT (Kconfig default y). */
        public Builder enabledByDefault(boolean on) {
            this.enabledByDefault = on;
            return this;
        }

        /** CONFIG_MEM_ALLOC_PROFILING_DEBUG: the add/sub warnings, the EMPTY sentinel, a read-only sysctl. */
        public Builder debug(boolean on) {
            this.debug = on;
            return this;
        }

        /** Number of possible CPUs, each with its own counter cells. */
        public Builder cpus(int cpus) {
            this.cpus = Math.max(1, cpus);
            return this;
        }

        /** {@code sysctl.vm.mem_profiling=VALUE} on the command line; null is the bare parameter. */
        public Builder bootParameter(String value) {
            this.bootValue = Optional.ofNullable(value);
            return this;
        }

        public AllocProfiling build() {
            return new AllocProfiling(this);
        }
    }

    // ---- tags, modules, current task

    /**
     * Defines the built-in kernel's tag of one call site, appended to the "alloc_tags" section
     * (DEFINE_ALLOC_TAG). Two call sites may share file, line and function and still have a tag each.
     */
    public AllocTag defineTag(String filename, int lineno, String function) {
        return sections.define(CodeTag.builtIn(filename, lineno, function));
    }

    /** The built-in tag with this text, defined at the end of the section if none has it yet. */
    public AllocTag tag(String filename, int lineno, String function) {
        return sections.findOrDefine(CodeTag.builtIn(filename, lineno, function));
    }

    /**
     * Loads a module whose "alloc_tags" section holds the given call sites (file, line, function).
     * Returns its tags in section order. A module without tags is not registered (lib/codetag.c).
     */
    public List<AllocTag> loadModule(String name, List<CodeTag> sites) {
        return sections.load(name, sites);
    }

    /**
     * Unloads a module (codetag_unload_module): every tag with bytes outstanding WARNs, the module's
     * tags leave /proc/allocinfo either way. Returns whether it unloaded cleanly.
     */
    public boolean unloadModule(String name) {
        boolean clean = true;
        for (AllocTag tag : sections.unload(name).orElse(List.of())) {
            AllocTag.Counters c = tag.read();
            if (c.bytes() != 0) {
                CodeTag ct = tag.codeTag();
                log.warn(charging.cpu(), charging.pid(), "lib/alloc_tag.c", 171, "alloc_tag_module_unload", ct.filename() + ":"
                        + ct.lineno() + " module " + name + " func:" + ct.function() + " has "
                        + Long.toUnsignedString(c.bytes()) + " allocated at module unload");
                clean = false;
            }
        }
        if (!clean) {
            log.print(name + ": memory allocation(s) from the module still alive, cannot unload cleanly");
        }
        return clean;
    }

    /** current->alloc_tag. */
    public AllocTag currentTag() {
        return charging.current();
    }

    /** alloc_tag_save(): installs {@code tag} as the current task's tag, returns the previous one. */
    public AllocTag save(AllocTag tag) {
        return charging.save(tag);
    }

    /** alloc_tag_restore(): under DEBUG, WARNs when the current tag is no longer {@code tag}. */
    public void restore(AllocTag tag, AllocTag old) {
        charging.restore(tag, old);
    }

    /** alloc_hooks_tag(tag, expr): the allocations inside {@code body} are charged to {@code tag}. */
    public <T> T allocHooks(AllocTag tag, Supplier<T> body) {
        AllocTag old = save(tag);
        T result = body.get();
        restore(tag, old);
        return result;
    }

    /** Which CPU the current task runs on (this_cpu_* operations use its cells). */
    public void runOn(int cpu) {
        charging.runOn(cpu);
    }

    /** The CPU and the PID of the current task, as WARNING lines name them. */
    public void runOn(int cpu, int pid) {
        runOn(cpu);
        charging.runAs(pid);
    }

    // ---- allocators

    /** kmalloc() charged to the current tag; returns the object's address (ZERO_SIZE_PTR for 0). */
    public long kmalloc(long size) {
        if (size <= 0) {
            return SlabCaches.ZERO_SIZE_PTR;
        }
        int objectSize = caches.kmallocCacheSize(size);
        if (objectSize == 0) {
            long pfn = allocPages(SlabCaches.order(size));
            return pfn == 0 ? 0 : pageAddress(pfn);
        }
        long address = caches.allocate(objectSize);
        objects.put(address, new SlabObject(objectSize, slabCharge(objectSize)));
        return address;
    }

    /** alloc_hooks(kmalloc(size)) at the given call site. */
    public long kmalloc(AllocTag site, long size) {
        return allocHooks(site, () -> kmalloc(size));
    }

    /** kmem_cache_alloc() from a cache whose s->size is {@code objectSize}. */
    public long kmemCacheAlloc(int objectSize) {
        long address = caches.allocate(objectSize);
        objects.put(address, new SlabObject(objectSize, slabCharge(objectSize)));
        return address;
    }

    /** kfree(): slab objects give back their cache size, large kmallocs their pages. Unknown pointers are ignored. */
    public void kfree(long address) {
        SlabObject object = objects.remove(address);
        if (object != null) {
            if (control.enabled() && control.supported()) {
                charging.sub(object.ref(), object.objectSize());
            }
            return;
        }
        long pfn = address / PAGE_SIZE;
        PageTags.PageBlock block = pages.block(pfn);
        if (block != null && address % PAGE_SIZE == 0 && address >= SlabCaches.LARGE_BASE) {
            freePages(pfn, block.order());
        }
    }

    /**
     * krealloc() charged to the current tag (mm/slab_common.c): a size that still fits the object keeps
     * it and its charge; otherwise a new object is allocated and the old one freed. Size 0 frees.
     */
    public long krealloc(long address, long newSize) {
        if (newSize <= 0) {
            kfree(address);
            return SlabCaches.ZERO_SIZE_PTR;
        }
        long fits = ksize(address);
        if (fits >= newSize) {
            return address;
        }
        long moved = kmalloc(newSize);
        if (address != SlabCaches.ZERO_SIZE_PTR && address != 0) {
            kfree(address);
        }
        return moved;
    }

    private long ksize(long address) {
        SlabObject object = objects.get(address);
        if (object != null) {
            return object.objectSize();
        }
        PageTags.PageBlock block = pages.block(address / PAGE_SIZE);
        return block == null || address < SlabCaches.LARGE_BASE ? 0 : PAGE_SIZE << block.order();
    }

    /** alloc_pages(order) charged to the current tag through the head page's ref; returns the pfn. */
    public long allocPages(int order) {
        return pages.allocPages(order);
    }

    /** alloc_hooks(alloc_pages(order)) at the given call site. */
    public long allocPages(AllocTag site, int order) {
        return allocHooks(site, () -> allocPages(order));
    }

    /** vmalloc() charged to the current tag: its pages and its pages array (see {@link Vmalloc}). */
    public Vmalloc.Area vmalloc(long size) {
        return Vmalloc.alloc(this, size);
    }

    /** alloc_hooks(vmalloc(size)) at the given call site. */
    public Vmalloc.Area vmalloc(AllocTag site, long size) {
        return allocHooks(site, () -> vmalloc(size));
    }

    /** vfree(): the pages, then the pages array. */
    public void vfree(Vmalloc.Area area) {
        Vmalloc.free(this, area);
    }

    /** Pages handed out untracked at boot (memblock/reserved): their ref holds CODETAG_EMPTY under DEBUG. */
    public long reservedPages(int order) {
        return pages.reservedPages(order);
    }

    /** __free_pages(): pgalloc_tag_sub with the block's size. Unknown pfns are ignored. */
    public void freePages(long pfn, int order) {
        pages.freePages(pfn, order);
    }

    /** split_page()/folio split (pgalloc_tag_split); see {@link PageTags#splitPages}. */
    public void splitPages(long pfn, int newOrder) {
        pages.splitPages(pfn, newOrder);
    }

    /** Page migration (pgalloc_tag_copy); see {@link PageTags#migratePages}. Returns the new pfn, or -1. */
    public long migratePages(long oldPfn) {
        return pages.migratePages(oldPfn);
    }

    /** The ref stored for the page block at {@code pfn}, if that block exists. */
    public Optional<CodetagRef> pageRef(long pfn) {
        return pages.ref(pfn);
    }

    /** The ref stored for the slab object at {@code address}, if it is live. */
    public Optional<CodetagRef> objectRef(long address) {
        SlabObject object = objects.get(address);
        return object == null ? Optional.empty() : Optional.of(object.ref());
    }

    private CodetagRef slabCharge(int objectSize) {
        CodetagRef ref = new CodetagRef();
        if (control.enabled() && control.supported()) {
            charging.add(ref, charging.current(), objectSize);
        }
        return ref;
    }

    private long pageAddress(long pfn) {
        return pfn * PAGE_SIZE;
    }

    // ---- alloc_tag_add / alloc_tag_sub

    /** A fresh codetag reference, as a new page_ext or slab extension slot holds. */
    public CodetagRef newRef() {
        return new CodetagRef();
    }

    /** alloc_tag_add(ref, tag, bytes) itself: no static-key test (its callers make that). */
    public void allocTagAdd(CodetagRef ref, AllocTag tag, long bytes) {
        charging.add(ref, tag, bytes);
    }

    /** alloc_tag_sub(ref, bytes) itself. */
    public void allocTagSub(CodetagRef ref, long bytes) {
        charging.sub(ref, bytes);
    }

    // ---- control, output

    public ProfilingSwitch control() {
        return control;
    }

    public KernelLog log() {
        return log;
    }

    public String console() {
        return log.text();
    }

    public Verdict verdict() {
        return log.verdict();
    }

    /** Every tag in /proc/allocinfo order: the built-in kernel first, then modules by ascending id. */
    public List<AllocTag> tags() {
        return sections.all();
    }

    /** /proc/allocinfo as 6.12 prints it. */
    public String procAllocinfo() {
        return AllocinfoFormat.allocinfo(tags());
    }

    /**
     * The "Memory allocations:" part of show_mem(): __show_mem() (mm/show_mem.c) asks for the top
     * users whether or not profiling is enabled right now.
     */
    public String showMem() {
        return AllocinfoFormat.topUsers(tags(), 10);
    }
}
