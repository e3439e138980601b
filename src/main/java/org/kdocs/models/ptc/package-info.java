/**
 * Reference model of page table check (Linux 6.12): per-page map counters and the BUG conditions of mm/page_table_check.c.
 */
package org.kdocs.models.ptc;
