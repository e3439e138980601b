package org.kdocs.site.ext.kernel.prestep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A netlink family's YAML spec as a reStructuredText page: the kernel's
 * tools/net/ynl/ynl-gen-rst.py, which {@code make htmldocs} runs on each
 * Documentation/netlink/specs/*.yaml to make networking/netlink_spec/*.rst, plus the index
 * page ({@code -x}). The sections are those of the script: summary, operations, multicast
 * groups, definitions, attribute sets and sub-messages, each item with a
 * {@code FAMILY-KIND-NAME} label. Where the script would stop (a missing key, a value of the
 * wrong type), this throws {@link BadSpec}.
 */
public final class NetlinkSpecRst {
    private static final int SPACE_PER_LEVEL = 4;
    // specs share attribute lists through aliases (devlink.yaml has dozens); the walk below bounds the
    // expanded size, so that a "billion laughs" spec is refused instead of expanded
    private static final int MAX_ALIASES = 10_000;
    private static final int MAX_EXPANDED_NODES = 1_000_000;

    private NetlinkSpecRst() {
    }

    /** The spec cannot be turned into a page; the line is one-based, 0 when unknown. */
    public static final class BadSpec extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        BadSpec(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The page for a spec's YAML text. */
    public static String page(String yamlText) throws BadSpec {
        Object spec;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(MAX_ALIASES);
            spec = new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new BadSpec("YAML error: " + e.getProblem(), mark == null ? 0 : mark.getLine() + 1);
        } catch (YAMLException e) {
            throw new BadSpec("YAML error: " + e.getMessage(), 0);
        }
        if (expandedSize(spec, 0) > MAX_EXPANDED_NODES) {
            throw new BadSpec("the spec expands to more than " + MAX_EXPANDED_NODES + " values", 0);
        }
        try {
            return yaml(map(spec, "the spec"));
        } catch (ClassCastException e) {
            throw new BadSpec("a value has an unexpected type", 0);
        }
    }

    // values in the tree as the generator walks it, aliases counted each time; stops past the limit
    private static long expandedSize(Object value, long count) {
        long total = count + 1;
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                total = expandedSize(e.getValue(), total);
                if (total > MAX_EXPANDED_NODES) {
                    return total;
                }
            }
        } else if (value instanceof List<?> l) {
            for (Object item : l) {
                total = expandedSize(item, total);
                if (total > MAX_EXPANDED_NODES) {
                    return total;
                }
            }
        }
        return total;
    }

    /** The index page listing the pages (file names with ".rst", as found in the directory), sorted. */
    public static String index(List<String> pageFileNames) {
        StringBuilder out = new StringBuilder(header());
        out.append(".. _specs:\n\n").append(title("Netlink Family Specifications"));
        out.append(".. toctree::\n").append("   :maxdepth: 1\n\n");
        pageFileNames.stream().filter(n -> n.endsWith(".rst") && !n.equals("index.rst")).sorted()
                .forEach(n -> out.append("   ").append(n.replace(".rst", "")).append('\n'));
        return out.toString();
    }

    private static String yaml(Map<String, Object> obj) throws BadSpec {
        List<String> lines = new ArrayList<>();
        lines.add(header());
        String family = PythonText.str(required(obj, "name"));
        lines.add(title("Family ``" + family + "`` netlink specification"));
        lines.add(".. contents:: :depth: 3\n");
        if (obj.containsKey("doc")) {
            lines.add(subtitle("Summary"));
            lines.add(string(obj.get("doc"), "doc"));
        }
        if (obj.containsKey("operations")) {
            lines.add(subtitle("Operations"));
            lines.add(NetlinkSections.operations(list(required(map(obj.get("operations"), "operations"), "list")),
                    family));
        }
        if (obj.containsKey("mcast-groups")) {
            lines.add(subtitle("Multicast groups"));
            List<String> groups = new ArrayList<>();
            for (Object group : list(required(map(obj.get("mcast-groups"), "mcast-groups"), "list"))) {
                groups.add(bullet(PythonText.str(required(map(group, "mcast group"), "name")), 0));
            }
            lines.add(String.join("\n", groups));
        }
        if (obj.containsKey("definitions")) {
            lines.add(subtitle("Definitions"));
            lines.add(NetlinkSections.definitions(list(obj.get("definitions")), family));
        }
        if (obj.containsKey("attribute-sets")) {
            lines.add(subtitle("Attribute sets"));
            lines.add(NetlinkSections.attributeSets(list(obj.get("attribute-sets")), family));
        }
        if (obj.containsKey("sub-messages")) {
            lines.add(subtitle("Sub-messages"));
            lines.add(NetlinkSections.subMessages(list(obj.get("sub-messages")), family));
        }
        return String.join("\n", lines);
    }

    // the RST formatters of the script

    static String headroom(int level) {
        return " ".repeat(level * SPACE_PER_LEVEL);
    }

    static String bold(Object text) {
        return "**" + PythonText.str(text) + "**";
    }

    static String inline(Object text) {
        return "``" + PythonText.str(text) + "``";
    }

    static String sanitize(Object text) {
        return PythonText.strip(PythonText.str(text).replace("\n", " "));
    }

    static String field(String key, Object value, int level) {
        return headroom(level) + ":" + key + ": " + PythonText.str(value);
    }

    static String bullet(String item, int level) {
        return headroom(level) + "- " + item;
    }

    static String subsubsection(String title) {
        return title + "\n" + "~".repeat(PythonText.len(title));
    }

    static String section(String namespace, String prefix, String title) {
        return ".. _" + namespace + "-" + prefix + "-" + title + ":\n\n" + title + "\n"
                + "=".repeat(PythonText.len(title));
    }

    static String listInline(List<?> items, int level) {
        return headroom(level) + items.stream().map(NetlinkSpecRst::inline).collect(Collectors.joining(", ", "[", "]"));
    }

    static String ref(String namespace, String prefix, Object name) {
        String kind = switch (prefix) {
            case "enum", "fixed-header", "struct" -> "definition";
            case "nested-attributes" -> "attribute-set";
            default -> prefix;
        };
        return ":ref:`" + namespace + "-" + kind + "-" + PythonText.str(name) + "`";
    }

    private static String header() {
        return ".. SPDX-License-Identifier: GPL-2.0\n.. NOTE: This document was auto-generated.\n\n";
    }

    private static String subtitle(String title) {
        String rule = "-".repeat(PythonText.len(title));
        return "\n" + rule + "\n" + title + "\n" + rule + "\n\n";
    }

    private static String title(String title) {
        String rule = "=".repeat(PythonText.len(title));
        return rule + "\n" + title + "\n" + rule + "\n\n";
    }

    // the script's dict and list accesses, failing where Python would raise

    static Object required(Map<String, Object> map, String key) throws BadSpec {
        if (!map.containsKey(key)) {
            throw new BadSpec("missing key '" + key + "'", 0);
        }
        return map.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) throws BadSpec {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new BadSpec(what + " is not a mapping", 0);
    }

    static List<?> list(Object value) throws BadSpec {
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Map<?, ?> m) {
            return List.copyOf(m.keySet()); // iterating a dict gives its keys
        }
        throw new BadSpec("expected a list, found " + PythonText.repr(value), 0);
    }

    // "headroom + text" needs a str in Python
    static String string(Object value, String what) throws BadSpec {
        if (value instanceof String s) {
            return s;
        }
        throw new BadSpec(what + " is not a string: " + PythonText.repr(value), 0);
    }
}
