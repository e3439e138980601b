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

import org.kdocs.tree.Severity;

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
    private final Map<PageFacts.TocTree, List<Entry>> entries = new IdentityHashMap<>();
    private final Map<SourceTree, List<Page>> pagesByTree = new java.util.HashMap<>();

    Toctrees(Map<String, Page> pagesByKey, Consumer<Warning> warnings) {
        this.pagesByKey = pagesByKey;
        this.warnings = warnings;
    }

    /** Resolves the toctrees of one page and records the pages they list as its children. */
    void resolve(Page page) {
        tocs.put(page, buildToc(page.facts().shape(), page.facts().toctrees(), new int[1]));
        for (PageFacts.TocTree toctree : page.facts().toctrees()) {
            List<Entry> resolved = new ArrayList<>();
            // as Sphinx's TocTree.parse_content: each document once per toctree, globs included
            Set<Page> used = new HashSet<>();
            for (String raw : toctree.entries()) {
                resolveEntry(page, toctree, raw, toctree.glob(), resolved, used);
            }
            if (toctree.reversed()) {
                java.util.Collections.reverse(resolved);
            }
            entries.put(toctree, resolved);
            for (Entry entry : resolved) {
                if (entry.page() != null && entry.page() != page) {
                    page.children.add(entry.page());
                }
            }
        }
    }

    // used: the pages this toctree listed already (the page itself counts as listed)
    private void resolveEntry(Page page, PageFacts.TocTree toctree, String raw, boolean glob, List<Entry> out,
                              Set<Page> used) {
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
            for (Page candidate : pagesOf(page.source().tree())) {
                if (candidate != page && !used.contains(candidate)
                        && matcher.matches(Path.of(candidate.source().docname()))) {
                    matches.add(candidate);
                }
            }
            used.addAll(matches);
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
            warn(page, toctree, "toctree contains reference to nonexisting document '" + docname + "'");
            return;
        }
        if (target == page || !used.add(target)) {
            warn(page, toctree, "duplicated entry found in toctree: " + docname);
        }
        out.add(new Entry(title, target, null));
    }

    private void warn(Page page, PageFacts.TocTree toctree, String message) {
        warnings.accept(new Warning(page.source().file().toString(), toctree.line(), Severity.WARNING, message));
    }

    // the pages of one source tree, for glob patterns
    private List<Page> pagesOf(SourceTree tree) {
        return pagesByTree.computeIfAbsent(tree, t -> pagesByKey.values().stream()
                .filter(p -> p.source().tree() == t).toList());
    }

    /** The entries of one resolved toctree. */
    List<Entry> entriesOf(PageFacts.TocTree toctree) {
        return entries.getOrDefault(toctree, List.of());
    }

    /**
     * Links the pages of one tree: parents and reading order by a depth-first
     * walk from the root page, and a warning for every other page that no
     * toctree lists and that is not marked {@code :orphan:}.
     */
    void link(Page root, List<Page> treePages, Consumer<Warning> warnings) {
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
            for (String file : page.facts().included()) {
                included.add(Path.of(file).toAbsolutePath().normalize().toString());
            }
        }
        for (Page page : treePages) {
            if (!seen.contains(page) && !page.orphan()
                    && !included.contains(page.source().file().toAbsolutePath().normalize().toString())) {
                warnings.accept(new Warning(page.source().file().toString(), 0, Severity.WARNING,
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

    /**
     * One entry of a page's table of contents (Sphinx's env.tocs): a section with its title, its
     * anchor (null for the page's first section, which stands for the page) and what is inside it,
     * or a toctree standing at that place.
     */
    record TocItem(String title, String anchor, PageFacts.TocTree toctree, List<TocItem> children) {
    }

    private final Map<Page, List<TocItem>> tocs = new IdentityHashMap<>();

    /** Sphinx's TocTreeCollector.process_doc: the sections of a page and the toctrees among them. */
    private static List<TocItem> buildToc(List<PageFacts.Shape> shape, List<PageFacts.TocTree> toctrees,
                                          int[] numentries) {
        List<TocItem> entries = new ArrayList<>();
        for (PageFacts.Shape node : shape) {
            if (node.kind() == PageFacts.Kind.SECTION) {
                String anchor = numentries[0]++ == 0 ? null : node.id();
                entries.add(new TocItem(node.title(), anchor, null, buildToc(node.children(), toctrees, numentries)));
            } else {
                List<PageFacts.Shape> inside = new ArrayList<>();
                node.toctrees(inside);
                for (PageFacts.Shape toctree : inside) {
                    entries.add(new TocItem(null, null, toctrees.get(toctree.index()), List.of()));
                }
            }
        }
        return entries;
    }

    /** The rendered entries of one toctree, as Sphinx's TocTree.resolve builds them; problems go to {@code warnings}. */
    List<NavItem> items(PageFacts.TocTree toctree, int maxdepth, boolean titlesonly, Consumer<Warning> warnings) {
        return items(toctree, maxdepth, titlesonly, toctree.includehidden(), warnings);
    }

    List<NavItem> items(PageFacts.TocTree toctree, int maxdepth, boolean titlesonly, boolean includehidden,
                        Consumer<Warning> warnings) {
        List<NavItem> entries = entries(toctree, new ArrayList<>(), titlesonly, includehidden, warnings);
        return prune(entries, 1, maxdepth);
    }

    /** The whole navigation below a root page, as the sidebar shows it. */
    List<NavItem> global(Page root, int maxdepth) {
        List<NavItem> items = new ArrayList<>();
        // the page toctrees gave the warnings already
        for (PageFacts.TocTree toctree : root.facts().toctrees()) {
            items.addAll(prune(entries(toctree, new ArrayList<>(), true, true, w -> { }), 1, maxdepth));
        }
        return items;
    }

    private List<NavItem> entries(PageFacts.TocTree toctree, List<Page> parents, boolean titlesonly, boolean includehidden,
                                  Consumer<Warning> warnings) {
        List<NavItem> items = new ArrayList<>();
        Page owner = toctree.owner();
        for (Entry entry : entriesOf(toctree)) {
            if (entry.page() == null) {
                items.add(new NavItem(entry.title(), null, null, entry.url(), List.of()));
            } else if (entry.page() == owner) {
                // "self": a plain link to the page holding the toctree
                items.add(new NavItem(entry.title() == null ? entry.page().title() : entry.title(), entry.page(),
                        null, null, List.of()));
            } else if (parents.contains(entry.page())) {
                warnings.accept(new Warning(owner.source().file().toString(), toctree.line(), Severity.WARNING,
                        "circular toctree references detected, ignoring: " + entry.page().source().docname()
                                + " <- " + String.join(" <- ", parents.stream().map(p -> p.source().docname())
                                .toList())));
            } else {
                List<TocItem> toc = tocOf(entry.page());
                if (toc.isEmpty()) {
                    warnings.accept(new Warning(owner.source().file().toString(), toctree.line(), Severity.WARNING,
                            "toctree contains reference to document '" + entry.page().source().docname()
                                    + "' that doesn't have a title: no link will be generated"));
                    continue;
                }
                List<Page> deeper = new ArrayList<>(parents);
                deeper.add(0, entry.page());
                int tocdepth = entry.page().tocdepth;
                for (TocItem item : toc) {
                    String title = entry.title() != null && toc.size() == 1 && item.anchor() == null ? entry.title()
                            : item.title();
                    items.addAll(navItems(entry.page(), item, title, 2, tocdepth, titlesonly, true, deeper,
                            includehidden, warnings));
                }
            }
        }
        return items;
    }

    // one toc item of a page as navigation: a section with what is inside it, or an expanded toctree
    private List<NavItem> navItems(Page page, TocItem item, String title, int depth, int tocdepth, boolean titlesonly,
                                   boolean toplevel, List<Page> parents, boolean includehidden,
                                   Consumer<Warning> warnings) {
        if (item.toctree() != null) {
            if (item.toctree().hidden() && !includehidden) {
                return List.of();
            }
            return entries(item.toctree(), parents, titlesonly, includehidden, warnings);
        }
        List<NavItem> children = new ArrayList<>();
        // the page's :tocdepth: cuts its own sections and toctrees below that depth
        boolean pruned = tocdepth > 0 && depth > tocdepth;
        for (TocItem child : pruned ? List.<TocItem>of() : item.children()) {
            // titlesonly keeps of a page only its title entries and the toctrees inside them
            if (titlesonly && toplevel && child.toctree() == null) {
                for (TocItem nested : toctreesIn(child)) {
                    children.addAll(navItems(page, nested, null, depth + 1, tocdepth, titlesonly, false, parents,
                            includehidden, warnings));
                }
                continue;
            }
            children.addAll(navItems(page, child, child.title(), depth + 1, tocdepth, titlesonly, false, parents,
                    includehidden, warnings));
        }
        return List.of(new NavItem(page.numbered(item.anchor() == null ? "" : item.anchor(), title), page,
                item.anchor(), null, children));
    }

    private static List<TocItem> toctreesIn(TocItem item) {
        List<TocItem> out = new ArrayList<>();
        if (item.toctree() != null) {
            out.add(item);
        }
        for (TocItem child : item.children()) {
            out.addAll(toctreesIn(child));
        }
        return out;
    }

    // Sphinx's _toctree_prune: lists nested deeper than maxdepth are cut
    private static List<NavItem> prune(List<NavItem> items, int depth, int maxdepth) {
        List<NavItem> out = new ArrayList<>();
        for (NavItem item : items) {
            List<NavItem> children = maxdepth > 0 && depth + 1 > maxdepth ? List.of()
                    : prune(item.children(), depth + 1, maxdepth);
            out.add(new NavItem(item.title(), item.page(), item.anchor(), item.url(), children));
        }
        return out;
    }

    private List<TocItem> tocOf(Page page) {
        return tocs.getOrDefault(page, List.of());
    }
}
