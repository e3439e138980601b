package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

class DmesgCommandTest {
    private static final Path RAW = TestResources.path("dmesg/raw");

    @TempDir
    Path dir;

    private static CommandRun kdocs(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void printsEachSignatureOnceWithTheNumberOfLogsShowingIt() {
        CommandRun run = kdocs("dmesg", RAW.resolve("gpf-null-deref.log").toString(), RAW.resolve("page-fault.log").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                dmesg.Oops:general_protection_fault,probably_for_non-canonical_address#:#[##]PREEMPT_SMP_KASAN_PTI: 1
                dmesg.KASAN:null-ptr-deref_in_range[#-#]: 1
                dmesg.RIP:bar_probe: 1
                dmesg.Kernel_panic-not_syncing:Fatal_exception: 2
                dmesg.BUG:unable_to_handle_page_fault_for_address: 1
                dmesg.Oops: 1
                dmesg.RIP:zap_shadow_copy: 1
                """);
    }

    @Test
    void jsonGivesTheFirstLineOfEachSignature() throws Exception {
        CommandRun run = kdocs("dmesg", "--format", "json", RAW.resolve("kcsan-race.log").toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("logs").asInt()).isEqualTo(1);
        JsonNode first = json.get("signatures").get(0);
        assertThat(first.get("signature").asText()).isEqualTo("dmesg.BUG:KCSAN:data-race_in_foo_stat_read/foo_stat_update");
        assertThat(first.get("logs").asInt()).isEqualTo(1);
        assertThat(first.get("first_line").asText())
                .isEqualTo("[  112.873201][  T412] BUG: KCSAN: data-race in foo_stat_read / foo_stat_update");
        assertThat(first.get("first_log").asText()).endsWith("kcsan-race.log");
    }

    @Test
    void compareprintsTheRobotsTableForTwoSetsOfRuns() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("3b1e5f00aa11c2d4"));
        Path patched = Files.createDirectories(dir.resolve("9c07d2e41f5a06b7d8e9"));
        Files.copy(RAW.resolve("kcsan-race.log"), parent.resolve("run1"));
        Files.writeString(parent.resolve("run2"), ""); // a run whose console stayed empty
        Files.copy(RAW.resolve("lockdep.log"), parent.resolve("run3"));
        Files.copy(RAW.resolve("kcsan-race.log"), patched.resolve("run1"));
        Files.copy(RAW.resolve("kcsan-race.log"), patched.resolve("run2"));
        Files.copy(RAW.resolve("page-fault.log"), patched.resolve("run3"));
        CommandRun run = kdocs("dmesg", "--compare", parent.toString(), patched.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(String.join("\n",
                "3b1e5f00aa11c2d4 9c07d2e41f5a06b7d8e9",
                "---------------- ---------------------------",
                "       fail:runs  %reproduction    fail:runs",
                "           |             |             |",
                "            1:3         33%             2:3   "
                        + "dmesg.BUG:KCSAN:data-race_in_foo_stat_read/foo_stat_update",
                "            1:3        -33%              :3   dmesg.WARNING:possible_recursive_locking_detected",
                "            1:3        -33%              :3   "
                        + "dmesg.WARNING:possible_recursive_locking_detected_swapper_is_trying_to_acquire_lock:at:qux_flush_but_task_is_already_holding_lock:at:qux_commit",
                "             :3         33%             1:3   dmesg.BUG:unable_to_handle_page_fault_for_address",
                "             :3         33%             1:3   dmesg.Oops",
                "             :3         33%             1:3   dmesg.RIP:zap_shadow_copy",
                "             :3         33%             1:3   dmesg.Kernel_panic-not_syncing:Fatal_exception",
                ""));
    }

    @Test
    void aFileThatIsNotAConsoleLogStopsWithExitTwoAndNoOutput() throws Exception {
        Path png = dir.resolve("figure.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Path rst = dir.resolve("page.rst");
        Files.writeString(rst, "Title\n=====\n\nSome prose about BUG_ON() and kernel logs.\n");
        CommandRun binary = kdocs("dmesg", RAW.resolve("kasan-uaf.log").toString(), png.toString());
        assertThat(binary.exit()).isEqualTo(2);
        assertThat(binary.out()).isEmpty();
        assertThat(binary.err()).isEqualTo("kdocs dmesg: " + png + ": not a kernel console log (binary data at byte 8)\n");
        CommandRun text = kdocs("dmesg", rst.toString());
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.err()).isEqualTo("kdocs dmesg: " + rst + ": not a kernel console log (no line has a console "
                + "timestamp, a log level, a kernel report or a stack entry)\n");
        assertThat(kdocs("dmesg", dir.resolve("missing.log").toString()).exit()).isEqualTo(2);
    }
}
