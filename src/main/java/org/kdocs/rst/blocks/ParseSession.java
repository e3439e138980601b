package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.rst.RstLanguage;
import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.inline.Inliner;
import org.kdocs.rst.inline.RoleRegistry;
import org.kdocs.tree.Document;
import org.kdocs.tree.Reporter;

/**
 * What all machines parsing one document share (docutils' memo): the
 * document, the title styles met so far and the current section level.
 */
final class ParseSession {
    final Document document;
    final Reporter reporter;
    final RstSettings settings;
    final DirectiveRegistry directives;
    final RoleRegistry roles;
    final RstLanguage language = RstLanguage.ENGLISH;
    final Inliner inliner;
    /** Section title adornment styles in order of first use: a one- or two-character string. */
    final List<String> titleStyles = new ArrayList<>();
    int sectionLevel;
    /**
     * How many nested parses are running: block quotes, list items, directive contents, table
     * cells... At {@link #MAX_NESTING} a deeper block is not parsed but kept as a literal block
     * with an error, so that the cost and the depth of the tree stay bounded on hostile input.
     */
    int nesting;
    static final int MAX_NESTING = 64;
    boolean sectionBubbleUpKludge;
    final List<String> includeLog = new ArrayList<>();
    /**
     * Characters the include directives of this document have inserted so far. Files that include
     * the next one twice, 30 deep, would insert 2^30 copies: no cycle, but no end either.
     */
    long includedChars;
    final LineLinks links = new LineLinks();
    /** Indent of each line of a line block being read; null continues the previous line's indent. */
    final java.util.Map<org.kdocs.tree.Element, Integer> lineIndents = new java.util.IdentityHashMap<>();

    ParseSession(Document document, RstSettings settings, DirectiveRegistry directives, RoleRegistry roles) {
        this.document = document;
        this.reporter = document.reporter();
        this.settings = settings;
        this.directives = directives;
        this.roles = roles;
        this.inliner = new Inliner(document, settings, roles);
    }
}
