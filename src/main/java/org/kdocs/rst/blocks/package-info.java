/**
 * Block-level parsing: a line-by-line state machine with nested machines, mirroring docutils' parsers.rst.states (Body, Text, SpecializedBody, Line, ...). It recognises sections, lists, tables, literal blocks and explicit markup, and hands text to the inliner.
 */
package org.kdocs.rst.blocks;
