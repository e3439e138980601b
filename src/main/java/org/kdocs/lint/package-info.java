/**
 * Translation linting: rules over a translated document and its original (title widths, structure parity, typography, terminology, staleness), and patch e-mail input for review.
 * This package holds the framework (findings, configuration, the docutils-mirroring title scanner, the
 * line-level markup inventory, --fix); {@code rules} holds one class per rule, {@code report} the output
 * formats, {@code patch} review mode and {@code history} the JGit staleness check.
 */
package org.kdocs.lint;
