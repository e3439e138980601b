/**
 * An interpreter for the subset of C used by kernel-style examples: parser, compiled form, simulated memory and a deterministic scheduler of threads and interrupts on simulated CPUs. Models observe it through its instrumentation interface; it knows nothing about them.
 */
package org.kdocs.interp;
