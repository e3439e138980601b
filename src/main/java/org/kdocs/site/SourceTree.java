package org.kdocs.site;

import java.nio.file.Path;
import java.util.Locale;


/**
 * One source directory of the site, e.g. {@code docs} or {@code docs-zh_CN}.
 * A directory named {@code BASE-LANG} is the LANG translation of the
 * directory named BASE: pages with the same relative path are counterparts.
 *
 * @param root     the directory
 * @param name     its file name, e.g. "docs-zh_CN"
 * @param prefix   where its pages go below the output directory: "" or "docs-zh_CN/"
 * @param language language code, e.g. "en" or "zh_CN"
 * @param family   the base name shared by a tree and its translations, e.g. "docs"
 * @param config   the Sphinx configuration read from its conf.py (Sphinx's defaults without one)
 */
public record SourceTree(Path root, String name, String prefix, String language, String family,
                         SphinxConfig config) {

    /** A tree for a directory; the first tree of a site is written at the top of the output. */
    public static SourceTree of(Path root, boolean first) {
        return of(root, first, SiteExtensions.installed());
    }

    /** A tree for a directory, whose conf.py falls back to the one the extensions name. */
    public static SourceTree of(Path root, boolean first, SiteExtensions extensions) {
        Path normal = root.toAbsolutePath().normalize();
        String name = normal.getFileName() == null ? "docs" : normal.getFileName().toString();
        int dash = name.lastIndexOf('-');
        boolean translation = dash > 0 && name.substring(dash + 1).matches("[a-z]{2}(_[A-Z]{2})?");
        SphinxConfig config = SphinxConfig.forSource(normal, extensions.configDirectory(normal));
        // conf.py's language wins; without one, a directory named BASE-LANG is in LANG
        String language = config.values().get("language") instanceof String l && !l.isEmpty() ? l
                : translation ? name.substring(dash + 1) : "en";
        String family = translation ? name.substring(0, dash) : name;
        return new SourceTree(root, name, first ? "" : name + "/", language, family, config);
    }

    /** The key of the tree's root document (Sphinx's root_doc), e.g. "docs/index". */
    public String rootKey() {
        return name + "/" + config.rootDoc();
    }

    /**
     * The values ifconfig may name: Sphinx's project, version, release, language and builder,
     * conf.py's literal values, and {@code defines} (-D values) over them.
     */
    public java.util.Map<String, Object> ifconfigValues(String project, java.util.Map<String, String> defines) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("project", project);
        values.put("version", "");
        values.put("release", "");
        values.put("builder", "html");
        config.values().forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        values.put("language", language);
        values.putAll(defines);
        return values;
    }

    /** The language as an HTML lang attribute value, e.g. "zh-CN". */
    public String htmlLang() {
        return language.replace('_', '-');
    }

    /** The language's own name, as a language menu shows it. */
    public String languageName() {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> "English";
            case "zh_cn" -> "中文（简体）";
            case "zh_tw" -> "中文（繁體）";
            case "ja_jp", "ja" -> "日本語";
            case "ko_kr", "ko" -> "한국어";
            case "it_it", "it" -> "Italiano";
            case "sp_sp", "es" -> "Español";
            default -> language;
        };
    }
}
