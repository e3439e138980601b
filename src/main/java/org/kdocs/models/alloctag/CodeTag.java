package org.kdocs.models.alloctag;

/**
 * include/linux/codetag.h struct codetag: one allocation call site. {@code modname} is null for code
 * built into the kernel. In doc examples the call site is the C line in the document.
 */
public record CodeTag(String filename, int lineno, String modname, String function) {

    public static CodeTag builtIn(String filename, int lineno, String function) {
        return new CodeTag(filename, lineno, null, function);
    }

    /** lib/codetag.c codetag_to_text(): "file:line func:f" or "file:line [mod] func:f". */
    public String text() {
        return modname == null
                ? filename + ":" + lineno + " func:" + function
                : filename + ":" + lineno + " [" + modname + "] func:" + function;
    }
}
