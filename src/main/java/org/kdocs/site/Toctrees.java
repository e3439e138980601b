package org.kdocs.site;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.site.ext.sphinx.SphinxInclude;
import org.kdocs.site.ext.sphinx.SphinxNodes;
import org.kdocs.tree.Element;
import org.kdocs.writers.html.TocEntry;

/**
 * Resolves toctree entries to pages and derives the site's structure from
 * them (Sphinx's TocTreeCollector and toctree adapters): each page's
 * children, its parent for breadcrumbs, the reading order for previous and
 * next, the orphans, and the entry trees that toctrees and the sidebar show.
 */
final class Toctrees {
    private static final Pattern EXPLICIT = Pattern.compile("^(.+?)\\s*<(.+)>$", Pattern.DOTALL);

    /** One resolved toctree entry: a page or an external link, with its explicit title if any. */
    record Entry(String title, Page page, String url) {
    }

    private final Map<String, Page> pagesByKey;
    private final Consumer<Warning> warnings;
    private final Map<Element, List<Entry>> entries = new IdentityHashMap<>();

    Toctrees(Map<String, Page> pagesByKey, Consumer<Warning> warnings) {
        this.pagesByKey = pagesByKey;
        this.warnings = warnings;
    }

    /** Resolves the toctrees of one page and records the pages they list as its children. */
    void resolve(Page page) {
        for (Element toctree : page.document().findAll(SphinxNodes.TOCTREE)) {
            List<Entry> resolved = new ArrayList<>();
            boolean glob = Boolean.TRUE.equals(toctree.get("glob"));
            for (String raw : toctree.list("entries")) {
                resolveEntry(page, toctree, raw, glob, resolved);
            }
            entries.put(toctree, resolved);
            for (Entry entry : resolved) {
                if (entry.page() != null && entry.page() != page) {
                    page.children.add(entry.page());
                }
            }
        }
    }

    private void resolveEntry(Page page, Element toctree, String raw, boolean glob, List<Entry> out) {
        Matcher m = EXPLICIT.matcher(raw);
        String title = m.matches() ? m.group(1).strip() : null;
        String ref = m.matches() ? m.group(2).strip() : raw.strip();
        if (ref.contains("://") || ref.startsWith("mailto:")) {
            out.add(new Entry(title == null ? ref : title, null, ref));
            return;
        }
        if (ref.equals("self")) {
            out.add(new Entry(title, page, null));
            return;
        }
        String docname = Docnames.resolve(page.source().docname(), ref);
        if (glob && title == null && Docnames.hasGlob(ref)) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + docname);
            List<Page> matches = new ArrayList<>();
            for (Page candidate : pagesByKey.values()) {
                if (candidate.source().tree() == page.source().tree() && candidate != page
                        && matcher.matches(Path.of(candidate.source().docname()))) {
                    matches.add(candidate);
                }
            }
            matches.sort((a, b) -> a.source().docname().compareTo(b.source().docname()));
            if (matches.isEmpty()) {
                warn(page, toctree, "toctree glob pattern '" + ref + "' didn't match any documents");
            }
            for (Page match : matches) {
                out.add(new Entry(null, match, null));
            }
            return;
        }
        Page target = pagesByKey.get(page.source().tree().name() + "/" + docname);
        if (target == null) {
            warn(page, toctree, "toctree contains reference to nonexisting document '" + ref + "'");
            return;
        }
        out.add(new Entry(title, target, null));
    }

    private void warn(Page page, Element node, String message) {
        warnings.accept(new Warning(page.source().file().toString(), node.line(), "WARNING", message));
    }

    /** The entries of one resolved toctree node. */
    List<Entry> entriesOf(Element toctree) {
        return entries.getOrDefault(toctree, List.of());
    }

    /**
     * Links the pages of one tree: parents and reading order by a depth-first
     * walk from the root page, and a warning for every other page that no
     * toctree lists and that is not marked {@code :orphan:}.
     */
    void link(Page root, List<Page> treePages) {
        List<Page> order = new ArrayList<>();
        Set<Page> seen = new HashSet<>();
        if (root != null) {
            walk(root, seen, order);
        }
        for (int i = 0; i < order.size(); i++) {
            order.get(i).previous = i > 0 ? order.get(i - 1) : null;
            order.get(i).next = i + 1 < order.size() ? order.get(i + 1) : null;
        }
        // as Sphinx's check_consistency: a document that another one includes is not reported
        Set<String> included = new HashSet<>();
        for (Page page : treePages) {
            for (String file : SphinxInclude.includedBy(page.document())) {
                included.add(Path.of(file).toAbsolutePath().normalize().toString());
            }
        }
        for (Page page : treePages) {
            if (!seen.contains(page) && !page.orphan()
                    && !included.contains(page.source().file().toAbsolutePath().normalize().toString())) {
                warnings.accept(new Warning(page.source().file().toString(), 0, "WARNING",
                        "document isn't included in any toctree"));
            }
        }
    }

    private void walk(Page page, Set<Page> seen, List<Page> order) {
        java.util.ArrayDeque<Page> stack = new java.util.ArrayDeque<>();
        seen.add(page);
        order.add(page);
        // iterative pre-order, so deep toctree chains cannot overflow the stack
        stack.push(page);
        Map<Page, Integer> nextChild = new LinkedHashMap<>();
        while (!stack.isEmpty()) {
            Page current = stack.peek();
            int index = nextChild.getOrDefault(current, 0);
            if (index >= current.children.size()) {
                stack.pop();
                continue;
            }
            nextChild.put(current, index + 1);
            Page child = current.children.get(index);
            if (seen.add(child)) {
                child.parent = current;
                order.add(child);
                stack.push(child);
            }
        }
    }

    /** The items a toctree node shows, down to maxdepth levels (0 or less: all). */
    List<NavItem> items(Element toctree, int maxdepth, boolean titlesonly) {
        List<NavItem> items = new ArrayList<>();
        for (Entry entry : entriesOf(toctree)) {
            if (entry.page() == null) {
                items.add(new NavItem(entry.title(), null, null, entry.url(), List.of()));
            } else if (entry.page().document() == toctree.document()) {
                // "self": a plain link to the page holding the toctree
                items.add(new NavItem(entry.title() == null ? entry.page().title() : entry.title(), entry.page(),
                        null, null, List.of()));
            } else {
                Set<Page> path = new HashSet<>();
                items.add(pageItem(entry.page(), entry.title(), 1, maxdepth, titlesonly, path));
            }
        }
        return items;
    }

    /** The whole navigation below a root page, as the sidebar shows it. */
    List<NavItem> global(Page root, int maxdepth) {
        List<NavItem> items = new ArrayList<>();
        for (Element toctree : root.document().findAll(SphinxNodes.TOCTREE)) {
            items.addAll(items(toctree, maxdepth, true));
        }
        return items;
    }

    private NavItem pageItem(Page page, String title, int depth, int maxdepth, boolean titlesonly, Set<Page> path) {
        List<NavItem> children = new ArrayList<>();
        boolean deeper = maxdepth <= 0 || depth < maxdepth;
        if (deeper && path.add(page)) {
            if (!titlesonly) {
                for (TocEntry section : page.outline()) {
                    children.add(sectionItem(page, section, depth + 1, maxdepth));
                }
            }
            for (Element toctree : page.document().findAll(SphinxNodes.TOCTREE)) {
                for (Entry entry : entriesOf(toctree)) {
                    if (entry.page() == null) {
                        children.add(new NavItem(entry.title(), null, null, entry.url(), List.of()));
                    } else if (!path.contains(entry.page())) {
                        children.add(pageItem(entry.page(), entry.title(), depth + 1, maxdepth, titlesonly, path));
                    }
                }
            }
            path.remove(page);
        }
        return new NavItem(page.numbered("", title == null ? page.title() : title), page, null, null, children);
    }

    private NavItem sectionItem(Page page, TocEntry section, int depth, int maxdepth) {
        List<NavItem> children = new ArrayList<>();
        if (maxdepth <= 0 || depth < maxdepth) {
            for (TocEntry sub : section.children()) {
                children.add(sectionItem(page, sub, depth + 1, maxdepth));
            }
        }
        return new NavItem(page.numbered(section.id(), section.title()), page, section.id(), null, children);
    }
}
