package org.kdocs.site.ext.kernel.prestep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Severity;

/**
 * The header rules of Documentation/userspace-api/media/Makefile, read from the tree so that
 * each kernel version's own list applies: {@code $(BUILDDIR)/NAME.h.rst: HEADER ${PARSER}
 * EXCEPTIONS}, with the Makefile's simple variables and {@code $(srctree)} expanded. A rule
 * whose paths leave the kernel tree is refused.
 */
final class MediaRules {
    static final String MAKEFILE = "userspace-api/media/Makefile";
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:?=\\s*(\\S.*?)\\s*$");
    private static final Pattern RULE = Pattern.compile(
            "^\\$\\(BUILDDIR\\)/(\\S+\\.h\\.rst)\\s*:\\s*(\\S+)\\s+\\$[({]PARSER[)}](?:\\s+(\\S+))?");
    private static final Pattern VARIABLE = Pattern.compile("\\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]");

    /** One header: the file name below BUILDDIR, the header, and its exceptions file (null for none). */
    record Rule(String target, Path header, Path exceptions) {
    }

    private MediaRules() {
    }

    /** The rules of the tree whose Documentation/ is {@code docs}; none when it has no such Makefile. */
    static List<Rule> read(Path docs, List<KernelPreSteps.Message> messages) {
        Path makefile = docs.resolve(MAKEFILE);
        if (!Files.isRegularFile(makefile)) {
            return List.of();
        }
        Path srctree = docs.getParent() == null ? docs : docs.getParent();
        List<String> lines;
        try {
            lines = Files.readAllLines(makefile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            messages.add(new KernelPreSteps.Message(makefile, 0, Severity.ERROR, "cannot read: " + e.getMessage()));
            return List.of();
        }
        Map<String, String> variables = new HashMap<>();
        variables.put("srctree", srctree.toString());
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (assignment.matches()) {
                variables.put(assignment.group(1), expand(assignment.group(2), variables));
                continue;
            }
            Matcher rule = RULE.matcher(line);
            if (!rule.find()) {
                continue;
            }
            String target = rule.group(1);
            Path header = path(expand(rule.group(2), variables));
            // the recipe always names $(SRC_DIR)/$(notdir $@).exceptions
            String srcDir = variables.get("SRC_DIR");
            Path exceptions = srcDir == null ? null : path(srcDir + "/" + target + ".exceptions");
            if (header == null || !header.startsWith(srctree) || target.contains("/")
                    || exceptions != null && !exceptions.startsWith(srctree)) {
                messages.add(new KernelPreSteps.Message(makefile, i + 1, Severity.ERROR,
                        "header rule refused: its paths leave the kernel tree"));
                continue;
            }
            rules.add(new Rule(target, header, exceptions));
        }
        return rules;
    }

    private static String expand(String text, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Path path(String text) {
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
