package org.kdocs.rst.inline;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstLanguage;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;

/**
 * Parses inline markup in the text of one text element (docutils
 * states.Inliner): emphasis, strong, literals, interpreted text and roles,
 * references, targets, footnote, citation and substitution references, and
 * standalone URIs, with docutils' recognition rules and messages.
 */
public final class Inliner {
    private final Document document;
    private final RstSettings settings;
    private final RoleRegistry roles;
    private final Roles roleLookup;
    private final ImplicitMarkup implicit;

    public Inliner(Document document, RstSettings settings, RoleRegistry roles) {
        this.document = document;
        this.settings = settings;
        this.roles = roles;
        this.roleLookup = new Roles(roles, RstLanguage.ENGLISH, settings);
        this.implicit = new ImplicitMarkup(settings);
    }

    /** Inline nodes and messages for {@code text}, found at absolute line {@code lineno} inside {@code parent}. */
    public InlineResult parse(String text, int lineno, Element parent) {
        return new InlineParse(this, text, lineno, parent).run();
    }

    /**
     * The role for a name as written, with the INFO message docutils gives
     * when the name is not in the document language (roles.role); the role
     * is null when unknown. Used by the role and default-role directives.
     */
    public Roles.Lookup lookUpRole(String name, int lineno) {
        return roleLookup.lookUp(name, lineno, document.reporter());
    }

    Document document() {
        return document;
    }

    RstSettings settings() {
        return settings;
    }

    RoleRegistry roles() {
        return roles;
    }

    Roles roleLookup() {
        return roleLookup;
    }

    ImplicitMarkup implicit() {
        return implicit;
    }
}
