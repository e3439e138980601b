package org.kdocs.dmesg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel console log as text lines, ready for the robot's rules: a real
 * capture (with or without {@code [ time][ Cn]} prefixes), the console part
 * of a robot e-mail, or a model's console. E-mails show the log after the
 * kernel's scripts/decode_stacktrace.sh: a decoded {@code func (file:line)}
 * gets its {@code func+0x0/0x0} form back (the robot read the raw log, and
 * its patterns need the offset), and the objdump blocks that
 * scripts/decodecode inserts ("All code", "Code starting with the faulting
 * instruction") are left out.
 */
public record ConsoleLog(String name, List<String> lines) {

    /** The outcome of reading one file: a log, or why the file is not one. */
    public record Read(ConsoleLog log, String problem) {
        public boolean ok() {
            return log != null;
        }
    }

    // printk lines are at most 1024 bytes; longer lines are cut so that no pattern works on unbounded text
    private static final int MAX_LINE = 2048;
    private static final Pattern DECODED = Pattern.compile("^(.*?)(\\S+) \\(((?:[^()\\s]+:(?:\\d+|\\?)"
            + "(?: \\(discriminator \\d+\\))? ?)+)\\)(?: ([\\w-]+))?\\s*$");
    private static final Pattern OBJDUMP = Pattern.compile("^(===|  ( [0-9a-f]|[0-9a-f]{2}):| +\\.\\.\\.)");
    private static final Pattern CONSOLE_PREFIX = Pattern.compile(
            "^\\s*(<\\d+>)?\\[ *\\d+\\.\\d+\\]|^(kern|user|daemon) *:\\w+ *: ");
    private static final Pattern STACK_ENTRY = Pattern.compile("\\w\\+0x[0-9a-f]+/0x[0-9a-f]+");
    private static final Pattern KERNEL_LINE = Pattern.compile("^\\s*(Call Trace:|-+\\[ cut here \\]-+|---\\[ end "
            + "|CPU: \\d+ (UID: \\d+ )?PID: \\d+|Hardware name: |Modules linked in:|Linux version \\d"
            + "|Kernel command line: )");

    /** Reads a file's bytes; binary data or text without any kernel console line is refused. */
    public static Read of(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Read(null, name + ": not a kernel console log (binary data at byte " + i + ")");
            }
        }
        List<String> lines = lines(new String(bytes, StandardCharsets.UTF_8));
        if (!lines.isEmpty() && lines.stream().noneMatch(ConsoleLog::looksLikeConsole)) {
            return new Read(null, name + ": not a kernel console log (no line has a console timestamp, a log level, "
                    + "a kernel report or a stack entry)");
        }
        return new Read(new ConsoleLog(name, lines), null);
    }

    /** A console held in memory, such as a model run's. */
    public static ConsoleLog of(String name, List<String> lines) {
        return new ConsoleLog(name, lines(String.join("\n", lines)));
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        boolean objdump = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.length() > MAX_LINE) {
                line = line.substring(0, MAX_LINE);
            }
            if (line.equals("All code") || line.equals("Code starting with the faulting instruction")) {
                objdump = true;
                continue;
            }
            if (objdump && (line.isEmpty() || OBJDUMP.matcher(line).find())) {
                continue;
            }
            objdump = false;
            out.add(undecoded(line));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** {@code func (file:line ...) module} as decode_stacktrace.sh prints it, back to {@code func+0x0/0x0 [module]}. */
    static String undecoded(String line) {
        if (!line.contains(":") || !line.contains("(")) {
            return line;
        }
        Matcher m = DECODED.matcher(line);
        if (!m.matches() || m.group(2).contains("+0x")) {
            return line;
        }
        String module = m.group(4) == null ? "" : " [" + m.group(4) + "]";
        return m.group(1) + m.group(2) + "+0x0/0x0" + module;
    }

    private static boolean looksLikeConsole(String line) {
        return CONSOLE_PREFIX.matcher(line).find() || KERNEL_LINE.matcher(line).find()
                || STACK_ENTRY.matcher(line).find() || OopsPatterns.oops().matcher(line).find();
    }
}
