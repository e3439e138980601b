package org.kdocs.rst.directives;

import java.util.Map;

/**
 * What a directive accepts, declared once as data: docutils' Directive class attributes
 * required_arguments, optional_arguments, final_argument_whitespace, option_spec and has_content.
 * A directive returns one from {@link Directive#syntax()} rather than overriding five accessors;
 * start from {@link #NONE} or {@link #arguments} and add the rest with the withers.
 *
 * @param requiredArguments       number of required arguments
 * @param optionalArguments       number of optional arguments after the required ones
 * @param finalArgumentWhitespace whether the last argument takes the rest of the argument text, spaces included
 * @param optionSpec              option names with their converters; null when no options are taken at all
 * @param hasContent              whether content is allowed
 */
public record DirectiveSyntax(int requiredArguments, int optionalArguments, boolean finalArgumentWhitespace,
        Map<String, OptionConverter> optionSpec, boolean hasContent) {
    /** No arguments, no options, no content. */
    public static final DirectiveSyntax NONE = new DirectiveSyntax(0, 0, false, null, false);

    /** Takes {@code required} arguments and then up to {@code optional} more; nothing else yet. */
    public static DirectiveSyntax arguments(int required, int optional) {
        return new DirectiveSyntax(required, optional, false, null, false);
    }

    /** The same, with the last argument taking the rest of the argument text. */
    public DirectiveSyntax withFinalArgumentWhitespace() {
        return new DirectiveSyntax(requiredArguments, optionalArguments, true, optionSpec, hasContent);
    }

    /** The same, with these options (an empty map: the option block is read, but no option is known). */
    public DirectiveSyntax withOptions(Map<String, OptionConverter> spec) {
        return new DirectiveSyntax(requiredArguments, optionalArguments, finalArgumentWhitespace, spec, hasContent);
    }

    /** The same, with content allowed. */
    public DirectiveSyntax withContent() {
        return new DirectiveSyntax(requiredArguments, optionalArguments, finalArgumentWhitespace, optionSpec, true);
    }
}
