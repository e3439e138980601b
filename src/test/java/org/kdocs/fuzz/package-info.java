/**
 * Coverage-guided fuzzing (Jazzer) of the readers that take hostile input: the reStructuredText parser with
 * its transforms and HTML writer, the C-subset compiler and interpreter, the patch and mbox reader, the spec
 * markup, and the Markdown and AsciiDoc readers. {@link org.kdocs.fuzz.FuzzTargetsTest} runs each target on
 * its committed inputs as a unit test and, with {@code JAZZER_FUZZ=1}, fuzzes it; {@code scripts/fuzz} runs
 * long campaigns.
 */
package org.kdocs.fuzz;
