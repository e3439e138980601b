package org.kdocs.interp;

import java.util.Set;

/**
 * A compiled C function as the symbol table sees it: its code address range (for
 * {@code function+0xoff/0xsize}), where it is defined, and its kernel attributes such as __no_kcsan.
 */
public record FunctionInfo(String name, long address, int size, String file, int line, Set<String> attributes) {
    public boolean hasAttribute(String attribute) {
        return attributes.contains(attribute);
    }
}
