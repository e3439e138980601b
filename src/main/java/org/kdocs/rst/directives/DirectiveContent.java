package org.kdocs.rst.directives;

import java.util.Locale;
import java.util.Map;

/**
 * What a directive's content is, by the directive's name, for readers that
 * scan lines without running directives (the translation linter). The
 * parser does not use it: there each directive parses its own content. It
 * names docutils' directives and the Sphinx and kernel ones that kernel
 * documents use; any other directive is {@link #OTHER}.
 */
public enum DirectiveContent {
    /** Body elements, the text after "::" being their first line (note, warning, seealso, ...). */
    BODY_FROM_FIRST_LINE,
    /** Body elements after the arguments and options (topic, figure, the tables, ...). */
    BODY,
    /** Body elements in which section titles are allowed, with title styles of their own (Sphinx's only). */
    SECTIONS,
    /** Literal text whose language is the argument (code-block, code, sourcecode). */
    CODE,
    /** Other literal text (parsed-literal, literalinclude), or the literal block after highlight. */
    LITERAL,
    /** Anything else: no content, or content that is not body text. */
    OTHER;

    private static final Map<String, DirectiveContent> BY_NAME = Map.ofEntries(
            Map.entry("note", BODY_FROM_FIRST_LINE), Map.entry("warning", BODY_FROM_FIRST_LINE),
            Map.entry("attention", BODY_FROM_FIRST_LINE), Map.entry("caution", BODY_FROM_FIRST_LINE),
            Map.entry("danger", BODY_FROM_FIRST_LINE), Map.entry("error", BODY_FROM_FIRST_LINE),
            Map.entry("hint", BODY_FROM_FIRST_LINE), Map.entry("important", BODY_FROM_FIRST_LINE),
            Map.entry("tip", BODY_FROM_FIRST_LINE), Map.entry("seealso", BODY_FROM_FIRST_LINE),
            Map.entry("admonition", BODY), Map.entry("topic", BODY), Map.entry("sidebar", BODY),
            Map.entry("container", BODY), Map.entry("compound", BODY), Map.entry("epigraph", BODY),
            Map.entry("highlights", BODY), Map.entry("pull-quote", BODY), Map.entry("list-table", BODY),
            Map.entry("flat-table", BODY), Map.entry("table", BODY), Map.entry("figure", BODY),
            Map.entry("kernel-figure", BODY), Map.entry("rst-class", BODY), Map.entry("cssclass", BODY),
            Map.entry("only", SECTIONS),
            Map.entry("code-block", CODE), Map.entry("code", CODE), Map.entry("sourcecode", CODE),
            Map.entry("parsed-literal", LITERAL), Map.entry("highlight", LITERAL),
            Map.entry("literalinclude", LITERAL));

    /** The content of the directive called {@code name} (any case). */
    public static DirectiveContent of(String name) {
        return BY_NAME.getOrDefault(name.toLowerCase(Locale.ROOT), OTHER);
    }

    /** Whether the content is literal text rather than markup. */
    public boolean literal() {
        return this == CODE || this == LITERAL;
    }
}
