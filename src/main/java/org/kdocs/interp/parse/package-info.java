/**
 * Front end of the C interpreter: a lexer, a small {@code #define} preprocessor and a recursive-descent
 * parser producing an abstract syntax tree. Every error is a {@link org.kdocs.interp.Diagnostic} carrying
 * file:line:col of the documentation the example came from.
 */
package org.kdocs.interp.parse;
