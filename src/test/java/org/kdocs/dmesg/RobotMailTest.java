package org.kdocs.dmesg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdocs.testing.TestResources;

/**
 * Robot e-mails (src/test/resources/dmesg/mail, written in the robot's format: a boot table or a fail:runs table,
 * and the console part after decode_stacktrace.sh) and the raw captures they were cut from (raw/): the console
 * part gives exactly the table's signatures whose reports it shows, and the raw log gives the same.
 */
class RobotMailTest {
    private static final Path DATA = TestResources.path("dmesg");
    private static final Pattern BOOT_ROW = Pattern.compile("^\\| (\\S+)\\s+\\| \\d+\\s+\\| \\d+\\s+\\|$");
    private static final Pattern FAIL_RUNS_ROW = Pattern.compile("^\\s+\\d*:\\d+\\s+-?\\d+%\\s+\\d*:\\d+\\s+(dmesg\\.\\S+)$");

    /** Rows of a table whose report happened in other runs than the one the e-mail shows. */
    private static final Map<String, List<String>> NOT_IN_CONSOLE_PART = Map.of("kcsan-race", List.of(
            "dmesg.WARNING:at_mm/page_table_check.c:#__page_table_check_ptes_set",
            "dmesg.RIP:__page_table_check_ptes_set",
            "dmesg.BUG:KCSAN:data-race_in_foo_stat_read/foo_stat_reset"));

    @ParameterizedTest
    @ValueSource(strings = {"kasan-uaf", "gpf-null-deref", "stack-guard", "lockdep", "page-fault", "kcsan-race",
        "ubsan-warning"})
    void theConsolePartGivesTheTablesSignatures(String mail) throws IOException {
        List<String> text = lines(DATA.resolve("mail/" + mail + ".mail"));
        List<String> table = tableSignatures(text);
        assertThat(table).as("table of " + mail).isNotEmpty();
        List<String> expected = new ArrayList<>(table);
        expected.removeAll(NOT_IN_CONSOLE_PART.getOrDefault(mail, List.of()));
        assertThat(signatures(consolePart(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasan-uaf", "gpf-null-deref", "stack-guard", "lockdep", "page-fault", "kcsan-race",
        "ubsan-warning"})
    void theRawCaptureGivesWhatTheDecodedPartGives(String mail) throws IOException {
        List<String> raw = lines(DATA.resolve("raw/" + mail + ".log"));
        assertThat(signatures(raw)).isEqualTo(signatures(consolePart(lines(DATA.resolve("mail/" + mail + ".mail")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasan-uaf", "gpf-null-deref", "stack-guard", "lockdep", "page-fault", "kcsan-race",
        "ubsan-warning"})
    void aCaptureWithoutTimestampsOrCallerFieldsGivesTheSame(String mail) throws IOException {
        List<String> raw = lines(DATA.resolve("raw/" + mail + ".log"));
        List<String> bare = raw.stream().map(l -> l.replaceFirst("^\\[ *\\d+\\.\\d+\\](\\[ *[A-Z]\\d+\\])? ?", ""))
                .toList();
        assertThat(bare).noneMatch(l -> l.startsWith("["));
        assertThat(signatures(bare)).isEqualTo(signatures(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasan-uaf", "gpf-null-deref", "page-fault"})
    void aKmsgCaptureGivesTheSame(String mail) throws IOException {
        List<String> raw = lines(DATA.resolve("raw/" + mail + ".log"));
        List<String> kmsg = raw.stream().map(l -> "kern  :err   : " + l.replaceFirst("\\[ *[A-Z]\\d+\\] ", " ")).toList();
        assertThat(signatures(kmsg)).isEqualTo(signatures(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasan-uaf", "gpf-null-deref", "stack-guard", "lockdep", "page-fault", "kcsan-race",
        "ubsan-warning"})
    void theWholeMailIsReadAsItsConsolePart(String mail) throws IOException {
        byte[] bytes = Files.readAllBytes(DATA.resolve("mail/" + mail + ".mail"));
        ConsoleLog.Read read = ConsoleLog.of(mail, bytes);
        assertThat(read.ok()).isTrue();
        assertThat(Signature.ofLog(read.log()).stream().map(Signature.Report::signature).toList())
                .isEqualTo(signatures(consolePart(lines(DATA.resolve("mail/" + mail + ".mail")))));
    }

    static List<String> signatures(List<String> console) {
        return Signature.ofLog(ConsoleLog.of("test", console)).stream().map(Signature.Report::signature).toList();
    }

    static List<String> lines(Path file) throws IOException {
        return Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    }

    /** The console part: after the Closes: tag, before "The kernel config and materials". */
    static List<String> consolePart(List<String> mail) {
        int start = 0;
        for (int i = 0; i < mail.size(); i++) {
            if (mail.get(i).startsWith("| Closes:")) {
                start = i + 1;
            }
        }
        int end = start;
        while (!mail.get(end).startsWith("The kernel config and materials")) {
            end++;
        }
        return mail.subList(start, end);
    }

    /** The failure rows of a boot table or a fail:runs table, as dmesg.* signatures, in table order. */
    static List<String> tableSignatures(List<String> mail) {
        List<String> signatures = new ArrayList<>();
        for (String line : mail) {
            Matcher boot = BOOT_ROW.matcher(line);
            Matcher failRuns = FAIL_RUNS_ROW.matcher(line);
            if (boot.matches() && !boot.group(1).startsWith("boot_")) {
                signatures.add("dmesg." + boot.group(1));
            } else if (failRuns.matches()) {
                signatures.add(failRuns.group(1));
            }
        }
        return signatures;
    }
}
