package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The language versions of a page: its counterparts in sibling trees
 * ({@code docs} and {@code docs-zh_CN}), or the original and its translations
 * in the same tree where an extension's layout puts them (the kernel's
 * {@code translations/LANG/}).
 */
final class Counterparts {
    private Counterparts() {
    }

    /** The language versions of a page that exist, for its language switch (empty when it has none). */
    static List<PageLayout.Translation> of(Page page, List<SourceTree> trees, Map<String, Page> byKey,
                                           SiteExtensions extensions) {
        List<PageLayout.Translation> result = new ArrayList<>();
        SourceTree own = page.source().tree();
        for (SourceTree tree : trees) {
            if (tree != own && tree.family().equals(own.family())) {
                Page counterpart = byKey.get(tree.name() + "/" + page.source().docname());
                if (counterpart != null) {
                    result.add(new PageLayout.Translation(tree, counterpart));
                }
            }
        }
        // an in-tree layout: the original and its translations in the same tree, where any exist
        for (SiteExtension.TranslationLayout layout : extensions.translationLayouts()) {
            List<PageLayout.Translation> inTree = new ArrayList<>();
            for (SiteExtension.Version version : layout.versions(page.source().docname())) {
                Page counterpart = byKey.get(own.name() + "/" + version.docname());
                if (counterpart != null) {
                    inTree.add(new PageLayout.Translation(version.htmlLang(), version.languageName(), counterpart));
                }
            }
            if (inTree.size() > 1) {
                result.addAll(inTree);
            }
        }
        return result;
    }

    /** The original of a translated page, or null when the page is no translation or its original is absent. */
    static Page original(Page page, List<SourceTree> trees, Map<String, Page> byKey, SiteExtensions extensions) {
        SourceTree tree = page.source().tree();
        for (SiteExtension.TranslationLayout layout : extensions.translationLayouts()) {
            String original = layout.originalOf(page.source().docname());
            if (original != null) {
                return byKey.get(tree.name() + "/" + original);
            }
        }
        if (tree.language().equals("en")) {
            return null;
        }
        for (SourceTree other : trees) {
            if (other.family().equals(tree.family()) && other.language().equals("en")) {
                return byKey.get(other.name() + "/" + page.source().docname());
            }
        }
        return null;
    }
}
