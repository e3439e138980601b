/**
 * Tree-to-tree transforms applied after parsing, as docutils' Publisher applies them for
 * rst2pseudoxml.py: a {@link org.kdocs.transforms.Transformer} orders the default transforms and the
 * pending ones the parser registered by priority, and each transform (references, footnotes,
 * substitutions, title promotion, docinfo, contents, section numbers, messages) edits the tree in place.
 */
package org.kdocs.transforms;
