package org.kdocs.site;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.inline.Role;
import org.kdocs.site.ext.kernel.KernelDirectives;
import org.kdocs.site.ext.sphinx.SphinxDirectives;
import org.kdocs.site.ext.sphinx.SphinxRoles;
import org.kdocs.site.ext.sphinx.SphinxTransforms;
import org.kdocs.site.ext.sphinx.cdomain.CDomain;
import org.kdocs.specrun.SpecDirectives;
import org.kdocs.transforms.TransformSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;

/**
 * Reads reStructuredText with the Sphinx directives and roles registered
 * (what sphinx-build's reading phase does for a .rst file). Messages of
 * level WARNING and above become warnings; a SEVERE message stops the
 * document, as the kernel's {@code halt_level: severe} does, and is
 * reported as CRITICAL.
 */
public final class RstReader implements DocumentReader {
    // Sphinx's docutils settings: no title promotion, so every page keeps its top section
    private static final TransformSettings SPHINX_TRANSFORMS = sphinxTransforms();
    private final DirectiveRegistry directives;
    private final BiFunction<SourceTree, Document, Document> transforms;
    private final Map<SourceTree, RstParser> parsers = new ConcurrentHashMap<>();
    private final Trust trust;
    private final String cacheKey;
    // the kernel Makefile's BUILDDIR, where the pre-steps wrote (null: none, $BUILDDIR as in the environment)
    private final java.nio.file.Path kernelBuildDir;

    /** A reader with the Sphinx layer on the given standard directives, applying {@code transforms} after parsing. */
    public RstReader(DirectiveRegistry standardDirectives, UnaryOperator<Document> transforms) {
        this(standardDirectives, (tree, document) -> transforms.apply(document), Trust.FULL, null);
    }

    private RstReader(DirectiveRegistry standardDirectives, BiFunction<SourceTree, Document, Document> transforms,
                      Trust trust, String cacheKey) {
        this.directives = SphinxDirectives.register(standardDirectives.copy());
        this.transforms = transforms;
        this.trust = trust;
        this.cacheKey = cacheKey;
        this.kernelBuildDir = null;
    }

    private RstReader(RstReader base, java.nio.file.Path kernelBuildDir) {
        this.directives = base.directives;
        this.transforms = base.transforms;
        this.trust = base.trust;
        this.cacheKey = base.cacheKey == null ? null : base.cacheKey + " BUILDDIR=" + kernelBuildDir;
        this.kernelBuildDir = kernelBuildDir;
    }

    /**
     * This reader for a kernel build whose pre-steps wrote into {@code buildDir}: kernel-include's
     * {@code $BUILDDIR} is that directory, and it may include from it.
     */
    public RstReader withKernelBuildDir(java.nio.file.Path buildDir) {
        return new RstReader(this, buildDir);
    }

    /** A reader with docutils' standard directives, the spec directives and the standard transforms. */
    public RstReader() {
        this(Trust.FULL);
    }

    /** The standard reader, with raw, file insertion and kernel scripts as far as {@code trust} allows. */
    public RstReader(Trust trust) {
        this(SpecDirectives.register(RstParser.builder().build().directives().copy()), (tree, document) -> {
            SphinxTransforms.reading(SPHINX_TRANSFORMS, tree.config(), tree.language()).apply(document);
            return document;
        }, trust, "rst " + trust);
    }

    // only the standard configuration is known well enough to be cached
    @Override
    public String cacheKey() {
        return cacheKey;
    }

    // include may read anything inside the source tree, as Sphinx allows within its source directory;
    // a kernel Documentation/ tree (conf.py + sphinx/) also gets the kernel's directives and roles, and may
    // include from the whole kernel source (kernel-include reads $BUILDDIR/*.h.rst)
    private RstParser parser(SourceTree tree) {
        return parsers.computeIfAbsent(tree, t -> {
            boolean kernel = KernelDirectives.isKernelTree(t.root());
            RstParser.Builder builder = RstParser.builder()
                    .settings(sphinxSettings(kernel ? KernelDirectives.documentationOf(t.root()).getParent()
                            : t.root().toAbsolutePath().normalize(), trust))
                    .directives(kernel ? KernelDirectives.register(CDomain.register(directives.copy(), t.config()),
                            KernelDirectives.documentationOf(t.root()), kernelBuildDir)
                            : CDomain.register(directives.copy(), t.config()));
            Map<String, Role> roles = new java.util.LinkedHashMap<>(SphinxRoles.all());
            roles.putAll(CDomain.roles(t.config()));
            if (kernel) {
                roles.putAll(KernelDirectives.roles());
            }
            for (Map.Entry<String, Role> role : roles.entrySet()) {
                builder.role(role.getKey(), role.getValue());
            }
            return builder.build();
        });
    }

    private static TransformSettings sphinxTransforms() {
        return TransformSettings.defaults().withTitleTransforms(false, true).withSectsubtitleXform(false);
    }

    // Sphinx's auto_id_prefix is "id": a title without an ASCII id gets "id1", as in Sphinx-built pages
    private static RstSettings sphinxSettings(java.nio.file.Path includeRoot, Trust trust) {
        RstSettings d = RstSettings.defaults();
        return d.toBuilder().autoIdPrefix("id").rawEnabled(d.rawEnabled() && trust.rawEnabled())
                .fileInsertionEnabled(d.fileInsertionEnabled() && trust.fileInsertionEnabled())
                .includeRoot(includeRoot).build();
    }

    @Override
    public Document read(SourceDoc source, Consumer<Warning> warnings) {
        String location = source.file().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(source.read()))
                    .toString();
        } catch (CharacterCodingException e) {
            warnings.accept(new Warning(location, 0, "WARNING", "undecodable source characters, replacing with \"?\""));
            text = readLossy(source);
        } catch (IOException e) {
            warnings.accept(new Warning(location, 0, "WARNING", "could not read source: " + e.getMessage()));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a UTF-8 byte-order mark is not text (docutils reads "utf-8-sig")
        }
        RstParser parser = parser(source.tree());
        Document document = parser.newDocument(location);
        document.reporter().attachObserver(message -> report(message, location, warnings));
        document.reporter().attachRelayObserver(relayed -> warnings.accept(Warning.passedOn(relayed)));
        try {
            parser.parseInto(text, document);
            return transforms.apply(source.tree(), document);
        } catch (Reporter.Halt halt) {
            report(halt.message(), location, warnings);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            warnings.accept(new Warning(location, 0, "CRITICAL", "internal error while reading: " + e));
            return null;
        }
    }

    private static String readLossy(SourceDoc source) {
        try {
            return new String(source.read(), StandardCharsets.UTF_8).replace('\uFFFD', '?');
        } catch (IOException e) {
            return "";
        }
    }

    private static void report(Element message, String location, Consumer<Warning> warnings) {
        int level = message.get("level") instanceof Integer n ? n : 2;
        if (level < Reporter.WARNING) {
            return;
        }
        String where = message.getString("source") == null ? location : message.getString("source");
        int line = message.get("line") instanceof Integer n ? n : 0;
        String text = message.size() > 0 ? message.child(0).astext() : "";
        warnings.accept(new Warning(where, line, Warning.levelName(level), text));
    }
}
