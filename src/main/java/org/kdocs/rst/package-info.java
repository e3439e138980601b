/**
 * The reStructuredText front end: the parser facade and the state shared while one document is parsed. It turns source lines into a docutils-shaped document tree; the stages live in the sub-packages blocks, inline and directives.
 */
package org.kdocs.rst;
