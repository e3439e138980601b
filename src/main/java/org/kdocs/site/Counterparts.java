package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.site.ext.kernel.KernelTranslations;

/**
 * The language versions of a page: its counterparts in sibling trees
 * ({@code docs} and {@code docs-zh_CN}), or in a kernel tree the original
 * and its copies below {@code translations/LANG/}.
 */
final class Counterparts {
    private Counterparts() {
    }

    /** The language versions of a page that exist, for its language switch (empty when it has none). */
    static List<PageLayout.Translation> of(Page page, List<SourceTree> trees, Map<String, Page> byKey) {
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
        // the kernel's in-tree layout: the original and translations/LANG/ of the same tree, where any exist
        List<PageLayout.Translation> inTree = new ArrayList<>();
        for (KernelTranslations.Version version : KernelTranslations.versions(page.source().docname())) {
            Page counterpart = byKey.get(own.name() + "/" + version.docname());
            if (counterpart != null) {
                inTree.add(new PageLayout.Translation(version.htmlLang(), version.languageName(), counterpart));
            }
        }
        if (inTree.size() > 1) {
            result.addAll(inTree);
        }
        return result;
    }

    /** The original of a translated page, or null when the page is no translation or its original is absent. */
    static Page original(Page page, List<SourceTree> trees, Map<String, Page> byKey) {
        SourceTree tree = page.source().tree();
        if (KernelTranslations.of(page.source().docname()).code() != null) {
            return byKey.get(tree.name() + "/" + KernelTranslations.versions(page.source().docname()).get(0).docname());
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
