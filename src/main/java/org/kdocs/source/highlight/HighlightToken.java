package org.kdocs.source.highlight;

import java.util.List;

/**
 * A run of highlighted code with docutils' long class names (Pygments' token type path, lower-cased, without
 * "token" and "text": Keyword.Type gives [keyword, type]; plain text has no classes).
 */
public record HighlightToken(List<String> classes, String text) {
    public HighlightToken {
        classes = List.copyOf(classes);
    }
}
