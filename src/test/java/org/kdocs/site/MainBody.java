package org.kdocs.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main body of a page as scripts/html_body.py reads it, for comparing kdocs' pages with
 * Sphinx's: the element with role="main", its visible text whitespace-normalised (permalink
 * marks and the language menu left out), its ids, and its link targets as site paths.
 */
record MainBody(String text, Set<String> ids, Set<String> links, Set<String> pageIds) {
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "li", "dt", "dd", "tr", "td", "th", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "figure", "figcaption",
            "caption", "br", "article", "aside", "nav", "hr");

    /** The main body of {@code page}, a path relative to {@code site}. */
    static MainBody of(Path site, String page) throws IOException {
        Document document = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        Element main = document.selectFirst("[role=main]");
        Set<String> pageIds = new TreeSet<>(document.select("[id]").eachAttr("id"));
        if (main == null) {
            return new MainBody("", Set.of(), Set.of(), pageIds);
        }
        StringBuilder text = new StringBuilder();
        collect(main, text);
        Set<String> ids = new TreeSet<>(main.select("[id]").eachAttr("id"));
        Set<String> links = new TreeSet<>();
        for (Element a : main.select("a[href]")) {
            if (!a.hasClass("headerlink")) {
                String target = target(page, a.attr("href"));
                if (target != null) {
                    links.add(target);
                }
            }
        }
        String normal = String.join(" ", text.toString().strip().split("[\\s\\p{Z}\\u0085]+"));
        return new MainBody(normal.strip(), ids, links, pageIds);
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (e.tagName().equals("script") || e.tagName().equals("style") || e.hasClass("headerlink")
                        || e.hasClass("language-selection")) {
                    continue;
                }
                boolean block = BLOCK.contains(e.tagName());
                if (block) {
                    out.append(' ');
                }
                collect(e, out);
                if (block) {
                    out.append(' ');
                }
            }
        }
    }

    /** An internal link of {@code page} as "path#fragment" from the site root; null for an external one. */
    static String target(String page, String href) {
        URI uri;
        try {
            uri = URI.create(href.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? page
                : Path.of(page).resolveSibling(URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8))
                        .normalize().toString().replace('\\', '/');
        String fragment = uri.getRawFragment();
        return fragment == null || fragment.isEmpty() ? path
                : path + "#" + URLDecoder.decode(fragment, StandardCharsets.UTF_8);
    }
}
