package org.kdocs.rst.blocks;

/** The states of the block parser, by docutils state class name. */
enum StateName {
    BODY, BULLET_LIST, DEFINITION_LIST, ENUMERATED_LIST, FIELD_LIST, OPTION_LIST, LINE_BLOCK,
    EXTENSION_OPTIONS, EXPLICIT, TEXT, DEFINITION, LINE, SUBSTITUTION_DEF, QUOTED_LITERAL_BLOCK
}
