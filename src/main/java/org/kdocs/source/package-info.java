/**
 * Input text with its origin: lines that remember the file and line they came from, tab expansion, Python-compatible string helpers, and display width in terminal columns (East Asian Wide and Fullwidth count two, combining marks zero; ICU4J decides). Everything downstream measures text through this package.
 */
package org.kdocs.source;
