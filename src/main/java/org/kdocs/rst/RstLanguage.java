package org.kdocs.rst;

import java.util.Map;

/**
 * The names a document language gives to directives and roles, mapped to
 * their canonical names (docutils.parsers.rst.languages). Only English is
 * provided; docutils falls back to the canonical name when a language has
 * no entry, after an INFO message that names the language module.
 */
public record RstLanguage(String code, Map<String, String> directives, Map<String, String> roles) {

    /** The module name docutils prints in its "No directive entry" and "No role entry" messages. */
    public String moduleName() {
        return "docutils.parsers.rst.languages." + code;
    }

    public static final RstLanguage ENGLISH = new RstLanguage("en", Map.ofEntries(
            Map.entry("attention", "attention"), Map.entry("caution", "caution"), Map.entry("code", "code"),
            Map.entry("code-block", "code"), Map.entry("sourcecode", "code"), Map.entry("danger", "danger"),
            Map.entry("error", "error"), Map.entry("hint", "hint"), Map.entry("important", "important"),
            Map.entry("note", "note"), Map.entry("tip", "tip"), Map.entry("warning", "warning"),
            Map.entry("admonition", "admonition"), Map.entry("sidebar", "sidebar"), Map.entry("topic", "topic"),
            Map.entry("line-block", "line-block"), Map.entry("parsed-literal", "parsed-literal"),
            Map.entry("rubric", "rubric"), Map.entry("epigraph", "epigraph"), Map.entry("highlights", "highlights"),
            Map.entry("pull-quote", "pull-quote"), Map.entry("compound", "compound"),
            Map.entry("container", "container"), Map.entry("table", "table"), Map.entry("csv-table", "csv-table"),
            Map.entry("list-table", "list-table"), Map.entry("meta", "meta"), Map.entry("math", "math"),
            Map.entry("image", "image"), Map.entry("figure", "figure"), Map.entry("include", "include"),
            Map.entry("raw", "raw"), Map.entry("replace", "replace"), Map.entry("unicode", "unicode"),
            Map.entry("date", "date"), Map.entry("class", "class"), Map.entry("role", "role"),
            Map.entry("default-role", "default-role"), Map.entry("title", "title"),
            Map.entry("contents", "contents"), Map.entry("sectnum", "sectnum"),
            Map.entry("section-numbering", "sectnum"), Map.entry("header", "header"),
            Map.entry("footer", "footer"), Map.entry("target-notes", "target-notes"),
            Map.entry("restructuredtext-test-directive", "restructuredtext-test-directive")),
            Map.ofEntries(
            Map.entry("abbreviation", "abbreviation"), Map.entry("ab", "abbreviation"),
            Map.entry("acronym", "acronym"), Map.entry("ac", "acronym"), Map.entry("code", "code"),
            Map.entry("index", "index"), Map.entry("i", "index"), Map.entry("subscript", "subscript"),
            Map.entry("sub", "subscript"), Map.entry("superscript", "superscript"), Map.entry("sup", "superscript"),
            Map.entry("title-reference", "title-reference"), Map.entry("title", "title-reference"),
            Map.entry("t", "title-reference"), Map.entry("pep-reference", "pep-reference"),
            Map.entry("pep", "pep-reference"), Map.entry("rfc-reference", "rfc-reference"),
            Map.entry("rfc", "rfc-reference"), Map.entry("emphasis", "emphasis"), Map.entry("strong", "strong"),
            Map.entry("literal", "literal"), Map.entry("math", "math"),
            Map.entry("named-reference", "named-reference"), Map.entry("anonymous-reference", "anonymous-reference"),
            Map.entry("footnote-reference", "footnote-reference"),
            Map.entry("citation-reference", "citation-reference"),
            Map.entry("substitution-reference", "substitution-reference"), Map.entry("target", "target"),
            Map.entry("uri-reference", "uri-reference"), Map.entry("uri", "uri-reference"),
            Map.entry("url", "uri-reference"), Map.entry("raw", "raw")));
}
