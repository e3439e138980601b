/**
 * The literate test runner: extracts spec examples from documents, runs them against the reference models, and matches the console output the document promises.
 */
package org.kdocs.specrun;
