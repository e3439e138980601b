package org.kdocs.rst.directives;

import java.util.List;
import java.util.Map;

import org.kdocs.source.SourceLines;

/**
 * One invocation of a directive (the instance state of docutils' Directive):
 * the name as written, the parsed arguments, the converted options, the
 * content lines, where they are, and the parser's services.
 *
 * @param name          directive name as written in the document
 * @param arguments     the arguments, split per the directive's spec
 * @param options       option name to converted value (flags map to null)
 * @param content       the content block (may be empty)
 * @param lineno        absolute line number of the directive marker
 * @param contentOffset absolute line offset of the first content line
 * @param blockText     the whole directive block as written
 * @param context       the parser, for nested parsing and messages
 */
public record DirectiveCall(
        String name,
        List<String> arguments,
        Map<String, Object> options,
        SourceLines content,
        int lineno,
        int contentOffset,
        String blockText,
        DirectiveContext context) {

    /** docutils' assert_has_content: an error when the content is empty. */
    public void assertHasContent() throws DirectiveError {
        if (content.isEmpty()) {
            throw missingContent();
        }
    }

    /** The error of {@link #assertHasContent}, for a directive that decides itself what counts as content. */
    public DirectiveError missingContent() {
        return DirectiveError.error("Content block expected for the \"" + name + "\" directive; none found.");
    }

    /** docutils' check of a table directive built from its content (list-table): an error when there is none. */
    public void assertTableHasContent() throws DirectiveError {
        if (content.isEmpty()) {
            throw DirectiveError.error("The \"" + name + "\" directive is empty; content required.");
        }
    }
}
