package org.kdocs.site.ext.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.rst.inline.Role;
import org.kdocs.site.ext.sphinx.SphinxInclude;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Registers the kernel's directives and roles (what Documentation/conf.py's extensions list adds).
 * A source directory is a kernel tree when it, or a directory above it (a per-book build such as
 * SPHINXDIRS=process), holds both {@code conf.py} and a {@code sphinx/} folder, as the kernel's
 * Documentation/ does; only then are these registered.
 */
public final class KernelDirectives {
    /** Attribute on the image of a kernel-image or kernel-figure: the site converts it as kfigure.py does. */
    public static final String KFIGURE = "kfigure";
    /** Attribute on kernel-render's literal block: its markup language, DOT or SVG, for the site to render. */
    public static final String SRCLANG = "srclang";

    private KernelDirectives() {
    }

    /** Whether {@code root} is the kernel's Documentation/ directory or a book inside it. */
    public static boolean isKernelTree(Path root) {
        return documentationOf(root) != null;
    }

    /** The Documentation/ directory (conf.py + sphinx/) at or above {@code root}, or null. */
    public static Path documentationOf(Path root) {
        for (Path dir = root.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("conf.py")) && Files.isDirectory(dir.resolve("sphinx"))) {
                return dir;
            }
        }
        return null;
    }

    /** The kernel conf.py's exclude_patterns = ['output']: Documentation/output of a kernel tree, else null. */
    public static Path excludedBuildDir(Path root) {
        Path documentation = documentationOf(root);
        return documentation == null ? null : documentation.resolve("output");
    }

    /**
     * The tags for {@code only}: a per-book build (a folder below Documentation/, as
     * {@code make SPHINXDIRS=book} runs it) adds {@code subproject}, as the kernel's load_config.py
     * does when the book has no conf.py of its own.
     */
    public static java.util.Set<String> tags(Path root, java.util.Set<String> tags) {
        Path documentation = documentationOf(root);
        if (documentation == null || documentation.equals(root.toAbsolutePath().normalize())
                || Files.isRegularFile(root.resolve("conf.py"))) {
            return tags;
        }
        java.util.Set<String> withSubproject = new java.util.HashSet<>(tags);
        withSubproject.add("subproject");
        return java.util.Set.copyOf(withSubproject);
    }

    /** The roles cspan and rspan. */
    public static Map<String, Role> roles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("cspan", SpanRoles.cspan());
        roles.put("rspan", SpanRoles.rspan());
        return roles;
    }

    /**
     * Adds the kernel directives for the Documentation/ directory {@code documentation}; returns the
     * registry. kernel-doc, kernel-abi and kernel-feat read the tree's sources (in an untrusted build,
     * where file insertion is off, they read nothing and warn).
     */
    public static DirectiveRegistry register(DirectiveRegistry registry, Path documentation) {
        return register(registry, documentation, null);
    }

    /**
     * As {@link #register(DirectiveRegistry, Path)}, for a build whose pre-steps wrote into
     * {@code buildDir} (null: none): kernel-include's {@code $BUILDDIR} is that directory, and a file
     * in it may be included although it lies outside the kernel tree.
     */
    public static DirectiveRegistry register(DirectiveRegistry registry, Path documentation, Path buildDir) {
        Path docs = documentation.toAbsolutePath().normalize();
        Path srctree = docs.getParent() == null ? docs : docs.getParent();
        Map<String, String> environment = new HashMap<>(System.getenv());
        // the Makefile's BUILDDIR, where parse-headers.pl writes the media .h.rst files
        if (buildDir != null) {
            environment.put("BUILDDIR", buildDir.toAbsolutePath().normalize().toString());
        }
        environment.putIfAbsent("BUILDDIR", docs.resolve("output").toString());
        registry.register("flat-table", FlatTable::new);
        // kernel_include.py subclasses docutils' include, not Sphinx's
        registry.register("kernel-include", () -> new Delegating(() -> SphinxInclude.plain(registry.create("include")),
                Delegating.includeRule(environment), nodes -> { },
                (argument, context) -> BuildDirContext.forPath(argument, buildDir, context)));
        registry.register("kernel-image", () -> new Delegating(() -> registry.create("image"),
                Delegating::localImage, KernelDirectives::markImages));
        registry.register("kernel-figure", () -> new Delegating(() -> registry.create("figure"),
                Delegating::localImage, KernelDirectives::markImages));
        registry.register("kernel-render", KernelRender::new);
        registry.register("kernel-doc", () -> new KernelDocDirective(srctree));
        registry.register("kernel-feat", () -> new KernelBookDirectives.Feat(srctree));
        registry.register("kernel-abi", () -> new KernelBookDirectives.Abi(srctree));
        registry.register("maintainers-include", () -> new MaintainersInclude(srctree));
        return registry;
    }

    // kfigure wraps these images in kernel_image / kernel_figure nodes; an attribute does the same job
    private static void markImages(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Element e) {
                for (Element image : e.findAll(NodeType.IMAGE)) {
                    image.set(KFIGURE, true);
                }
                if (e.is(NodeType.IMAGE)) {
                    e.set(KFIGURE, true);
                }
            }
        }
    }

    /**
     * kernel-render DOT|SVG (kfigure.py): the markup as a literal block marked with its language
     * and alt text; the site replaces it by an SVG image when it can render it (see the site's
     * KernelFigures), else it stays a literal block. With a caption the block sits in a figure.
     */
    static final class KernelRender extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0).withOptions(options())
                .withContent();

        KernelRender() {
            super(SYNTAX);
        }

        private static Map<String, OptionConverter> options() {
            Map<String, OptionConverter> spec = new LinkedHashMap<>();
            for (String name : List.of("alt", "height", "width", "scale", "align", "name", "target", "figwidth",
                    "figclass", "caption")) {
                spec.put(name, Options.UNCHANGED);
            }
            spec.put("class", Options.CLASS_OPTION);
            return spec;
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            String language = call.arguments().get(0).strip();
            if (!language.equals("DOT") && !language.equals("SVG")) {
                throw DirectiveError.warning("kernel-render: \"" + language + "\" unknown markup language");
            }
            String text = String.join("\n", call.content().lines());
            if (text.isBlank()) {
                throw DirectiveError.warning("Ignoring \"" + call.name() + "\" directive without content.");
            }
            Element literal = Element.text(NodeType.LITERAL_BLOCK, text, text);
            literal.set("language", language.equals("DOT") ? "none" : "xml");
            literal.set(SRCLANG, language);
            literal.set("alt", call.options().get("alt") == null ? "" : call.options().get("alt").toString());
            literal.setLine(call.lineno());
            Object caption = call.options().get("caption");
            if (caption == null) {
                return List.of(literal);
            }
            Element figure = new Element(NodeType.FIGURE);
            figure.add(literal);
            // kfigure parses the caption as a paragraph of its own: inline markup works in it
            InlineResult parsed = call.context().inlineText((String) caption, call.lineno());
            Element captionNode = new Element(NodeType.CAPTION, (String) caption);
            parsed.nodes().forEach(captionNode::add);
            figure.add(captionNode);
            List<Node> result = new ArrayList<>(List.of(figure));
            result.addAll(parsed.messages());
            return result;
        }
    }
}
