package org.kdocs.models.kcsan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class KcsanTest {
    static final long TEST_VAR = 0xffffffffc009a628L;
    static final List<TraceFrame> TAIL = List.of(new TraceFrame("access_thread", 0x89, 0xd0), new TraceFrame("kthread", 0x23e, 0x260),
            new TraceFrame("ret_from_fork", 0x22, 0x30));
    static final FakeHost.Task READER = new FakeHost.Task(488, 6, "access_thread", false,
            stack(new TraceFrame("test_kernel_read", 0x10, 0x20)));
    static final FakeHost.Task WRITER = new FakeHost.Task(487, 0, "access_thread", false,
            stack(new TraceFrame("test_kernel_write", 0x1d, 0x30)));

    static List<TraceFrame> stack(TraceFrame top) {
        List<TraceFrame> frames = new java.util.ArrayList<>();
        frames.add(top);
        frames.addAll(TAIL);
        return frames;
    }

    /** A deterministic configuration: every eligible access is watched, delays fixed. */
    static KcsanConfig deterministic(String... extra) {
        List<String> settings = new java.util.ArrayList<>(List.of("kcsan.skip_watch=0",
                "CONFIG_KCSAN_SKIP_WATCH_RANDOMIZE=n", "CONFIG_KCSAN_DELAY_RANDOMIZE=n"));
        settings.addAll(List.of(extra));
        return KcsanConfig.parse(settings);
    }

    /** The reader is sampled and stalls; meanwhile the writer stores {@code newValue}. */
    static FakeHost readerRacesWithWriter(Kcsan[] out, KcsanConfig config, long oldValue, long newValue) {
        FakeHost host = new FakeHost();
        Kcsan kcsan = new Kcsan(config, host, name -> name.startsWith("test_") ? 0x1000 : -1, 1);
        out[0] = kcsan;
        host.memory.put(TEST_VAR, oldValue);
        host.duringStall.add(() -> host.run(WRITER, () -> {
            kcsan.checkAccess(TEST_VAR, 8, AccessType.WRITE);
            host.memory.put(TEST_VAR, newValue);
        }));
        host.run(READER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.READ));
        return host;
    }

    @Test
    void watchpointEncodingMatchesTheKernelsWorkedExample() {
        assertThat(Watchpoints.encode(TEST_VAR, 8, true)).isEqualTo(0x8011ffffc009a628L);
        assertThat(Watchpoints.encode(TEST_VAR, 8, false)).isEqualTo(0x0011ffffc009a628L);
        assertThat(new Watchpoints(64).slot(TEST_VAR)).isEqualTo(26);
        Watchpoints table = new Watchpoints(64);
        assertThat(table.insert(TEST_VAR, 8, false)).isEqualTo(27);
        assertThat(table.insert(TEST_VAR, 8, false)).isEqualTo(28);
        assertThat(table.insert(TEST_VAR, 8, false)).isEqualTo(26);
        assertThat(table.insert(TEST_VAR, 8, false)).isEqualTo(-1);
        assertThat(Watchpoints.decode(0)).isNull();
        assertThat(Watchpoints.decode(1)).isNull();
        assertThat(Watchpoints.decode(0x8011ffffc009a628L))
                .isEqualTo(new Watchpoints.Decoded(TEST_VAR & Watchpoints.ADDR_MASK, 8, true));
    }

    @Test
    void rangesOverlapAsTheSelftestSays() {
        assertThat(Watchpoints.overlaps(10, 1, 10, 1)).isTrue();
        assertThat(Watchpoints.overlaps(10, 2, 11, 1)).isTrue();
        assertThat(Watchpoints.overlaps(10, 1, 9, 2)).isTrue();
        assertThat(Watchpoints.overlaps(10, 1, 11, 1)).isFalse();
        assertThat(Watchpoints.overlaps(9, 1, 10, 1)).isFalse();
        assertThat(Watchpoints.overlaps(8, 8, 12, 0)).isTrue();
    }

    @Test
    void readsDoNotSeeReadWatchpointsButWritesSeeAll() {
        Watchpoints table = new Watchpoints(64);
        table.insert(TEST_VAR, 8, false);
        assertThat(table.find(TEST_VAR, 8, false)).isNull();
        assertThat(table.find(TEST_VAR + 4, 1, true)).isNotNull();
    }

    @Test
    void accessTypesPrintTheSixteenKernelWords() {
        int w = AccessType.WRITE, c = AccessType.COMPOUND, a = AccessType.ATOMIC, s = AccessType.SCOPED;
        int as = AccessType.ASSERT;
        assertThat(AccessType.describe(0)).isEqualTo("read");
        assertThat(AccessType.describe(a)).isEqualTo("read (marked)");
        assertThat(AccessType.describe(w)).isEqualTo("write");
        assertThat(AccessType.describe(w | a)).isEqualTo("write (marked)");
        assertThat(AccessType.describe(c | w)).isEqualTo("read-write");
        assertThat(AccessType.describe(c | w | a)).isEqualTo("read-write (marked)");
        assertThat(AccessType.describe(s)).isEqualTo("read (reordered)");
        assertThat(AccessType.describe(s | a)).isEqualTo("read (marked, reordered)");
        assertThat(AccessType.describe(s | w)).isEqualTo("write (reordered)");
        assertThat(AccessType.describe(s | w | a)).isEqualTo("write (marked, reordered)");
        assertThat(AccessType.describe(s | c | w)).isEqualTo("read-write (reordered)");
        assertThat(AccessType.describe(s | c | w | a)).isEqualTo("read-write (marked, reordered)");
        assertThat(AccessType.describe(as)).isEqualTo("assert no writes");
        assertThat(AccessType.describe(as | w)).isEqualTo("assert no accesses");
        assertThat(AccessType.describe(as | s)).isEqualTo("assert no writes (reordered)");
        assertThat(AccessType.describe(as | w | s)).isEqualTo("assert no accesses (reordered)");
        assertThatThrownBy(() -> AccessType.describe(c)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void profilesFollowKconfigDependencies() {
        KcsanConfig defaults = KcsanConfig.defaults();
        assertThat(defaults.reportValueChangeOnly()).isTrue();
        assertThat(defaults.assumePlainWritesAtomic()).isTrue();
        assertThat(defaults.interruptWatcher()).isFalse();
        assertThat(defaults.weakMemory()).isFalse();
        assertThat(defaults.numWatchpoints()).isEqualTo(64);
        KcsanConfig strict = KcsanConfig.strictProfile();
        assertThat(strict.reportValueChangeOnly()).isFalse();
        assertThat(strict.assumePlainWritesAtomic()).isFalse();
        assertThat(strict.interruptWatcher()).isTrue();
        assertThat(strict.weakMemory()).isTrue();
        assertThat(KcsanConfig.parse(List.of("CONFIG_KCSAN_STRICT=y", "CONFIG_KCSAN_PERMISSIVE=y")).permissive())
                .isFalse();
        assertThat(KcsanConfig.parse(List.of("CONFIG_KCSAN_WEAK_MEMORY=y")).weakMemory()).isFalse();
        assertThat(defaults.bootMessages()).containsExactly("kcsan: enabled early",
                "kcsan: non-strict mode configured - use CONFIG_KCSAN_STRICT=y to see all data races");
        assertThat(strict.bootMessages()).containsExactly("kcsan: enabled early", "kcsan: strict mode configured");
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(() -> KcsanConfig.parse(List.of("CONFIG_KCSAN_BOGUS=y")))
                .hasMessage("unknown KCSAN option: CONFIG_KCSAN_BOGUS");
        assertThatThrownBy(() -> KcsanConfig.parse(List.of("kcsan.nope=1")))
                .hasMessage("unknown KCSAN parameter: kcsan.nope");
        assertThatThrownBy(() -> KcsanConfig.parse(List.of("CONFIG_KCSAN_STRICT=maybe")))
                .hasMessage("CONFIG_KCSAN_STRICT takes y or n, not 'maybe'");
        assertThatThrownBy(() -> KcsanConfig.parse(List.of("CONFIG_KCSAN_NUM_WATCHPOINTS=2")))
                .hasMessageContaining("at least 3");
    }

    @Test
    void theWorkedExampleIsReportedLineForLine() {
        Kcsan[] kcsan = new Kcsan[1];
        FakeHost host = readerRacesWithWriter(kcsan, deterministic(), 0x9a6, 0x9b2);
        assertThat(host.console).containsExactly(
                "==================================================================",
                "BUG: KCSAN: data-race in test_kernel_read / test_kernel_write",
                "",
                "write to 0xffffffffc009a628 of 8 bytes by task 487 on cpu 0:",
                " test_kernel_write+0x1d/0x30",
                " access_thread+0x89/0xd0",
                " kthread+0x23e/0x260",
                " ret_from_fork+0x22/0x30",
                "",
                "read to 0xffffffffc009a628 of 8 bytes by task 488 on cpu 6:",
                " test_kernel_read+0x10/0x20",
                " access_thread+0x89/0xd0",
                " kthread+0x23e/0x260",
                " ret_from_fork+0x22/0x30",
                "",
                "value changed: 0x00000000000009a6 -> 0x00000000000009b2",
                "",
                "Reported by Kernel Concurrency Sanitizer on:",
                "CPU: 6 UID: 0 PID: 488 Comm: access_thread Not tainted 6.12.0-kdocs #1",
                "Hardware name: kdocs reference model",
                "==================================================================");
        assertThat(kcsan[0].counter(Counter.DATA_RACES)).isEqualTo(1);
        assertThat(kcsan[0].counter(Counter.SETUP_WATCHPOINTS)).isEqualTo(1);
        assertThat(kcsan[0].counter(Counter.USED_WATCHPOINTS)).isZero();
        assertThat(host.stalls).containsExactly(80L);
    }

    @Test
    void anUnchangedValueIsReportedOnlyInStrictMode() {
        Kcsan[] kcsan = new Kcsan[1];
        FakeHost quiet = readerRacesWithWriter(kcsan, deterministic(), 42, 42);
        assertThat(quiet.console).isEmpty();
        assertThat(kcsan[0].counter(Counter.DATA_RACES)).isEqualTo(1);
        FakeHost strict = readerRacesWithWriter(kcsan, deterministic("CONFIG_KCSAN_STRICT=y"), 42, 42);
        assertThat(strict.console).contains("BUG: KCSAN: data-race in test_kernel_read / test_kernel_write")
                .noneMatch(line -> line.startsWith("value changed"));
    }

    @Test
    void aChangeByInvisibleCodeIsARaceAtUnknownOrigin() {
        FakeHost host = new FakeHost();
        Kcsan kcsan = new Kcsan(deterministic(), host, name -> -1, 1);
        host.memory.put(TEST_VAR, 0x2328L);
        host.duringStall.add(() -> host.memory.put(TEST_VAR, 0x2329L));
        host.run(READER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.READ));
        assertThat(host.console.subList(0, 5)).containsExactly(
                "==================================================================",
                "BUG: KCSAN: data-race in test_kernel_read+0x10/0x20",
                "",
                "race at unknown origin, with read to 0xffffffffc009a628 of 8 bytes by task 488 on cpu 6:",
                " test_kernel_read+0x10/0x20");
        assertThat(host.console).contains("value changed: 0x0000000000002328 -> 0x0000000000002329");
        assertThat(kcsan.counter(Counter.RACES_UNKNOWN_ORIGIN)).isEqualTo(1);
        FakeHost off = new FakeHost();
        Kcsan silent = new Kcsan(deterministic("CONFIG_KCSAN_REPORT_RACE_UNKNOWN_ORIGIN=n"), off, n -> -1, 1);
        off.duringStall.add(() -> off.memory.put(TEST_VAR, 1L));
        off.run(READER, () -> silent.checkAccess(TEST_VAR, 8, AccessType.READ));
        assertThat(off.console).isEmpty();
        assertThat(silent.counter(Counter.RACES_UNKNOWN_ORIGIN)).isEqualTo(1);
    }

    @Test
    void theSameRaceIsReportedOnceInTheRateLimitWindow() {
        FakeHost host = new FakeHost();
        Kcsan kcsan = new Kcsan(deterministic(), host, n -> -1, 1);
        for (long value = 1; value <= 3; value++) {
            long next = value + 100;
            host.duringStall.add(() -> host.run(WRITER, () -> {
                kcsan.checkAccess(TEST_VAR, 8, AccessType.WRITE);
                host.memory.put(TEST_VAR, next);
            }));
            host.run(READER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.READ));
        }
        assertThat(kcsan.reports()).hasSize(1);
        assertThat(kcsan.counter(Counter.DATA_RACES)).isEqualTo(3);
        host.clockMicros += 3_001_000;
        host.duringStall.add(() -> host.run(WRITER, () -> {
            kcsan.checkAccess(TEST_VAR, 8, AccessType.WRITE);
            host.memory.put(TEST_VAR, 7L);
        }));
        host.run(READER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.READ));
        assertThat(kcsan.reports()).hasSize(2);
    }

    @Test
    void alignedPlainWritesAreAssumedAtomicByDefault() {
        FakeHost host = new FakeHost();
        Kcsan kcsan = new Kcsan(deterministic(), host, n -> -1, 1);
        host.run(WRITER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.WRITE));
        assertThat(kcsan.counter(Counter.SETUP_WATCHPOINTS)).isZero();
        host.run(WRITER, () -> kcsan.checkAccess(TEST_VAR + 1, 8, AccessType.WRITE));
        assertThat(kcsan.counter(Counter.SETUP_WATCHPOINTS)).isEqualTo(1);
    }

    @Test
    void debugfsPrintsCountersAndAcceptsOnlyTheKernelsCommands() {
        Kcsan[] kcsan = new Kcsan[1];
        FakeHost host = readerRacesWithWriter(kcsan, deterministic(), 1, 2);
        Debugfs debugfs = kcsan[0].debugfs();
        assertThat(debugfs.read()).isEqualTo("""
                enabled: 1
                used_watchpoints: 0
                setup_watchpoints: 1
                data_races: 1
                assert_failures: 0
                no_capacity: 0
                report_races: 0
                races_unknown_origin: 0
                unencodable_accesses: 0
                encoding_false_positives: 0

                blacklisted functions: <none>
                """);
        assertThat(debugfs.write("off\n")).isEqualTo(4);
        assertThat(debugfs.read()).startsWith("enabled: 0\n");
        assertThat(debugfs.write("test=1")).isEqualTo(-Debugfs.EINVAL);
        assertThat(debugfs.write("microbench=zz")).isEqualTo(-Debugfs.EINVAL);
        assertThat(debugfs.write("!no_such_function")).isEqualTo(-Debugfs.ENOENT);
        assertThat(host.console).contains("kcsan: could not find function: 'no_such_function'");
        assertThat(debugfs.write("whitelist")).isEqualTo(9);
        assertThat(debugfs.write("!test_kernel_read")).isEqualTo(17);
        assertThat(debugfs.read()).endsWith("whitelisted functions: \n test_kernel_read\n");
    }

    @Test
    void aBlacklistedFunctionIsNotReported() {
        FakeHost host = new FakeHost();
        Kcsan kcsan = new Kcsan(deterministic(), host, name -> name.startsWith("test_") ? 0x1000 : -1, 1);
        kcsan.debugfs().write("!test_kernel_write");
        host.duringStall.add(() -> host.run(WRITER, () -> {
            kcsan.checkAccess(TEST_VAR, 8, AccessType.WRITE);
            host.memory.put(TEST_VAR, 5L);
        }));
        host.run(READER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.READ));
        assertThat(kcsan.reports()).isEmpty();
        assertThat(kcsan.counter(Counter.DATA_RACES)).isEqualTo(1);
    }

    @Test
    void barriersClearTheReorderedAccessAsTheKernelTableSays() {
        record Row(Kcsan.Barrier barrier, boolean read, boolean write, boolean rw) {
        }
        List<Row> rows = List.of(new Row(Kcsan.Barrier.FULL, true, true, true),
                new Row(Kcsan.Barrier.WRITE, false, true, true), new Row(Kcsan.Barrier.READ, true, false, true),
                new Row(Kcsan.Barrier.RELEASE, true, true, true));
        int[] types = {AccessType.READ, AccessType.WRITE, AccessType.COMPOUND | AccessType.WRITE};
        for (Row row : rows) {
            boolean[] clears = {row.read(), row.write(), row.rw()};
            for (int i = 0; i < types.length; i++) {
                FakeHost host = new FakeHost();
                Kcsan kcsan = new Kcsan(deterministic("CONFIG_KCSAN_STRICT=y"), host, n -> -1, 1);
                int type = types[i];
                host.run(READER, () -> {
                    kcsan.checkAccess(TEST_VAR, 8, type);
                    kcsan.barrier(row.barrier());
                });
                // a reordered access still pending shows up as a further watchpoint on the next access
                long before = kcsan.counter(Counter.SETUP_WATCHPOINTS);
                host.run(READER, () -> kcsan.checkAccess(TEST_VAR + 0x100000, 8, AccessType.ATOMIC));
                long reWatched = kcsan.counter(Counter.SETUP_WATCHPOINTS) - before;
                assertThat(reWatched).as("%s after %s", row.barrier(), AccessType.describe(type))
                        .isEqualTo(clears[i] ? 0 : 1);
            }
        }
    }

    @Test
    void moduleParametersReadAndWriteAsSysfsDoes() {
        FakeHost host = new FakeHost();
        Kcsan kcsan = new Kcsan(KcsanConfig.defaults(), host, n -> -1, 1);
        ModuleParameters params = kcsan.parameters();
        assertThat(params.names()).containsExactly("interrupt_watcher", "skip_watch", "udelay_interrupt", "udelay_task");
        assertThat(params.read("skip_watch")).isEqualTo("4000\n");
        assertThat(params.read("interrupt_watcher")).isEqualTo("N\n");
        assertThat(params.write("skip_watch", "0\n")).isEqualTo(2);
        assertThat(params.read("skip_watch")).isEqualTo("0\n");
        assertThat(params.write("interrupt_watcher", "Y")).isEqualTo(-ModuleParameters.EACCES);
        assertThat(params.write("udelay_task", "-1")).isEqualTo(-ModuleParameters.EINVAL);
        assertThat(params.write("weak_memory", "Y")).isEqualTo(-ModuleParameters.ENOENT);
        assertThat(params.read("early_enable")).isNull();
        // the new skip_watch takes effect: every eligible access is watched now
        host.run(READER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.READ));
        host.run(READER, () -> kcsan.checkAccess(TEST_VAR, 8, AccessType.READ));
        assertThat(kcsan.counter(Counter.SETUP_WATCHPOINTS)).isEqualTo(2);
        Kcsan strict = new Kcsan(KcsanConfig.strictProfile(), host, n -> -1, 1);
        assertThat(strict.parameters().read("weak_memory")).isEqualTo("Y\n");
        assertThat(strict.parameters().write("weak_memory", "off")).isEqualTo(3);
        assertThat(strict.parameters().read("weak_memory")).isEqualTo("N\n");
    }
}
