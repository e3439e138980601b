/**
 * Tables (docutils.parsers.rst.tableparser and states.Body.build_table):
 * grid and simple tables from their text block to a structure of rows and
 * cells with spans, and from that structure (or from parsed cells, for
 * list-table) to the table element. The block parser isolates the table's
 * lines; cell text is parsed through the directive context.
 */
package org.kdocs.rst.blocks.table;
