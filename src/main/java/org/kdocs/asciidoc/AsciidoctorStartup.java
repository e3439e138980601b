package org.kdocs.asciidoc;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Starts Asciidoctor (JRuby) as fast as the JVM allows; measured on the 61 pages of the
 * kernel's tools/perf/Documentation (bench/perf-asciidoc):
 * <ul>
 * <li>JRuby interprets only ({@code jruby.compile.mode=OFF}, no invokedynamic): in a run of a few
 * seconds, compiling Ruby methods to bytecode costs more than it saves;
 * <li>no RubyGems: loading it is the largest single part of JRuby's start. Asciidoctor's lib
 * directory in AsciidoctorJ's jar goes on the load path instead (alone: every {@code require}
 * searches each entry), and RubyGems is loaded later only for a page that names a source
 * highlighter (Rouge and CodeRay are gems too);
 * <li>no native POSIX layer ({@code jruby.native.enabled=false}): its set-up generates classes
 * at run time, and Asciidoctor in SAFE mode needs nothing of it.
 * </ul>
 * A JVM property the caller set wins over these defaults.
 */
final class AsciidoctorStartup {
    // held here because java.util.logging keeps loggers only weakly
    private static final Logger JUL_ASCIIDOCTOR = Logger.getLogger("asciidoctor");
    private static final Pattern ASCIIDOCTOR_LIB = Pattern.compile("gems/asciidoctor-[0-9][^/]*/lib/asciidoctor\\.rb");
    private static final Map<String, String> JRUBY_DEFAULTS = Map.of(
            "jruby.compile.mode", "OFF",
            "jruby.compile.invokedynamic", "false",
            "jruby.native.enabled", "false");
    /**
     * Exercises, once and on one thread, what the pages of a build use (sections, lists,
     * tables, listings, admonitions, the project macros, a warning), so that JRuby binds the
     * Java classes involved before conversions run in parallel: binding one class from two
     * threads at once is not safe (asciidoctorj#1158).
     */
    private static final String WARM_UP = """
            = Warm-up
            :toc:

            == Section

            * item linkperf:perf[1] <<anchor>> link:other.html[other] `code` *strong* _em_
            . step
            term:: definition

            [[anchor]]
            |===
            | a | b
            |===

            NOTE: note

            ----
            listing
            ----

            [verse]
            verse

            ==== Out of sequence
            """;

    private AsciidoctorStartup() {
    }

    /** A started instance with the kdocs macros, warmed up for parallel use. */
    static Asciidoctor start() {
        JRUBY_DEFAULTS.forEach((name, value) -> System.setProperty(name, System.getProperty(name, value)));
        JUL_ASCIIDOCTOR.setLevel(Level.OFF);
        Optional<String> lib = asciidoctorLib();
        Asciidoctor instance;
        if (lib.isEmpty()) {
            instance = Asciidoctor.Factory.create(); // not found in a jar: let RubyGems find it
        } else {
            String rubygems = System.getProperty("jruby.cli.rubygems.enable");
            System.setProperty("jruby.cli.rubygems.enable", rubygems == null ? "false" : rubygems);
            try {
                instance = AsciidoctorJRuby.Factory.create(List.of(lib.get()));
            } finally {
                if (rubygems == null) {
                    System.clearProperty("jruby.cli.rubygems.enable");
                }
            }
        }
        instance.javaExtensionRegistry().inlineMacro(LinkPerfMacro.class);
        warmUp(instance);
        return instance;
    }

    /** Loads RubyGems into a started instance (idempotent), for libraries that need it. */
    static void requireRubyGems(Asciidoctor instance) {
        instance.requireLibrary("rubygems");
    }

    private static void warmUp(Asciidoctor instance) {
        org.asciidoctor.ast.Document document = instance.load(WARM_UP,
                Options.builder().safe(SafeMode.SAFE).attributes(Map.of("compat-mode", "")).build());
        visit(document);
    }

    private static void visit(StructuralNode node) {
        node.getTitle();
        node.getContext();
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof org.asciidoctor.ast.Section) {
                visit(child);
            } else {
                child.convert();
            }
        }
    }

    /**
     * The load-path entry ({@code uri:classloader:/gems/asciidoctor-VERSION/lib}) of the
     * Asciidoctor gem packed in AsciidoctorJ's jar; empty when it is not in a jar.
     */
    static Optional<String> asciidoctorLib() {
        URL gems = AsciidoctorStartup.class.getClassLoader().getResource("gems/");
        if (gems == null || !gems.getProtocol().equals("jar")) {
            return Optional.empty();
        }
        try {
            URLConnection connection = gems.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarFile file = jar.getJarFile();
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith("gems/asciidoctor-") && ASCIIDOCTOR_LIB.matcher(name).matches()) {
                    return Optional.of("uri:classloader:/" + name.substring(0, name.lastIndexOf('/')));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
