package org.kdocs.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sphinx configuration values kdocs honours, with Sphinx 5.3's defaults, read from a
 * project's {@code conf.py} (its literal assignments, see {@link ConfPy}).
 *
 * @param values            every literal value conf.py assigns (what ifconfig expressions may name)
 * @param present           whether a conf.py was found
 * @param language          the document language ("en" when unset)
 * @param rootDoc           root_doc (or the older master_doc), default "index"
 * @param sourceSuffixes    source_suffix as a list of suffixes, default [".rst"]
 * @param excludePatterns   exclude_patterns (globs relative to the source directory)
 * @param smartquotes       smartquotes, default true
 * @param smartquotesAction smartquotes_action, default "qDe"
 * @param numfig            numfig, default false
 * @param numfigFormat      numfig_format, Sphinx's defaults ("Fig. %s", ...) overlaid with conf.py's
 * @param numfigSecnumDepth numfig_secnum_depth, default 1
 * @param cIdAttributes     c_id_attributes: names the C domain skips as attributes
 * @param cParenAttributes  c_paren_attributes: names the C domain skips with their parenthesised argument
 * @param cExtraKeywords    c_extra_keywords, default Sphinx's macro keywords (bool, alignas, ...)
 */
public record SphinxConfig(Map<String, Object> values, boolean present, String language, String rootDoc,
                           List<String> sourceSuffixes, List<String> excludePatterns, boolean smartquotes,
                           String smartquotesAction, boolean numfig, Map<String, String> numfigFormat,
                           int numfigSecnumDepth, List<String> cIdAttributes, List<String> cParenAttributes,
                           List<String> cExtraKeywords) {

    /** Sphinx's numfig_format defaults. */
    public static final Map<String, String> NUMFIG_FORMAT = Map.of("section", "Section %s", "figure", "Fig. %s",
            "table", "Table %s", "code-block", "Listing %s");
    private static final List<String> MACRO_KEYWORDS = List.of("alignas", "alignof", "bool", "complex", "imaginary",
            "noreturn", "static_assert", "thread_local");

    public SphinxConfig {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        sourceSuffixes = List.copyOf(sourceSuffixes);
        excludePatterns = List.copyOf(excludePatterns);
        numfigFormat = Map.copyOf(numfigFormat);
        cIdAttributes = List.copyOf(cIdAttributes);
        cParenAttributes = List.copyOf(cParenAttributes);
        cExtraKeywords = List.copyOf(cExtraKeywords);
    }

    /** Sphinx's defaults, as for a project without conf.py. */
    public static SphinxConfig defaults() {
        return of(Map.of(), false);
    }

    /**
     * The configuration of a source directory: its own conf.py, else that of {@code baseConfigDir}
     * (an extension names it: the kernel's Documentation/ above a book) with the book's conf.py over
     * it (what the kernel's load_config.py does for {@code make SPHINXDIRS=book}); Sphinx's defaults
     * when there is none.
     */
    public static SphinxConfig forSource(Path root, Path baseConfigDir) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean present = false;
        Path own = root.resolve("conf.py");
        if (baseConfigDir != null && !baseConfigDir.equals(root.toAbsolutePath().normalize())
                && Files.isRegularFile(baseConfigDir.resolve("conf.py"))) {
            values.putAll(ConfPy.read(baseConfigDir.resolve("conf.py")));
            present = true;
        }
        if (Files.isRegularFile(own)) {
            values.putAll(ConfPy.read(own));
            present = true;
        }
        return of(values, present);
    }

    /** A configuration from conf.py's literal values. */
    public static SphinxConfig of(Map<String, Object> values, boolean present) {
        Map<String, String> formats = new LinkedHashMap<>(NUMFIG_FORMAT);
        if (values.get("numfig_format") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> formats.put(String.valueOf(k), String.valueOf(v)));
        }
        String root = string(values.get("root_doc"), string(values.get("master_doc"), "index"));
        return new SphinxConfig(values, present, string(values.get("language"), "en"), root,
                suffixes(values.get("source_suffix")), strings(values.get("exclude_patterns"), List.of()),
                bool(values.get("smartquotes"), true), string(values.get("smartquotes_action"), "qDe"),
                bool(values.get("numfig"), false), formats,
                values.get("numfig_secnum_depth") instanceof Integer n ? n : 1,
                strings(values.get("c_id_attributes"), List.of()), strings(values.get("c_paren_attributes"), List.of()),
                strings(values.get("c_extra_keywords"), MACRO_KEYWORDS));
    }

    /** Whether smart quotes apply to this language (Sphinx's smartquotes_excludes leaves Japanese out). */
    public boolean smartquotesFor(String languageCode) {
        return smartquotes && !languageCode.equals("ja");
    }

    private static String string(Object value, String fallback) {
        return value instanceof String s && !s.isEmpty() ? s : fallback;
    }

    private static boolean bool(Object value, boolean fallback) {
        return value instanceof Boolean b ? b : value instanceof Integer n ? n != 0 : fallback;
    }

    private static List<String> strings(Object value, List<String> fallback) {
        if (!(value instanceof List<?> list)) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    // source_suffix: a string, a list, or a dict of suffix to parser name
    private static List<String> suffixes(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?>) {
            List<String> list = strings(value, List.of(".rst"));
            return list.isEmpty() ? List.of(".rst") : list;
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return List.of(".rst");
    }
}
