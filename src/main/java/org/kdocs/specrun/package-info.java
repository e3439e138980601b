/**
 * The literate test runner: extracts spec examples from documents, runs them against the
 * reference models, and matches the console output the document promises (ellipsis and
 * normalisation rules, unified diffs, LKP-style failure signatures and comparison tables).
 */
package org.kdocs.specrun;
