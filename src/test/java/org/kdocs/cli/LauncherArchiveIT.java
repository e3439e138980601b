package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's use of a class-data-sharing archive (issue 13): a copy of
 * ./kdocs in a scratch project whose target/kdocs.jar links to the built jar
 * uses an archive made for that jar, and runs without it, quietly, when it is
 * missing, stale, foreign, garbage or truncated.
 */
class LauncherArchiveIT {
    private static final Path JAR = Path.of("target", "kdocs.jar").toAbsolutePath();

    @TempDir
    static Path project;
    static Path archive;
    static byte[] madeForThisJar;

    /** The result of one launcher run: exit code, standard output and error, and whether the archive was used. */
    record Run(int exit, String out, String err, boolean shared) {
    }

    @BeforeAll
    static void scratchProject() throws Exception {
        Files.copy(Path.of("kdocs"), project.resolve("kdocs"));
        project.resolve("kdocs").toFile().setExecutable(true);
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("pom.xml"), "");
        for (Path old : new Path[] {project.resolve("pom.xml"), project.resolve("src/main")}) {
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        }
        Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(project.resolve("target/kdocs.jar"), JAR);
        archive = project.resolve("target/kdocs.jsa");
        Path made = project.resolve("target/made.jsa");
        assertThat(run(Map.of("KDOCS_CDS_DUMP", made.toString())).exit()).isZero();
        madeForThisJar = Files.readAllBytes(made);
    }

    private static void install(byte[] content, boolean recorded) throws Exception {
        install(archive, content, recorded);
    }

    private static void install(Path archive, byte[] content, boolean recorded) throws Exception {
        Files.deleteIfExists(archive);
        Files.write(archive, content);
        Files.deleteIfExists(Path.of(archive + ".id"));
        if (recorded) {
            // what scripts/cds-archive records: archive size, jar size and time
            Process stat = new ProcessBuilder("bash", "-c", "echo \"$(stat -L -c %s \"$1\") $(stat -L -c '%s %Y' \"$2\")\" > \"$1.id\"",
                    "-", archive.toString(), project.resolve("target/kdocs.jar").toString()).start();
            assertThat(stat.waitFor()).isZero();
        }
    }

    private static Run run(Map<String, String> environment, String... arguments) throws Exception {
        Path log = project.resolve("classes.log");
        Files.deleteIfExists(log);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(project.resolve("kdocs").toString()));
        command.addAll(arguments.length == 0 ? java.util.List.of("--version") : java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String classes = Files.exists(log) ? Files.readString(log) : "";
        return new Run(process.exitValue(), out, err.replaceAll("Picked up JAVA_TOOL_OPTIONS: .*\\R", ""),
                classes.contains("org.kdocs.cli.Main source: shared objects file (top)"));
    }

    private static Run runQuietly() throws Exception {
        Run run = run(Map.of());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("kdocs ");
        assertThat(run.err()).isEmpty();
        return run;
    }

    @Test
    void theArchiveMadeForTheJarIsUsed() throws Exception {
        install(madeForThisJar, true);
        assertThat(runQuietly().shared()).isTrue();
    }

    @Test
    void theRunThatMakesAnArchiveAlsoListsTheClassesItLoaded() throws Exception {
        // scripts/cds-archive keeps the JRuby part of this list for the AsciiDoc start (ClassPreload)
        Path list = project.resolve("target/made.jsa.classlist");
        assertThat(list).exists();
        assertThat(Files.readAllLines(list)).anyMatch(line -> line.startsWith("org/kdocs/cli/Main"));
    }

    @Test
    void lintHasAnArchiveOfItsOwn() throws Exception {
        Path lintArchive = project.resolve("target/kdocs-lint.jsa");
        Path made = project.resolve("target/made-lint.jsa");
        assertThat(run(Map.of("KDOCS_CDS_DUMP", made.toString()), "lint", "--list-rules").exit()).isZero();
        install(madeForThisJar, true);
        Files.deleteIfExists(lintArchive);
        Files.deleteIfExists(Path.of(lintArchive + ".id"));
        // lint does not map the other commands' archive, and runs without one of its own
        assertThat(run(Map.of(), "lint", "--list-rules").shared()).isFalse();
        install(lintArchive, Files.readAllBytes(made), true);
        Run lint = run(Map.of(), "lint", "--list-rules");
        assertThat(lint.exit()).isZero();
        assertThat(lint.out()).contains("title-width");
        assertThat(lint.err()).isEmpty();
        assertThat(lint.shared()).isTrue();
        assertThat(runQuietly().shared()).isTrue(); // the other commands keep theirs
    }

    @Test
    void anAsciidocBuildRunsOnTheJdkWhoseAheadOfTimeCacheWasMadeForTheJar(@TempDir Path work) throws Exception {
        // a stand-in for a JDK 25 java: notes its arguments, then runs the java of the PATH without the cache
        Path java = project.resolve("stub-java");
        Path arguments = project.resolve("stub-java.args");
        Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > \"" + arguments + "\"\nargs=()\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:AOTCache=*|--sun-misc-unsafe-memory-access=*|-Xlog:aot=off) ;;"
                + " *) args+=(\"$a\") ;; esac; done\nexec java \"${args[@]}\"\n");
        java.toFile().setExecutable(true);
        Path cache = project.resolve("target/kdocs.aot");
        String[] build = {"build", "-q", "-E", Path.of("src/test/resources/manpage-set").toAbsolutePath().toString(),
            "-o", work.resolve("site").toString()};
        try {
            install(cache, "a cache".getBytes(StandardCharsets.UTF_8), true);
            Path record = Path.of(cache + ".id");
            Files.writeString(record, Files.readString(record).strip() + " " + java + "\n");
            assertThat(run(Map.of(), build).exit()).isZero();
            assertThat(Files.readAllLines(arguments)).contains("-XX:AOTCache=" + cache,
                    "--sun-misc-unsafe-memory-access=allow");
            // other commands run on the java of the PATH
            Files.delete(arguments);
            runQuietly();
            assertThat(arguments).doesNotExist();
            // a cache whose record does not match it is not used
            Files.writeString(cache, "another cache");
            assertThat(run(Map.of(), build).exit()).isZero();
            assertThat(arguments).doesNotExist();
        } finally {
            Files.deleteIfExists(cache);
            Files.deleteIfExists(Path.of(cache + ".id"));
        }
    }

    @Test
    void withoutAnArchiveOrItsRecordTheLauncherRunsWithout() throws Exception {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(Path.of(archive + ".id"));
        assertThat(runQuietly().shared()).isFalse();
        install(madeForThisJar, false);
        assertThat(runQuietly().shared()).isFalse();
    }

    @Test
    void aStaleArchiveIsNotUsed() throws Exception {
        install(madeForThisJar, true);
        Files.writeString(Path.of(archive + ".id"), "1 2 3\n");
        assertThat(runQuietly().shared()).isFalse();
    }

    @Test
    void aTruncatedArchiveIsNotUsed() throws Exception {
        install(madeForThisJar, true);
        Files.write(archive, java.util.Arrays.copyOf(madeForThisJar, madeForThisJar.length / 2));
        assertThat(runQuietly().shared()).isFalse();
    }

    @Test
    void garbageWithAMatchingRecordIsRejectedByTheJvmQuietly() throws Exception {
        byte[] garbage = new byte[madeForThisJar.length];
        new java.util.Random(13).nextBytes(garbage);
        install(garbage, true);
        assertThat(runQuietly().shared()).isFalse();
    }

    @Test
    void anArchiveOfAnotherJarIsRejectedByTheJvmQuietly(@TempDir Path other) throws Exception {
        Path otherJar = other.resolve("kdocs.jar");
        Files.copy(JAR, otherJar);
        Files.setLastModifiedTime(otherJar, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Path foreign = other.resolve("foreign.jsa");
        Process dump = new ProcessBuilder("java", "-XX:ArchiveClassesAtExit=" + foreign, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", otherJar.toString(), "--version").start();
        dump.getInputStream().readAllBytes();
        dump.getErrorStream().readAllBytes();
        assertThat(dump.waitFor()).isZero();
        install(Files.readAllBytes(foreign), true);
        assertThat(runQuietly().shared()).isFalse();
    }
}
