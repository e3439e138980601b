package org.kdocs.translate;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the translations of a tree live: {@code docs/X} translates to
 * {@code docs-LANG/X} in a project like this one, and in a kernel tree
 * {@code Documentation/X} to {@code Documentation/translations/LANG/X}.
 * Also the per-language conventions of the kernel's translations: the
 * prefix of renamed labels ({@code cn_} in zh_CN, {@code tw_} in zh_TW,
 * {@code it_} in it_IT) and the name of the translator field.
 */
public record TranslationLayout(Path root, Path originalRoot, Path translationRoot, String language, boolean kernel) {
    private static final Map<String, String> TRANSLATOR_FIELD = Map.of("zh_CN", "翻译", "zh_TW", "翻譯",
            "it_IT", "Traduzione", "ja_JP", "翻訳", "ko_KR", "번역", "sp_SP", "Traductor");

    /** The layout an original page belongs to, or empty when it is under neither kind of tree. */
    public static Optional<TranslationLayout> ofOriginal(Path page, String language) {
        Path abs = page.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (name.equals("Documentation")) {
                if (abs.startsWith(dir.resolve("translations"))) {
                    return Optional.empty();
                }
                return Optional.of(new TranslationLayout(dir.getParent(), dir,
                        dir.resolve("translations").resolve(language), language, true));
            }
            if (name.equals("docs")) {
                return Optional.of(new TranslationLayout(dir.getParent(), dir,
                        dir.resolveSibling("docs-" + language), language, false));
            }
        }
        return Optional.empty();
    }

    /** The layout of a project or kernel tree whose top directory is {@code root}. */
    public static Optional<TranslationLayout> ofRoot(Path root, String language) {
        Path abs = root.toAbsolutePath().normalize();
        if (abs.resolve("docs").toFile().isDirectory()) {
            return Optional.of(new TranslationLayout(abs, abs.resolve("docs"), abs.resolve("docs-" + language),
                    language, false));
        }
        if (abs.resolve("Documentation").toFile().isDirectory()) {
            Path doc = abs.resolve("Documentation");
            return Optional.of(new TranslationLayout(abs, doc, doc.resolve("translations").resolve(language), language,
                    true));
        }
        return Optional.empty();
    }

    /** The translation of an original page (it may not exist). */
    public Path translationOf(Path original) {
        return translationRoot.resolve(originalRoot.relativize(original.toAbsolutePath().normalize()));
    }

    /** The path an {@code :Original:} field names: relative to the project root, with forward slashes. */
    public String originalField(Path original) {
        return root.relativize(original.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The prefix the kernel's translations give their copies of the original's labels. */
    public String labelPrefix() {
        return switch (language) {
            case "zh_CN" -> "cn_";
            case "zh_TW" -> "tw_";
            default -> language.split("_")[0].toLowerCase(Locale.ROOT) + "_";
        };
    }

    /** The field naming the translator: {@code 翻译} in zh_CN. */
    public String translatorField() {
        return TRANSLATOR_FIELD.getOrDefault(language, "Translator");
    }

    /** True for pages of the original tree (a kernel's Documentation/translations is no original). */
    public boolean isOriginalPage(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(originalRoot) && !(kernel && abs.startsWith(originalRoot.resolve("translations")))
                && isPage(abs);
    }

    /** True for a source page of any format the site reads: reStructuredText, Markdown, AsciiDoc. */
    public static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".rst") || name.endsWith(".md") || name.endsWith(".adoc");
    }
}
