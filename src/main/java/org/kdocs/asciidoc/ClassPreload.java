package org.kdocs.asciidoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads, on a thread of its own, the classes that JRuby's start will load, in the order it loads
 * them, so that the start finds them loaded: JRuby's boot loads some 6,000 classes (a class for each
 * core Ruby method among them) on one thread while the other core is mostly idle; loaded ahead from
 * the class-data archive, they took 0.05 to 0.1 s off the 1.1 s boot on the perf man pages (with the
 * bean below; interleaved runs). The list is the one
 * scripts/cds-archive records with the archive (class names as the JVM writes them,
 * {@code org/jruby/Ruby}), the launcher names it in {@value #LIST_PROPERTY}. Classes are loaded,
 * not initialised: initialisation stays on the thread that needs the class, in its order, so that
 * no two threads initialise classes that depend on each other (but for {@link #INITIALISED_AHEAD}).
 * A name that is missing or a list that cannot be read costs nothing but the attempt: the start
 * loads what it needs itself.
 */
final class ClassPreload {
    /** The system property naming the list of classes to load ahead. */
    static final String LIST_PROPERTY = "kdocs.asciidoc.classes";
    /**
     * Classes of the list that are initialised too, as their turn comes: a static initialiser that
     * is long and needs nothing of JRuby's. JRuby's management bean sets up a logger and a date format
     * as the runtime is made, whether management is on or not (some 40 ms of the boot).
     */
    static final Set<String> INITIALISED_AHEAD = Set.of("org.jruby.management.BeanManagerImpl");

    private ClassPreload() {
    }

    /** Starts loading the classes of the list {@link #LIST_PROPERTY} names; the loading thread, none without a list. */
    static Optional<Thread> startFromProperty(ClassLoader loader) {
        String list = System.getProperty(LIST_PROPERTY);
        return list == null || list.isEmpty() ? Optional.empty()
                : Optional.of(start(Path.of(list), INITIALISED_AHEAD, loader));
    }

    /**
     * Starts loading, through {@code loader}, the classes {@code list} names one a line, and initialising
     * those named in {@code initialised} (binary names, {@code a.b.C$D}); returns the loading thread.
     */
    static Thread start(Path list, Set<String> initialised, ClassLoader loader) {
        Thread preload = new Thread(() -> load(list, initialised, loader), "kdocs-class-preload");
        preload.setDaemon(true);
        preload.start();
        return preload;
    }

    private static void load(Path list, Set<String> initialised, ClassLoader loader) {
        List<String> names;
        try {
            names = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (String name : names) {
            try {
                String className = name.strip().replace('/', '.');
                Class.forName(className, initialised.contains(className), loader);
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                // not in this jar (a list older than it), or not loadable alone: the start loads what it needs
            }
        }
    }
}
