package org.kdocs.site.ext.kernel;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.DirectiveContext;
import org.kdocs.rst.inline.RoleRegistry;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;

/**
 * The parser's context for a kernel-include of a file the pre-steps generated: the same in every
 * respect but the include root, which is the build directory (where {@code $BUILDDIR} points), so
 * that the generated file may be read although it lies outside the kernel tree, and nothing else
 * outside it may.
 */
final class BuildDirContext implements DirectiveContext {
    private final DirectiveContext base;
    private final RstSettings settings;

    private BuildDirContext(DirectiveContext base, Path buildDir) {
        this.base = base;
        this.settings = base.settings().withIncludeRoot(buildDir);
    }

    /** The context for including {@code path}: this one, or one rooted at {@code buildDir} when the path is in it. */
    static DirectiveContext forPath(String path, Path buildDir, DirectiveContext context) {
        if (buildDir == null) {
            return context;
        }
        Path root = buildDir.toAbsolutePath().normalize();
        try {
            return Path.of(path).isAbsolute() && Path.of(path).normalize().startsWith(root)
                    ? new BuildDirContext(context, root) : context;
        } catch (InvalidPathException e) {
            return context;
        }
    }

    @Override
    public RstSettings settings() {
        return settings;
    }

    @Override
    public Document document() {
        return base.document();
    }

    @Override
    public Reporter reporter() {
        return base.reporter();
    }

    @Override
    public int nestedParse(SourceLines block, int inputOffset, Element node, boolean matchTitles) {
        return base.nestedParse(block, inputOffset, node, matchTitles);
    }

    @Override
    public InlineResult inlineText(String text, int lineno) {
        return base.inlineText(text, lineno);
    }

    @Override
    public boolean matchTitles() {
        return base.matchTitles();
    }

    @Override
    public Element currentNode() {
        return base.currentNode();
    }

    @Override
    public boolean inSubstitutionDefinition() {
        return base.inSubstitutionDefinition();
    }

    @Override
    public Reporter.SourceLine sourceAndLine(int lineno) {
        return base.sourceAndLine(lineno);
    }

    @Override
    public void insertInput(SourceLines lines, String source) {
        base.insertInput(lines, source);
    }

    @Override
    public List<String> includeLog() {
        return base.includeLog();
    }

    @Override
    public RoleRegistry roles() {
        return base.roles();
    }

    @Override
    public List<String> titleStyles() {
        return base.titleStyles();
    }

    @Override
    public int sectionLevel() {
        return base.sectionLevel();
    }

    @Override
    public void setSectionMemo(List<String> titleStyles, int sectionLevel) {
        base.setSectionMemo(titleStyles, sectionLevel);
    }

    @Override
    public boolean admitIncludedText(long chars) {
        return base.admitIncludedText(chars);
    }
}
