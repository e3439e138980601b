/**
 * Reference model of memory allocation profiling (Linux 6.12): code tags, per-CPU counters and /proc/allocinfo.
 */
package org.kdocs.models.alloctag;
