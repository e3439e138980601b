package org.kdocs.rst.inline;

import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;

/**
 * An interpreted text role (a docutils role function): turns
 * {@code :name:`text`} into inline nodes and messages.
 */
@FunctionalInterface
public interface Role {
    /**
     * @param name     the role name as written
     * @param rawText  the whole interpreted text, role included, as written
     * @param text     the text between the backquotes, escapes kept as NUL markers
     * @param lineno   absolute line number
     * @param context  the document, reporter and parent being filled
     * @param options  options of a customised role (from the role directive)
     * @param content  content of a customised role
     */
    InlineResult apply(String name, String rawText, String text, int lineno, Context context,
                       Map<String, Object> options, List<String> content);

    /** What a role may use of the inliner that calls it. */
    interface Context {
        Document document();

        Reporter reporter();

        /** The text element whose inline content is being parsed. */
        Element parent();

        /** Builds a {@code problematic} node linked to a message, as docutils' inliner.problematic. */
        Element problematic(String text, String rawsource, Element message);
    }
}
