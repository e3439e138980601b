package org.kdocs.site.ext.kernel;

import java.nio.file.Path;

import org.kdocs.site.SiteExtension;

/**
 * The kernel layer as a site extension (the kernel's conf.py {@code extensions} list): it applies
 * to a kernel Documentation/ tree or a book in it, where it adds the kernel directives and roles,
 * lets include read from the whole kernel source, runs the pre-build scripts of
 * {@code make htmldocs}, reads Documentation/conf.py for a book without its own, and keeps
 * Documentation/output out of the sources, and turns kfigure's DOT and SVG into images. Its layout of translations (translations/LANG/) and its
 * automarkup (plain-text function names and document paths become links) apply in every tree, as
 * they always did.
 */
public final class KernelExtension implements SiteExtension {
    private final String dotCommand;

    /** The extension as installed: Graphviz's dot is looked up on PATH. */
    public KernelExtension() {
        this("dot");
    }

    /** The extension with another Graphviz dot for kfigure: a name looked up on PATH or a path. */
    public KernelExtension(String dotCommand) {
        this.dotCommand = dotCommand;
    }

    @Override
    public boolean appliesTo(Path root) {
        return KernelDirectives.isKernelTree(root);
    }

    @Override
    public void extend(Parts parts) {
        parts.parser((tree, buildDir, parser) -> {
            Path documentation = KernelDirectives.documentationOf(tree.root());
            parser.includeRoot(documentation.getParent());
            KernelDirectives.register(parser.directives(), documentation, buildDir);
            KernelDirectives.roles().forEach(parser::role);
        })
                .preBuild(KernelGenerated::prepare)
                .tags(KernelDirectives::tags)
                .excludedDirectory(KernelDirectives::excludedBuildDir)
                .configDirectory(KernelDirectives::documentationOf)
                .translations(new KernelTranslations())
                .resolved(AutoMarkup::apply)
                .figures(new KernelFigures.Converter(dotCommand));
    }
}
