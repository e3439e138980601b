package org.kdocs.asciidoc;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

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
 * <li>and each method stays with its first, simple interpretation ({@code jruby.jit.threshold=-1}):
 * otherwise a method called 50 times is rebuilt, with JRuby's optimisation passes, on a thread of
 * its own, which took more CPU than the faster interpretation gave back (the 61 conversions of the
 * perf man pages: 0.15 s less wall time in interleaved runs, 0.25 s less CPU);
 * <li>no RubyGems: loading it is the largest single part of JRuby's start. Asciidoctor's lib
 * directory in AsciidoctorJ's jar goes on the load path instead (alone: every {@code require}
 * searches each entry), and RubyGems is loaded later only for a page that names a source
 * highlighter (Rouge and CodeRay are gems too);
 * <li>no native POSIX layer ({@code jruby.native.enabled=false}): its set-up generates classes
 * at run time, and Asciidoctor in SAFE mode needs nothing of it;
 * <li>Ruby objects keep their instance variables in an array ({@code jruby.reify.variables=false})
 * instead of in a class generated for each Ruby class at run time, which the class-data archive
 * cannot hold (about a tenth of a cold build's CPU);
 * <li>JRuby's index of the jar that holds Asciidoctor is built on a thread of its own while
 * JRuby boots ({@link #indexJarEarly});
 * <li>the classes JRuby's boot loads are loaded ahead, on another thread ({@link ClassPreload}).
 * </ul>
 * A JVM property the caller set wins over these defaults. A process that will surely read AsciiDoc
 * begins the start before it knows its reader ({@link #startInBackground}).
 */
final class AsciidoctorStartup {
    // held here because java.util.logging keeps loggers only weakly
    private static final Logger JUL_ASCIIDOCTOR = Logger.getLogger("asciidoctor");
    private static final String VERSIONS = "META-INF/asciidoctorj-version.properties";
    private static final String URI_CLASSLOADER = "uri:classloader:/";
    private static final Map<String, String> JRUBY_DEFAULTS = Map.of(
            "jruby.compile.mode", "OFF",
            "jruby.compile.invokedynamic", "false",
            "jruby.jit.threshold", "-1",
            "jruby.native.enabled", "false",
            "jruby.reify.variables", "false");
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

    // a start begun by startInBackground, whose instance the next start() takes
    private static final AtomicReference<FutureTask<Asciidoctor>> BEGUN = new AtomicReference<>();

    private AsciidoctorStartup() {
    }

    /**
     * Begins {@link #start} now, on a thread of its own, and returns that start; the next
     * {@code start()} call takes its instance (one caller only: a reader adds its own include
     * processor and log handler to it). A start begun so and not taken yet is returned as it is.
     */
    static synchronized Future<Asciidoctor> startInBackground() {
        FutureTask<Asciidoctor> pending = BEGUN.get();
        if (pending != null) {
            return pending;
        }
        FutureTask<Asciidoctor> start = new FutureTask<>(AsciidoctorStartup::startHere);
        BEGUN.set(start);
        Thread starter = new Thread(start, "kdocs-asciidoctor-boot");
        starter.setDaemon(true);
        starter.start();
        return start;
    }

    /**
     * A started instance with the kdocs macros, warmed up for parallel use: the one begun by
     * {@link #startInBackground} when there is one (waiting for it), else one started on this thread.
     * A background start that failed is tried again here, so that the caller sees the failure.
     */
    static Asciidoctor start() {
        FutureTask<Asciidoctor> begun = BEGUN.getAndSet(null);
        if (begun != null) {
            try {
                return begun.get();
            } catch (ExecutionException e) {
                // started again below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Asciidoctor started", e);
            }
        }
        return startHere();
    }

    private static Asciidoctor startHere() {
        JRUBY_DEFAULTS.forEach((name, value) -> System.setProperty(name, System.getProperty(name, value)));
        JUL_ASCIIDOCTOR.setLevel(Level.OFF);
        ClassPreload.startFromProperty(AsciidoctorStartup.class.getClassLoader());
        Optional<String> lib = asciidoctorLib();
        lib.ifPresent(AsciidoctorStartup::indexJarEarly);
        Asciidoctor instance;
        if (lib.isEmpty()) {
            instance = Asciidoctor.Factory.create(); // gem not found by its version: let RubyGems find it
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

    /**
     * Builds, on a thread of its own, JRuby's index of the jar that holds Asciidoctor's {@code lib}
     * ({@code uri:classloader:/...} path). Every {@code require_relative} asks whether its file
     * exists, and JRuby answers that for a file in a jar from its index of all the jar's entries,
     * built on the first question: for the shaded jar (about 29,500 entries) a tenth of a second
     * or more, in the middle of the single-threaded start. JRuby's boot leaves the index time to
     * finish on the other core first; JRuby keeps it in a process-wide cache keyed by the jar.
     * Harmless when it fails or comes late: JRuby then builds the index itself, as before.
     * Returns the indexing thread, none when {@code lib} is not in a jar.
     */
    static Optional<Thread> indexJarEarly(String lib) {
        java.net.URL url = AsciidoctorStartup.class.getClassLoader()
                .getResource(lib.substring(URI_CLASSLOADER.length()) + "/asciidoctor.rb");
        if (url == null || !url.getProtocol().equals("jar")) {
            return Optional.empty();
        }
        Thread indexer = new Thread(() -> {
            try {
                // the call JRuby makes for a jar: URL, and that needs no runtime
                org.jruby.util.JRubyFile.createResource((org.jruby.Ruby) null, null, url.toString());
            } catch (RuntimeException | LinkageError e) {
                // JRuby indexes the jar itself when it first needs it
            }
        }, "kdocs-jar-index");
        indexer.setDaemon(true);
        indexer.start();
        return Optional.of(indexer);
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
     * Asciidoctor gem packed in AsciidoctorJ's jar, whose version AsciidoctorJ records in
     * {@code META-INF/asciidoctorj-version.properties}; empty when either is missing. A look-up
     * by name, since listing the entries of the shaded jar costs a tenth of a second per start.
     */
    static Optional<String> asciidoctorLib() {
        ClassLoader loader = AsciidoctorStartup.class.getClassLoader();
        Properties versions = new Properties();
        try (InputStream in = loader.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                return Optional.empty();
            }
            versions.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String lib = "gems/asciidoctor-" + versions.getProperty("version.asciidoctor", "") + "/lib";
        return loader.getResource(lib + "/asciidoctor.rb") == null
                ? Optional.empty() : Optional.of(URI_CLASSLOADER + lib);
    }
}
