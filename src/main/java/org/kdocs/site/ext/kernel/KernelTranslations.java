package org.kdocs.site.ext.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.site.SiteExtension;

/**
 * The kernel's in-tree translations (Documentation/sphinx/translations.py): the page
 * {@code translations/LANG/X} translates {@code X}, for the languages the kernel lists, and each
 * page's language menu offers the original and every translation of it. Only docnames are computed
 * here; the site keeps the counterparts that exist.
 */
final class KernelTranslations implements SiteExtension.TranslationLayout {

    private static final String DIRECTORY = "translations/";
    /** translations.py all_languages: English first, then the translations in the kernel's order. */
    private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("zh_CN", "Chinese (Simplified)");
        LANGUAGES.put("zh_TW", "Chinese (Traditional)");
        LANGUAGES.put("it_IT", "Italian");
        LANGUAGES.put("ja_JP", "Japanese");
        LANGUAGES.put("ko_KR", "Korean");
        LANGUAGES.put("sp_SP", "Spanish");
    }

    @Override
    public String originalOf(String docname) {
        return languageOf(docname) == null ? null : versions(docname).get(0).docname();
    }

    /**
     * Every language version of the page {@code docname}, itself included, English first: the
     * docnames its counterparts have, whether or not they exist.
     */
    @Override
    public List<SiteExtension.Version> versions(String docname) {
        String language = languageOf(docname);
        String original = language == null ? docname
                : docname.substring(DIRECTORY.length() + language.length() + 1);
        List<SiteExtension.Version> versions = new ArrayList<>();
        versions.add(new SiteExtension.Version("en", "English", original));
        for (Map.Entry<String, String> entry : LANGUAGES.entrySet()) {
            versions.add(new SiteExtension.Version(entry.getKey().replace('_', '-'), entry.getValue(),
                    DIRECTORY + entry.getKey() + "/" + original));
        }
        return versions;
    }

    // as the kernel: translations/LANG/ and at least one more path component
    private static String languageOf(String docname) {
        if (!docname.startsWith(DIRECTORY)) {
            return null;
        }
        String rest = docname.substring(DIRECTORY.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            return null;
        }
        String language = rest.substring(0, slash);
        return LANGUAGES.containsKey(language) ? language : null;
    }
}
