/**
 * The document tree: docutils' node classes (same element names and attributes), the document's name and id bookkeeping, the reporter that creates system messages, and the pseudo-XML form that docutils prints with pformat(). It depends on nothing else in kdocs.
 */
package org.kdocs.tree;
