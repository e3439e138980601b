package org.kdocs.site;

import java.util.ArrayDeque;
import java.util.Deque;

/** Sphinx docnames: '/'-separated paths without suffix, relative to a source tree. */
final class Docnames {
    // a reference may name the source file; Sphinx strips its source_suffix
    private static final java.util.List<String> SOURCE_SUFFIXES = java.util.List.of(".rst", ".adoc", ".md");

    private Docnames() {
    }

    /** The docname a reference in document {@code from} means: relative to its directory, or absolute with '/'. */
    static String resolve(String from, String reference) {
        String ref = reference.strip();
        for (String suffix : SOURCE_SUFFIXES) {
            if (ref.endsWith(suffix)) {
                ref = ref.substring(0, ref.length() - suffix.length());
                break;
            }
        }
        String joined;
        if (ref.startsWith("/")) {
            joined = ref.substring(1);
        } else {
            int slash = from.lastIndexOf('/');
            joined = slash < 0 ? ref : from.substring(0, slash + 1) + ref;
        }
        return normalize(joined, false);
    }

    /**
     * A '/'-separated path with "." and ".." parts taken out. A ".." above the root is dropped, as
     * Sphinx does for docnames, or, with {@code refuseAboveRoot}, makes the result null.
     */
    static String normalize(String path, boolean refuseAboveRoot) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                } else if (refuseAboveRoot) {
                    return null;
                }
                continue;
            }
            parts.addLast(part);
        }
        return String.join("/", parts);
    }

    static boolean hasGlob(String ref) {
        return ref.contains("*") || ref.contains("?") || ref.contains("[");
    }
}
