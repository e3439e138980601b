package org.kdocs.rst.inline;

import java.util.List;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Text;

/**
 * Parses inline markup in the text of one text element (docutils
 * states.Inliner). Bootstrap version: returns the text as one Text node;
 * the real recogniser replaces it.
 */
public final class Inliner {
    private final Document document;
    private final RstSettings settings;
    private final RoleRegistry roles;

    public Inliner(Document document, RstSettings settings, RoleRegistry roles) {
        this.document = document;
        this.settings = settings;
        this.roles = roles;
    }

    /** Inline nodes and messages for {@code text}, found at absolute line {@code lineno} inside {@code parent}. */
    public InlineResult parse(String text, int lineno, Element parent) {
        return new InlineResult(List.of(new Text(text)), List.of());
    }
}
