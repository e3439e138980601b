package org.kdocs.models.alloctag;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Page blocks and their codetag references, as in Linux 6.12 include/linux/pgalloc_tag.h (pgalloc_tag_add
 * and pgalloc_tag_sub on the head page's ref) and lib/alloc_tag.c (pgalloc_tag_split, pgalloc_tag_copy).
 * The charge itself goes through {@link TagCharging}.
 */
final class PageTags {
    private final TagCharging charging;
    private final ProfilingSwitch control;
    private final boolean debug;
    private final Map<Long, PageBlock> blocks = new HashMap<>();
    private long nextPfn = 0x1000;

    /** A block of 2^order pages and the ref of its head page. */
    record PageBlock(int order, CodetagRef ref) {
    }

    PageTags(TagCharging charging, ProfilingSwitch control, boolean debug) {
        this.charging = charging;
        this.control = control;
        this.debug = debug;
    }

    /** The block whose head is {@code pfn}, or null. */
    PageBlock block(long pfn) {
        return blocks.get(pfn);
    }

    /** alloc_pages(order) charged to the current tag through the head page's ref; returns the pfn. */
    long allocPages(int order) {
        if (order < 0 || order > AllocProfiling.MAX_ORDER) {
            return 0; // the allocation fails
        }
        long pfn = nextBlock(order);
        CodetagRef ref = new CodetagRef();
        if (control.enabled() && control.supported()) {
            charging.add(ref, charging.current(), AllocProfiling.PAGE_SIZE << order);
        }
        blocks.put(pfn, new PageBlock(order, ref));
        return pfn;
    }

    /** Pages handed out untracked at boot (memblock/reserved): their ref holds CODETAG_EMPTY under DEBUG. */
    long reservedPages(int order) {
        order = Math.max(0, Math.min(order, AllocProfiling.MAX_ORDER));
        long pfn = nextBlock(order);
        CodetagRef ref = new CodetagRef();
        blocks.put(pfn, new PageBlock(order, ref));
        if (debug) {
            ref.setEmpty();
        }
        return pfn;
    }

    /** The pfn of a fresh block of 2^order pages, aligned to its size. */
    private long nextBlock(int order) {
        long size = 1L << order;
        long pfn = (nextPfn + size - 1) & -size;
        nextPfn = pfn + size;
        return pfn;
    }

    /** __free_pages(): pgalloc_tag_sub with the block's size. Unknown pfns are ignored. */
    void freePages(long pfn, int order) {
        if (order < 0 || order > 62) {
            return;
        }
        PageBlock block = blocks.remove(pfn);
        if (block == null) {
            return;
        }
        if (control.enabled() && control.supported()) {
            charging.sub(block.ref(), AllocProfiling.PAGE_SIZE << order);
        }
    }

    /**
     * split_page()/folio split (pgalloc_tag_split): the block at {@code pfn} becomes blocks of
     * {@code newOrder}; every new head after the first points at the original tag and adds one call.
     */
    void splitPages(long pfn, int newOrder) {
        PageBlock block = blocks.get(pfn);
        if (block == null || newOrder >= block.order()) {
            return;
        }
        long step = 1L << newOrder;
        AllocTag tag = block.ref().tag();
        if (debug && control.enabled()) {
            charging.getCheck(block.ref());
        }
        blocks.put(pfn, new PageBlock(newOrder, block.ref()));
        for (long i = step; i < (1L << block.order()); i += step) {
            CodetagRef ref = new CodetagRef();
            if (control.enabled() && control.supported() && tag != null) {
                charging.refSet(ref, tag);
            }
            blocks.put(pfn + i, new PageBlock(newOrder, ref));
        }
    }

    /**
     * Page migration (mm/migrate.c with pgalloc_tag_copy): a target of the same order is allocated and
     * charged to the current tag, then its ref is moved to the source's tag and the source is freed.
     * As in 6.12, the target's own charge is undone with a page count passed as the byte count, so the
     * current tag keeps folio size minus page count bytes. Returns the new pfn, or -1 for an unknown pfn.
     */
    long migratePages(long oldPfn) {
        PageBlock old = blocks.get(oldPfn);
        if (old == null) {
            return -1;
        }
        long newPfn = allocPages(old.order());
        CodetagRef newRef = blocks.get(newPfn).ref();
        if (control.enabled() && control.supported()) {
            if (debug) {
                charging.getCheck(old.ref());
            }
            AllocTag tag = old.ref().tag();
            if (tag != null) {
                if (debug) {
                    old.ref().setEmpty();
                } else {
                    old.ref().clear();
                }
                charging.sub(newRef, 1L << old.order());
                charging.refSetOnly(newRef, tag);
            }
        }
        freePages(oldPfn, old.order());
        return newPfn;
    }

    /** The ref stored for the page block at {@code pfn}, if that block exists. */
    Optional<CodetagRef> ref(long pfn) {
        PageBlock block = blocks.get(pfn);
        return block == null ? Optional.empty() : Optional.of(block.ref());
    }
}
