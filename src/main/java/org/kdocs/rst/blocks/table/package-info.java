/**
 * Table parsing (docutils.parsers.rst.tableparser): grid and simple tables
 * from their text block to a structure of rows and cells with spans. The
 * block parser isolates the table's lines and builds tree nodes from the
 * structure.
 */
package org.kdocs.rst.blocks.table;
