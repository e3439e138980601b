/**
 * Back end of the C interpreter: the compiler from syntax tree to executable code (built once per
 * program), simulated memory, the per-run machine with its deterministic scheduler, and the standard
 * kernel builtins. Nothing here knows about any model; models only see the interfaces of the parent
 * package.
 *
 * <h2>How an expression becomes a run</h2>
 * <ol>
 * <li>{@link org.kdocs.interp.exec.Compiler} lays out globals and functions; per function,
 * {@link org.kdocs.interp.exec.FunctionBody} compiles statements into {@link org.kdocs.interp.exec.StmtNode}
 * records and {@link org.kdocs.interp.exec.ExprCompiler} (with {@code CallCompiler} and
 * {@code AssignmentCompiler}) type-checks expressions into {@link org.kdocs.interp.exec.ExprNode}s, each
 * typed as an {@code RValue} or placed as an {@code LValue}, C's conversions made explicit as
 * {@link org.kdocs.interp.exec.Conversion}s.</li>
 * <li>An expression node is either pure ({@code ExprNodes}: constants, slots, arithmetic with a
 * {@link org.kdocs.interp.exec.BinaryOperator}), evaluated directly, or an
 * {@link org.kdocs.interp.exec.Effect} record (an access, a call, a scope) held by a {@code LoweredOnly}
 * node.</li>
 * <li>{@link org.kdocs.interp.exec.Lowering} flattens the statement tree into an array of
 * {@link org.kdocs.interp.exec.Instruction}s with jumps: each effect becomes its own instruction whose result
 * goes to a temporary slot, so that what is left of every expression is pure.</li>
 * <li>At run time a {@link org.kdocs.interp.exec.Worker} (one per simulated thread) executes its top
 * frame's instructions; an access instruction takes its scheduling point, where the
 * {@link org.kdocs.interp.exec.Scheduler} may switch threads (the instruction then runs again when the
 * thread resumes), reports to the model's listeners, and touches {@code Mem}.</li>
 * </ol>
 */
package org.kdocs.interp.exec;
