/**
 * Block-level parsing: a line-by-line state machine with nested machines, mirroring docutils'
 * parsers.rst.states (Body, Text, SpecializedBody, Line, ...). It recognises sections, lists, tables,
 * literal blocks and explicit markup, and hands the text of paragraphs, titles and terms to the inliner.
 *
 * <h2>How a line becomes a node</h2>
 * <ol>
 * <li>{@link org.kdocs.rst.blocks.BlockParser} (docutils Parser.parse) checks the line lengths and runs
 * the root {@link org.kdocs.rst.blocks.LineMachine} over the document's lines, starting in
 * {@code StateName.BODY}. What every machine of one document shares (the document, the reporter, the
 * inliner, the section title styles seen, the nesting depth) is the {@code ParseSession}, docutils'
 * memo.</li>
 * <li>A machine keeps one {@link org.kdocs.rst.blocks.State} object per {@link org.kdocs.rst.blocks.StateName}
 * (made by {@code States}) and a current state. For each line it tries the state's
 * {@link org.kdocs.rst.blocks.Transition}s in order: "blank" and "indent", which every state has, then the
 * state's own ({@code BodyState}: bullet, enumerator, field_marker, ..., explicit_markup, line, text).
 * A transition is a regular expression matched at the line's start, with the characters it can start with
 * so that most lines skip most expressions. The first match runs its handler, which builds nodes under
 * the machine's node and returns a {@code Transition.Step}: the context for the next line and the next
 * state. A line that no transition matches is, by default, an internal error ({@code State.noMatch}).</li>
 * <li>A construct longer than one line is decided over two lines through the context. A line of text in
 * {@code BodyState} only goes to {@code TextState} with the line as context; the next line decides what the
 * first one was: an adornment makes a section title, an indented line a definition list item, a blank line
 * (or the end) a paragraph, whose text goes to the inliner ({@code rst.inline}).</li>
 * <li>Blocks with a body are nested parses. An indented block (a list item's body, a block quote, a
 * directive's content) is cut out of the input and parsed by a new machine into the new node
 * ({@code State.nestedParse}, docutils nested_parse). A list-like construct runs a machine over the rest of
 * the parent's lines in a specialised state ({@code SpecializedBody.BulletList} and its siblings,
 * {@code State.parseFollowing} with a {@link org.kdocs.rst.blocks.ListParse}, docutils
 * nested_list_parse): there every transition except the construct's own next item backs up one line and
 * ends the machine ({@code SpecializedBody.invalidInput}), and the parent reassesses that line. Line
 * numbers stay absolute through each machine's offset.</li>
 * <li>Handlers steer the machine as docutils' do, with the {@link org.kdocs.rst.blocks.ControlFlow}
 * exceptions: {@code TransitionCorrection} (back one line, try only the named transition),
 * {@code StateCorrection} (back one line, in another state), {@code Eof} (the input is used up, or the
 * construct ended: the state's {@code eof} finishes what the context holds, such as a last paragraph).
 * They never leave this package.</li>
 * <li>Explicit markup ("..") goes to {@code ExplicitMarkup} (footnotes, citations, targets, substitution
 * definitions, comments) and {@code DirectiveRunner}, which splits a directive's block per its spec and
 * runs it with a {@code BlockDirectiveContext}, through which the directive parses its content in turn.
 * Tables are cut out and parsed apart ({@code TableBlocks}, package {@code table}).</li>
 * </ol>
 */
package org.kdocs.rst.blocks;
