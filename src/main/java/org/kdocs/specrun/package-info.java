/**
 * The literate test runner: extracts spec examples from documents, runs them against the
 * reference models, and matches the console output the document promises (ellipsis and
 * normalisation rules, unified diffs); the failure signatures and comparison tables of runs come from
 * {@code org.kdocs.dmesg}, which reads real kernel logs the same way.
 */
package org.kdocs.specrun;
