package org.kdocs.specrun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spec examples written in AsciiDoc: a delimited block (listing
 * {@code ----} or literal {@code ....}) under a block attribute line
 * {@code [spec,MODEL,name=...,config="...",runs=300,expect=race,rate=">= 5%"]}
 * with the same attributes as the reStructuredText directive, and
 * {@code [spec-output,NAME,source=/proc/allocinfo,exact]} for the expected
 * output. Only these blocks are read, line by line, so finding examples
 * never starts the AsciiDoc renderer.
 */
final class AsciiDocSpecs {
    private AsciiDocSpecs() {
    }

    /** A block attribute line split into positional and named attributes (AsciiDoc's rules, quotes kept apart). */
    record Attributes(List<String> positional, Map<String, String> named) {
        static Attributes parse(String inside) {
            List<String> positional = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            for (String item : splitItems(inside)) {
                int eq = item.indexOf('=');
                if (eq > 0 && !item.startsWith("\"")) {
                    named.put(item.substring(0, eq).strip(), unquote(item.substring(eq + 1).strip()));
                } else {
                    positional.add(unquote(item.strip()));
                }
            }
            return new Attributes(positional, named);
        }

        private static List<String> splitItems(String text) {
            List<String> items = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    items.add(current.toString());
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            items.add(current.toString());
            return items;
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }
    }

    /**
     * Reads the examples of one AsciiDoc document; problems (a block attribute
     * line with no block under it, a bad attribute) go to {@code problems}.
     */
    static List<SpecExample> read(String text, String file, List<String> problems) {
        String[] lines = text.split("\n", -1);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!(line.startsWith("[spec,") || line.startsWith("[spec-output,")) || !line.endsWith("]")) {
                continue;
            }
            Attributes attributes = Attributes.parse(line.substring(1, line.length() - 1));
            int open = i + 1;
            String delimiter = open < lines.length ? lines[open].strip() : "";
            if (!delimiter.matches("-{4,}|\\.{4,}")) {
                problems.add(file + ":" + (i + 1) + ": (ERROR/3) " + attributes.positional().get(0)
                        + " block attributes must stand right above a ---- or .... block.");
                continue;
            }
            int close = open + 1;
            while (close < lines.length && !lines[close].strip().equals(delimiter)) {
                close++;
            }
            List<String> body = List.of(lines).subList(open + 1, Math.min(close, lines.length));
            found.add(new Found(i + 1, open + 2, attributes, body));
            i = close;
        }
        Map<String, List<SpecExample.ExpectedOutput>> outputs = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.attributes().positional().get(0).equals("spec-output")) {
                Map<String, String> named = f.attributes().named();
                boolean exact = f.attributes().positional().contains("exact") || named.containsKey("exact");
                String name = f.attributes().positional().size() > 1 ? f.attributes().positional().get(1) : "";
                outputs.computeIfAbsent(name, k -> new ArrayList<>()).add(new SpecExample.ExpectedOutput(file,
                        f.line(), named.getOrDefault("source", "console"), exact, f.body()));
            }
        }
        List<SpecExample> examples = new ArrayList<>();
        for (Found f : found) {
            if (!f.attributes().positional().get(0).equals("spec")) {
                continue;
            }
            try {
                examples.add(example(f, file, outputs));
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + f.line() + ": (ERROR/3) " + e.getMessage());
            }
        }
        return examples;
    }

    private record Found(int line, int bodyLine, Attributes attributes, List<String> body) {
    }

    private static SpecExample example(Found f, String file, Map<String, List<SpecExample.ExpectedOutput>> outputs) {
        List<String> positional = f.attributes().positional();
        Map<String, String> named = f.attributes().named();
        if (positional.size() < 2 || !SpecDirectives.MODELS.contains(positional.get(1))) {
            throw new IllegalArgumentException("[spec,MODEL] needs a model, one of " + SpecDirectives.MODELS + ".");
        }
        String name = named.get("name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a spec block needs a name= attribute.");
        }
        Expectation.Verdict expect = Expectation.Verdict.of(named.getOrDefault("expect", "output"));
        if (expect == null) {
            throw new IllegalArgumentException("invalid expect=\"" + named.get("expect") + "\".");
        }
        try {
            return new SpecExample(file, f.line(), f.bodyLine(), positional.get(1), name, words(named.get("config")),
                    words(named.get("threads")), Integer.parseInt(named.getOrDefault("runs", "1")),
                    Long.parseLong(named.getOrDefault("seed", "1")), named.getOrDefault("schedule", "random"), expect,
                    named.containsKey("rate") ? Expectation.Rate.parse(named.get("rate")) : null,
                    SpecExtractor.timeoutMillis(named.get("timeout")),
                    Long.parseLong(named.getOrDefault("steps", "10000000")), String.join("\n", f.body()),
                    List.copyOf(outputs.getOrDefault(name, List.of())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a number attribute of spec block \"" + name + "\" is not a number.");
        }
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }
}
