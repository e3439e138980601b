package org.kdocs.tree;

import java.util.EnumSet;
import java.util.Set;

/**
 * The element categories of docutils' node class hierarchy (Structural,
 * Body, Inline, TextElement, ...). A category implies its docutils
 * superclasses, so {@code ADMONITION} is also {@code BODY}.
 */
public enum Category {
    ROOT, TITULAR, PRE_BIBLIOGRAPHIC, BIBLIOGRAPHIC, DECORATIVE, STRUCTURAL, BODY,
    GENERAL, SEQUENTIAL, ADMONITION, SPECIAL, INVISIBLE, PART, INLINE, REFERENTIAL,
    TARGETABLE, LABELED, BACK_LINKABLE, RESOLVABLE, TEXT_ELEMENT, FIXED_TEXT_ELEMENT, TOC_ENTRY;

    Set<Category> implied() {
        return switch (this) {
            case GENERAL, SEQUENTIAL, ADMONITION, SPECIAL -> EnumSet.of(BODY);
            case INVISIBLE -> EnumSet.of(PRE_BIBLIOGRAPHIC);
            case FIXED_TEXT_ELEMENT -> EnumSet.of(TEXT_ELEMENT);
            case REFERENTIAL -> EnumSet.of(RESOLVABLE);
            default -> EnumSet.noneOf(Category.class);
        };
    }
}
