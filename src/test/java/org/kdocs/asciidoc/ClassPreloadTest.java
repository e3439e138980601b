package org.kdocs.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the classes of a list ahead, on a thread of its own. */
class ClassPreloadTest {
    // a loader that records the names it is asked for, and finds them in the test's own loader
    private static final class Recording extends ClassLoader {
        final List<String> asked = new CopyOnWriteArrayList<>();

        Recording() {
            super(ClassPreloadTest.class.getClassLoader());
        }

        @Override
        public Class<?> loadClass(String name) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name);
        }
    }

    @Test
    void loadsTheListedClassesInOrderAndGoesPastNamesThatAreMissing(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path list = Files.writeString(dir.resolve("classes"),
                "org/kdocs/asciidoc/ManPage\norg/kdocs/NoSuchClass\n\norg/kdocs/asciidoc/LinkPerfMacro\n");
        Recording loader = new Recording();

        Thread preload = ClassPreload.start(list, Set.of(), loader);
        preload.join(60_000);

        assertThat(preload.isAlive()).isFalse();
        assertThat(preload.getName()).isEqualTo("kdocs-class-preload");
        assertThat(loader.asked).containsSubsequence("org.kdocs.asciidoc.ManPage", "org.kdocs.NoSuchClass",
                "org.kdocs.asciidoc.LinkPerfMacro");
    }

    // what the static initialisers below record; read here, it initialises neither of them
    static final class Initialised {
        static final AtomicBoolean AHEAD = new AtomicBoolean();
        static final AtomicBoolean NOT_AHEAD = new AtomicBoolean();
    }

    static final class InitialisedAhead {
        static {
            Initialised.AHEAD.set(true);
        }
    }

    static final class NotInitialisedAhead {
        static {
            Initialised.NOT_AHEAD.set(true);
        }
    }

    @Test
    void initialisesOnlyTheClassesItIsToldTo(@TempDir Path dir) throws IOException, InterruptedException {
        Path list = Files.writeString(dir.resolve("classes"), "org/kdocs/asciidoc/ClassPreloadTest$NotInitialisedAhead\n"
                + "org/kdocs/asciidoc/ClassPreloadTest$InitialisedAhead\n");

        Thread preload = ClassPreload.start(list, Set.of(InitialisedAhead.class.getName()), new Recording());
        preload.join(60_000);

        assertThat(Initialised.AHEAD).isTrue();
        assertThat(Initialised.NOT_AHEAD).isFalse();
    }

    @Test
    void aListThatCannotBeReadLoadsNothing(@TempDir Path dir) throws InterruptedException {
        Recording loader = new Recording();

        Thread preload = ClassPreload.start(dir.resolve("missing"), Set.of(), loader);
        preload.join(60_000);

        assertThat(preload.isAlive()).isFalse();
        assertThat(loader.asked).isEmpty();
    }

    @Test
    void withoutTheLaunchersPropertyNothingIsStarted() {
        String before = System.getProperty(ClassPreload.LIST_PROPERTY);
        System.clearProperty(ClassPreload.LIST_PROPERTY);
        try {
            assertThat(ClassPreload.startFromProperty(new Recording())).isEmpty();
        } finally {
            if (before != null) {
                System.setProperty(ClassPreload.LIST_PROPERTY, before);
            }
        }
    }
}
