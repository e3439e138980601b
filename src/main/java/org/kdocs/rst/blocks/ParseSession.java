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
    boolean sectionBubbleUpKludge;
    final List<String> includeLog = new ArrayList<>();

    ParseSession(Document document, RstSettings settings, DirectiveRegistry directives, RoleRegistry roles) {
        this.document = document;
        this.reporter = document.reporter();
        this.settings = settings;
        this.directives = directives;
        this.roles = roles;
        this.inliner = new Inliner(document, settings, roles);
    }
}
