/**
 * Reference model of memory allocation profiling (Linux 6.12): code tags with per-CPU byte and call
 * counters, the codetag references allocations carry, the debug warnings, module unload, the
 * vm.mem_profiling boot parameter and sysctl, /proc/allocinfo byte for byte, and string_get_size()
 * with the kernel's integer algorithm. {@link org.kdocs.models.alloctag.AllocProfiling} is the entry point.
 */
package org.kdocs.models.alloctag;
