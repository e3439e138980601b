/**
 * Translation linting: rules over a translated document and its original (title widths, structure parity, typography, terminology, staleness), and patch e-mail input for review.
 */
package org.kdocs.lint;
