package org.kdocs.rst.directives;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstSettings;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;

/**
 * What a directive may ask of the block parser that runs it (docutils'
 * {@code self.state} and {@code self.state_machine} as directives use them).
 * Implemented by the block parser.
 */
public interface DirectiveContext {
    Document document();

    Reporter reporter();

    RstSettings settings();

    /**
     * Parses lines as body elements into {@code node} (state.nested_parse); returns the offset reached.
     * With {@code matchTitles} section titles are recognised; most callers want
     * {@link #nestedParse(SourceLines, int, Element)} or {@link #nestedParseWithTitles}.
     */
    int nestedParse(SourceLines block, int inputOffset, Element node, boolean matchTitles);

    /** Parses lines as body elements into {@code node}, section titles not recognised (docutils' default). */
    default int nestedParse(SourceLines block, int inputOffset, Element node) {
        return nestedParse(block, inputOffset, node, false);
    }

    /** Parses lines into {@code node} with section titles recognised (match_titles=True). */
    default int nestedParseWithTitles(SourceLines block, int inputOffset, Element node) {
        return nestedParse(block, inputOffset, node, true);
    }

    /** Parses inline markup in text found at an absolute line (state.inline_text). */
    InlineResult inlineText(String text, int lineno);

    /** Whether section titles are allowed where the directive stands. */
    boolean matchTitles();

    /** The element the parser is currently filling (state_machine.node). */
    Element currentNode();

    /** True when the directive is the body of a substitution definition. */
    boolean inSubstitutionDefinition();

    /** Source and line of an absolute line number (state_machine.get_source_and_line). */
    Reporter.SourceLine sourceAndLine(int lineno);

    /** Inserts lines into the input right after the current line, as include does (insert_input). */
    void insertInput(SourceLines lines, String source);

    /** The chain of files being included, outermost first, to detect recursion. */
    java.util.List<String> includeLog();

    /** The section title styles met so far, in order (docutils' memo.title_styles); a copy. */
    java.util.List<String> titleStyles();

    /** The current section level (docutils' memo.section_level). */
    int sectionLevel();

    /** Replaces the title styles and section level, as Sphinx's only directive does around its content. */
    void setSectionMemo(java.util.List<String> titleStyles, int sectionLevel);

    /**
     * How many characters the include directives of one document may insert in all: 32 Mi, some
     * forty times the kernel's MAINTAINERS file, but far below what nested includes can multiply to.
     */
    long MAX_INCLUDED_CHARS = 32L << 20;

    /**
     * Counts {@code chars} more characters of included text against the document's budget
     * ({@link #MAX_INCLUDED_CHARS}); false when they would exceed it, and from then on for any
     * number, so that a caller may ask with 0 before it reads a file.
     */
    boolean admitIncludedText(long chars);

    /** Custom and default roles of this document, for the role and default-role directives. */
    org.kdocs.rst.inline.RoleRegistry roles();
}
