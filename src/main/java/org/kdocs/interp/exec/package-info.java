/**
 * Back end of the C interpreter: the compiler from syntax tree to executable code (built once per
 * program), simulated memory, the per-run machine with its deterministic scheduler, and the standard
 * kernel builtins. Nothing here knows about any model; models only see the interfaces of the parent
 * package.
 *
 * <h2>How an expression becomes a run</h2>
 * <ol>
 * <li>Parse. {@link org.kdocs.interp.exec.Compiler#compile} lexes the builtins' prelude and the example
 * ({@code interp.parse.Lexer}), expands {@code #define}s ({@code Preprocessor}) and parses a translation
 * unit ({@code Parser}, {@code DeclParser}, {@code SpecifierParser}, {@code ExprParser}) into {@code Ast}
 * records.</li>
 * <li>Compile. The {@code Compiler} lays out globals and functions in an {@link org.kdocs.interp.exec.Image};
 * per function, {@link org.kdocs.interp.exec.FunctionBody} compiles statements into
 * {@link org.kdocs.interp.exec.StmtNode} records (a structured tree: blocks, if, loops, switch, break,
 * continue, goto, return) and {@link org.kdocs.interp.exec.ExprCompiler} (with {@code CallCompiler} and
 * {@code AssignmentCompiler}) type-checks each expression into an {@link org.kdocs.interp.exec.ExprNode},
 * typed as an {@code RValue} or placed as an {@code LValue}, C's conversions made explicit as
 * {@link org.kdocs.interp.exec.Conversion}s and its operators as {@link org.kdocs.interp.exec.BinaryOperator}s.
 * An expression node is either pure ({@code ExprNodes}: constants, slots, arithmetic), evaluated directly,
 * or an {@link org.kdocs.interp.exec.Effect} record (an access to memory, a call, a statement expression)
 * held by a {@code LoweredOnly} node.</li>
 * <li>Lower. {@link org.kdocs.interp.exec.Lowering} flattens the statement tree into the function's array
 * of {@link org.kdocs.interp.exec.Instruction}s ({@code FunctionCode.code}): loops and branches become
 * {@code Branch} and {@code Jump}, break and continue jumps to their loop's ends, and each effect its own
 * instruction ({@code AccessInstructions}) whose result goes to a temporary slot, so that what is left of
 * every expression is pure. Statement nodes exist only up to here: nothing evaluates one at run time.</li>
 * <li>Run. A {@link org.kdocs.interp.exec.Run} holds one run's memory ({@code Mem}), its listeners and the
 * {@link org.kdocs.interp.exec.Scheduler}; a {@link org.kdocs.interp.exec.Worker} per simulated thread
 * calls {@code exec} on its top {@link org.kdocs.interp.exec.Frame}'s instruction at {@code pc}, which
 * returns the next pc, or {@code YIELD} (the thread gives up its CPU) or {@code FRAME} (a call or return
 * changed the top frame). A frame holds a call's locals and temporaries as {@code long} slots (the rest
 * on the simulated stack), its pc and its caller, on the heap, so a thread can be switched out at any
 * instruction. An access instruction takes its scheduling point, where the scheduler may switch threads
 * (the instruction then runs again when the thread resumes, which is harmless since its operands are
 * pure), reports the {@code Access} to the model's listeners and touches {@code Mem}.</li>
 * </ol>
 *
 * <p>The dispatch loop ({@code Worker.execute}) and what it calls on every iteration are what
 * {@code bench/interp-accesses} measures: the hot methods must stay small enough for the JIT to inline
 * them (see {@code BinaryOperator.apply} and {@code Run.report}).
 */
package org.kdocs.interp.exec;
