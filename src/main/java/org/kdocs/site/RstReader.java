package org.kdocs.site;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.inline.Role;
import org.kdocs.specrun.SpecDirectives;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * Reads reStructuredText with the directives, roles and transforms of the
 * build's extensions (what sphinx-build's reading phase does for a .rst file). Messages of
 * level WARNING and above become warnings; a SEVERE message stops the
 * document, as the kernel's {@code halt_level: severe} does, and is
 * reported as CRITICAL.
 */
public final class RstReader implements DocumentReader {
    private final DirectiveRegistry directives;
    private final SiteExtensions extensions;
    private final Map<SourceTree, RstParser> parsers = new ConcurrentHashMap<>();
    private final Trust trust;
    private final String cacheKey;
    // where the pre-build steps wrote (the kernel Makefile's BUILDDIR; null: none)
    private final Path buildDir;

    /** A reader with docutils' standard directives, the spec directives and the installed extensions. */
    public RstReader() {
        this(Trust.FULL);
    }

    /** The standard reader, with raw, file insertion and kernel scripts as far as {@code trust} allows. */
    public RstReader(Trust trust) {
        this(trust, SiteExtensions.installed());
    }

    /** The standard reader with these extensions' directives, roles and transforms. */
    public RstReader(Trust trust, SiteExtensions extensions) {
        this.directives = SpecDirectives.register(RstParser.builder().build().directives().copy());
        this.extensions = extensions;
        this.trust = trust;
        this.cacheKey = "rst " + trust;
        this.buildDir = null;
    }

    private RstReader(RstReader base, Path buildDir) {
        this.directives = base.directives;
        this.extensions = base.extensions;
        this.trust = base.trust;
        this.cacheKey = base.cacheKey + " BUILDDIR=" + buildDir;
        this.buildDir = buildDir;
    }

    /**
     * This reader for a build whose pre-build steps wrote into {@code buildDir}: extensions may let
     * include read from there (the kernel's {@code $BUILDDIR}).
     */
    public RstReader withBuildDir(Path buildDir) {
        return new RstReader(this, buildDir);
    }

    // only the standard configuration is known well enough to be cached
    @Override
    public String cacheKey() {
        return cacheKey;
    }

    // include may read anything inside the source tree, as Sphinx allows within its source directory,
    // or below the root an extension names (the kernel's: the whole kernel source)
    private RstParser parser(SourceTree tree) {
        return parsers.computeIfAbsent(tree, t -> {
            TreeParts parts = new TreeParts(directives.copy());
            extensions.setUpParser(t, buildDir, parts);
            RstParser.Builder builder = RstParser.builder()
                    .settings(sphinxSettings(parts.includeRoot != null ? parts.includeRoot
                            : t.root().toAbsolutePath().normalize(), trust))
                    .directives(parts.directives);
            for (Map.Entry<String, Role> role : parts.roles.entrySet()) {
                builder.role(role.getKey(), role.getValue());
            }
            return builder.build();
        });
    }

    private static final class TreeParts implements SiteExtension.ParserParts {
        private final DirectiveRegistry directives;
        private final Map<String, Role> roles = new LinkedHashMap<>();
        private Path includeRoot;

        TreeParts(DirectiveRegistry directives) {
            this.directives = directives;
        }

        @Override
        public DirectiveRegistry directives() {
            return directives;
        }

        @Override
        public void role(String name, Role role) {
            roles.put(name, role);
        }

        @Override
        public void includeRoot(Path root) {
            includeRoot = root;
        }
    }

    // Sphinx's auto_id_prefix is "id": a title without an ASCII id gets "id1", as in Sphinx-built pages
    private static RstSettings sphinxSettings(Path includeRoot, Trust trust) {
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
            warnings.accept(new Warning(location, 0, Severity.WARNING, "undecodable source characters, replacing with \"?\""));
            text = readLossy(source);
        } catch (IOException e) {
            warnings.accept(new Warning(location, 0, Severity.WARNING, "could not read source: " + e.getMessage()));
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
            return extensions.transform(source.tree(), document);
        } catch (Reporter.Halt halt) {
            report(halt.message(), location, warnings);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            warnings.accept(new Warning(location, 0, Severity.SEVERE, "internal error while reading: " + e));
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
        Severity level = Reporter.severityOf(message);
        if (level == null) {
            level = Severity.WARNING;
        } else if (!level.reaches(Severity.WARNING)) {
            return;
        }
        String where = message.getString("source") == null ? location : message.getString("source");
        int line = message.get("line") instanceof Integer n ? n : 0;
        String text = message.size() > 0 ? message.child(0).astext() : "";
        warnings.accept(new Warning(where, line, level, text));
    }
}
