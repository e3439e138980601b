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

import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
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
    private final Map<Element, List<Entry>> entries = new IdentityHashMap<>();

    Toctrees(Map<String, Page> pagesByKey, Consumer<Warning> warnings) {
        this.pagesByKey = pagesByKey;
        this.warnings = warnings;
    }

    /** Resolves the toctrees of one page and records the pages they list as its children. */
    void resolve(Page page) {
        tocs.put(page, buildToc(page.document(), new int[1]));
        owners.put(page.document(), page);
        for (Element toctree : page.document().findAll(SphinxNodes.TOCTREE)) {
            List<Entry> resolved = new ArrayList<>();
            boolean glob = Boolean.TRUE.equals(toctree.get("glob"));
            // as Sphinx's TocTree.parse_content: each document once per toctree, globs included
            Set<Page> remaining = new HashSet<>();
            for (Page candidate : pagesByKey.values()) {
                if (candidate.source().tree() == page.source().tree() && candidate != page) {
                    remaining.add(candidate);
                }
            }
            for (String raw : toctree.list("entries")) {
                resolveEntry(page, toctree, raw, glob, resolved, remaining);
            }
            if (Boolean.TRUE.equals(toctree.get("reversed"))) {
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

    private void resolveEntry(Page page, Element toctree, String raw, boolean glob, List<Entry> out,
                              Set<Page> remaining) {
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
            for (Page candidate : remaining) {
                if (matcher.matches(Path.of(candidate.source().docname()))) {
                    matches.add(candidate);
                }
            }
            remaining.removeAll(matches);
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
        if (!remaining.remove(target)) {
            warn(page, toctree, "duplicated entry found in toctree: " + docname);
        }
        out.add(new Entry(title, target, null));
    }

    private void warn(Page page, Element node, String message) {
        warnings.accept(new Warning(page.source().file().toString(), node.line(), Severity.WARNING, message));
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
            for (String file : SphinxNodes.includedBy(page.document())) {
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
    record TocItem(String title, String anchor, Element toctree, List<TocItem> children) {
    }

    private final Map<Page, List<TocItem>> tocs = new IdentityHashMap<>();
    private final Map<org.kdocs.tree.Document, Page> owners = new IdentityHashMap<>();

    /** Sphinx's TocTreeCollector.process_doc: the sections of a page and the toctrees among them. */
    private static List<TocItem> buildToc(Element node, int[] numentries) {
        List<TocItem> entries = new ArrayList<>();
        for (org.kdocs.tree.Node child : node.children()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            if (e.is(NodeType.SECTION)) {
                Element title = e.size() > 0 && e.child(0) instanceof Element t && t.is(NodeType.TITLE) ? t : null;
                String anchor = numentries[0]++ == 0 || e.ids().isEmpty() ? null : e.ids().get(0);
                entries.add(new TocItem(title == null ? "" : org.kdocs.writers.html.HtmlWriter.contentsText(title), anchor,
                        null, buildToc(e, numentries)));
            } else {
                for (Element toctree : e.findAll(SphinxNodes.TOCTREE)) {
                    entries.add(new TocItem(null, null, toctree, List.of()));
                }
            }
        }
        return entries;
    }

    /** The rendered entries of one toctree node, as Sphinx's TocTree.resolve builds them. */
    List<NavItem> items(Element toctree, int maxdepth, boolean titlesonly) {
        return items(toctree, maxdepth, titlesonly, Boolean.TRUE.equals(toctree.get("includehidden")));
    }

    List<NavItem> items(Element toctree, int maxdepth, boolean titlesonly, boolean includehidden) {
        List<NavItem> entries = entries(toctree, new ArrayList<>(), titlesonly, includehidden, warnings);
        return prune(entries, 1, maxdepth);
    }

    /** The whole navigation below a root page, as the sidebar shows it. */
    List<NavItem> global(Page root, int maxdepth) {
        List<NavItem> items = new ArrayList<>();
        // the page toctrees gave the warnings already
        for (Element toctree : root.document().findAll(SphinxNodes.TOCTREE)) {
            items.addAll(prune(entries(toctree, new ArrayList<>(), true, true, w -> { }), 1, maxdepth));
        }
        return items;
    }

    private List<NavItem> entries(Element toctree, List<Page> parents, boolean titlesonly, boolean includehidden,
                                  Consumer<Warning> warnings) {
        List<NavItem> items = new ArrayList<>();
        Page owner = owner(toctree);
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
            if (Boolean.TRUE.equals(item.toctree().get("hidden")) && !includehidden) {
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

    private Page owner(Element toctree) {
        return owners.get(toctree.document());
    }

    private List<TocItem> tocOf(Page page) {
        return tocs.getOrDefault(page, List.of());
    }
}
