package org.kdocs.rst.directives;

/**
 * Converts and checks one directive option value (a docutils option_spec
 * function). The value is null when the option was given without one.
 * Throws {@link IllegalArgumentException} whose message is the explanation
 * docutils prints after "invalid option value".
 */
@FunctionalInterface
public interface OptionConverter {
    Object convert(String value);
}
