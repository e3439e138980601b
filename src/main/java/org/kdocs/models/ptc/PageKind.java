package org.kdocs.models.ptc;

/** What a freshly allocated page is used for, as far as the checks care (PageAnon, PageSlab). */
public enum PageKind {
    ANON,
    FILE,
    SLAB
}
