package org.kdocs.rst.directives;

import java.util.List;
import java.util.Map;

import org.kdocs.tree.Node;

/**
 * One directive type (docutils.parsers.rst.Directive): what it accepts, and
 * what it builds. The block parser splits the directive block into
 * arguments, options and content according to the accessors here, converts
 * the options, reports any mismatch as docutils does, and then calls
 * {@link #run}. A fresh instance is used for every invocation. A directive
 * declares what it accepts as one {@link DirectiveSyntax}.
 */
public interface Directive {
    /** What the directive accepts; the five accessors below read it unless a directive overrides them. */
    default DirectiveSyntax syntax() {
        return DirectiveSyntax.NONE;
    }

    /** Number of required arguments. */
    default int requiredArguments() {
        return syntax().requiredArguments();
    }

    /** Number of optional arguments after the required ones. */
    default int optionalArguments() {
        return syntax().optionalArguments();
    }

    /** Whether the last argument may contain white space (it then takes the rest of the argument text). */
    default boolean finalArgumentWhitespace() {
        return syntax().finalArgumentWhitespace();
    }

    /** Option names with their converters; null when the directive takes no options at all. */
    default Map<String, OptionConverter> optionSpec() {
        return syntax().optionSpec();
    }

    /** Whether content is allowed. */
    default boolean hasContent() {
        return syntax().hasContent();
    }

    /** Builds the directive's nodes; a {@link DirectiveError} becomes a system message with the block text. */
    List<Node> run(DirectiveCall call) throws DirectiveError;
}
