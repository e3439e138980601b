/**
 * Reference model of page table check (Linux 6.12, mm/page_table_check.c): per-page anon/file map
 * counters, the set/clear hooks at PTE, PMD and PUD level, the zero check at page allocation and free,
 * and the 14 BUG conditions reported as the kernel would. {@link org.kdocs.models.ptc.PageTableCheck}
 * is the entry point; {@link org.kdocs.models.ptc.DoubleMappingPolicy} derives the documentation's
 * rules table from the model.
 */
package org.kdocs.models.ptc;
