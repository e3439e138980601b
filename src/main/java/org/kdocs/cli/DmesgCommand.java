package org.kdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.kdocs.dmesg.CompareTable;
import org.kdocs.dmesg.ConsoleLog;
import org.kdocs.dmesg.LogSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs dmesg}: the kernel test robot's failure signatures of kernel
 * console logs, or its {@code fail:runs} table for two sets of logs. Every
 * file is read before anything is printed; a file that is not a console log
 * stops the command with exit status 2.
 */
@Command(name = "dmesg",
        mixinStandardHelpOptions = true,
        description = {"Print the kernel test robot's failure signatures of kernel console logs, one per line with "
                + "the number of logs showing it; with --compare, its fail:runs / %%reproduction table.",
                "Exit status 2 when a file is missing or is not a console log."})
final class DmesgCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Console logs, or directories of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--compare", arity = "2", paramLabel = "DIR",
            description = "Two directories of logs, one log per run: print the robot's comparison table.")
    List<Path> compare;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!format.equals("text") && !format.equals("json")) {
            System.err.println("kdocs dmesg: --format takes text or json, not '" + format + "'");
            return 2;
        }
        if (compare != null) {
            if (!files.isEmpty()) {
                System.err.println("kdocs dmesg: --compare takes two directories and no other files");
                return 2;
            }
            Optional<LogSet> left = read(List.of(compare.get(0)));
            Optional<LogSet> right = left.isEmpty() ? Optional.empty() : read(List.of(compare.get(1)));
            if (right.isEmpty()) {
                return 2;
            }
            printComparison(out, left.get(), right.get());
            return 0;
        }
        if (files.isEmpty()) {
            System.err.println("kdocs dmesg: give console log files, or --compare DIR_A DIR_B");
            return 2;
        }
        Optional<LogSet> logs = read(files);
        if (logs.isEmpty()) {
            return 2;
        }
        if (format.equals("json")) {
            out.println(json(logs.get()));
        } else {
            for (LogSet.Count c : logs.get().counts()) {
                out.println(c.signature() + ": " + c.logs());
            }
        }
        return 0;
    }

    private void printComparison(PrintStream out, LogSet left, LogSet right) throws IOException {
        String a = name(compare.get(0));
        String b = name(compare.get(1));
        if (format.equals("json")) {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put(a, summary(left));
            both.put(b, summary(right));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(both));
        } else {
            out.print(CompareTable.format(new CompareTable.Side(a, left.logs(), left.failures()),
                    new CompareTable.Side(b, right.logs(), right.failures())));
        }
    }

    /** All logs of the given files and directories, or empty after a message when one cannot be used. */
    private static Optional<LogSet> read(List<Path> paths) throws IOException {
        LogSet logs = new LogSet();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                System.err.println("kdocs dmesg: " + path + ": no such file or directory");
                return Optional.empty();
            }
            List<Path> found;
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                found = List.of(path);
            }
            for (Path file : found) {
                ConsoleLog.Read read;
                try {
                    read = ConsoleLog.of(file.toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    System.err.println("kdocs dmesg: " + file + ": cannot read: " + e.getMessage());
                    return Optional.empty();
                }
                if (!read.ok()) {
                    System.err.println("kdocs dmesg: " + read.problem());
                    return Optional.empty();
                }
                logs.add(read.log());
            }
        }
        return Optional.of(logs);
    }

    private static String json(LogSet logs) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary(logs));
    }

    private static Map<String, Object> summary(LogSet logs) {
        List<Map<String, Object>> signatures = new ArrayList<>();
        for (LogSet.Count c : logs.counts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("signature", c.signature());
            entry.put("logs", c.logs());
            entry.put("first_log", c.firstLog());
            entry.put("first_line", c.firstLine());
            signatures.add(entry);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("logs", logs.logs());
        all.put("signatures", signatures);
        return all;
    }

    private static String name(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }
}
