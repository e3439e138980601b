package org.kdocs.rst.directives;

/**
 * A directive whose syntax is given when it is made, as a docutils Directive
 * subclass sets its class attributes: subclasses pass their
 * {@link DirectiveSyntax} to the constructor and write only {@link #run}.
 */
public abstract class DeclaredDirective implements Directive {
    private final DirectiveSyntax syntax;

    protected DeclaredDirective(DirectiveSyntax syntax) {
        this.syntax = syntax;
    }

    @Override
    public final DirectiveSyntax syntax() {
        return syntax;
    }
}
