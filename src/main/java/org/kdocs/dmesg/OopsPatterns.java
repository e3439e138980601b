package org.kdocs.dmesg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The robot's pattern lists, read once from this package's resources
 * ({@code oops-pattern}, {@code oops-pattern-ignore}, {@code linux-device-names};
 * the lkp-tests etc/ files of the same names). Each list is one alternation
 * in file order, as lkp-tests' LKP::Pattern joins them.
 */
final class OopsPatterns {
    private static final Pattern OOPS = alternation(read("oops-pattern"));
    private static final Pattern IGNORE = alternation(read("oops-pattern-ignore"));
    private static final Pattern DEVICE_NAMES = Pattern.compile(
            "\\b(" + String.join("|", read("linux-device-names")) + ")\\d+");

    private OopsPatterns() {
    }

    /** Any report head; group 1 is the text the first alternative matched at the leftmost position. */
    static Pattern oops() {
        return OOPS;
    }

    static Pattern ignore() {
        return IGNORE;
    }

    /** {@code \b(name|...)\d+}, group 1 the device name. */
    static Pattern deviceNames() {
        return DEVICE_NAMES;
    }

    private static Pattern alternation(List<String> patterns) {
        return Pattern.compile("(" + String.join("|", patterns) + ")");
    }

    // lines that are empty or start with '#' are comments (our files' headers)
    private static List<String> read(String name) {
        try (InputStream in = OopsPatterns.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/kdocs/dmesg/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
