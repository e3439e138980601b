/**
 * An interpreter for the subset of C used by kernel-style examples: parser, compiled form, simulated
 * memory and a deterministic scheduler of threads and interrupts on simulated CPUs. Models observe it
 * through its instrumentation interface; it knows nothing about them.
 *
 * <p>Use: {@link org.kdocs.interp.CProgram#compile} (source, {@link org.kdocs.interp.Origin} mapping to the
 * document, optional {@link org.kdocs.interp.Builtins} with model builtins) compiles once; then
 * {@link org.kdocs.interp.CProgram#run} with {@link org.kdocs.interp.RunOptions} (threads, CPUs,
 * {@link org.kdocs.interp.Strategy}, step and time limits, trace, a per-run setup that subscribes
 * {@link org.kdocs.interp.Listener}s to the {@link org.kdocs.interp.Machine}) gives a
 * {@link org.kdocs.interp.RunReport} of {@link org.kdocs.interp.RunResult}s (outcome, console, trace).
 */
package org.kdocs.interp;
