package org.kdocs.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;

/**
 * Relative links that the source writes by hand (`quota <quota>`__, `see <#missing>`_,
 * `bpf.h <../include/uapi/linux/bpf.h>`_) and that lead to no page or anchor of the site.
 * Sphinx leaves them in its pages without a word, and a reader follows them into nothing. kdocs
 * warns at their line and shows their text without a link, as Sphinx shows a reference it cannot
 * resolve. Links kdocs makes itself always resolve, so only hand-written ones are reported.
 */
final class DeadLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    // pages and folders the site makes itself
    private static final Set<String> SITE_PAGES = Set.of("search.html", "genindex.html",
            "spec-report.html");

    private final Map<String, Page> pagesByPath = new HashMap<>();

    DeadLinks(List<Page> pages) {
        for (Page page : pages) {
            pagesByPath.put(page.path(), page);
        }
    }

    /** Reports and unlinks the dead links of one page (its doctree held) to {@code warnings}. */
    void check(Page page, Consumer<Warning> warnings) {
        for (Element reference : page.document().findAll(NodeType.REFERENCE)) {
            String uri = reference.getString("refuri");
            if (uri == null || uri.isEmpty() || SCHEME.matcher(uri).find() || uri.startsWith("/")) {
                continue;
            }
            if (!resolves(page, uri)) {
                Node located = reference.locatedAncestor();
                int line = located == null ? 0 : located.line();
                String file = located != null && located.source() != null ? located.source()
                        : page.source().file().toString();
                warnings.accept(new Warning(file, line, Severity.WARNING,
                        "link to '" + uri + "' leads to no page or anchor of the site"));
                Element text = new Element(NodeType.INLINE);
                text.classes().add("dead-link");
                List<Node> shown = new ArrayList<>(reference.children());
                reference.clearChildren();
                shown.forEach(text::add);
                reference.parent().replace(reference, text);
            }
        }
    }

    private boolean resolves(Page page, String uri) {
        int hash = uri.indexOf('#');
        String path = hash < 0 ? uri : uri.substring(0, hash);
        String fragment = hash < 0 ? null : uri.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Page target = page;
        if (!path.isEmpty()) {
            int slash = page.path().lastIndexOf('/');
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            String resolved = Docnames.normalize(page.path().substring(0, slash + 1) + decoded, true);
            if (resolved != null && (SITE_PAGES.contains(resolved) || resolved.startsWith("_"))) {
                return true;
            }
            target = resolved == null ? null : pagesByPath.get(resolved);
            if (target == null) {
                return false;
            }
        }
        // the ids as read: a page's doctree is not held while another page is checked
        return fragment == null || fragment.isEmpty() || target.facts().hasId(fragment);
    }
}
