package org.kdocs.rst.directives;

import java.util.List;
import java.util.Map;

import org.kdocs.tree.Node;

/**
 * A directive that takes its arguments, options and content as another one does and runs it,
 * for extensions that wrap a standard directive (Sphinx's include, the kernel's kernel-include)
 * and change only what happens around its run.
 */
public abstract class ForwardingDirective implements Directive {
    private final Directive base;

    protected ForwardingDirective(Directive base) {
        this.base = base;
    }

    /** The wrapped directive. */
    protected final Directive base() {
        return base;
    }

    @Override
    public int requiredArguments() {
        return base.requiredArguments();
    }

    @Override
    public int optionalArguments() {
        return base.optionalArguments();
    }

    @Override
    public boolean finalArgumentWhitespace() {
        return base.finalArgumentWhitespace();
    }

    @Override
    public Map<String, OptionConverter> optionSpec() {
        return base.optionSpec();
    }

    @Override
    public boolean hasContent() {
        return base.hasContent();
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        return base.run(call);
    }
}
