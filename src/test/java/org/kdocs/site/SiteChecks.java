package org.kdocs.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks over a built site with Jsoup: pages, and links that do not resolve. */
final class SiteChecks {
    private final Path root;
    private final Map<Path, Document> pages = new HashMap<>();

    SiteChecks(Path root) throws IOException {
        this.root = root;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.put(file, Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
    }

    Map<Path, Document> pages() {
        return pages;
    }

    Document page(String relative) {
        return pages.get(root.resolve(relative));
    }

    /** Every local href or src that names a missing file or a missing anchor, as "page: link". */
    List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<Path, Document> entry : pages.entrySet()) {
            Path page = entry.getKey();
            for (Element element : entry.getValue().select("a[href], link[href], script[src], img[src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (link.isEmpty() || link.contains("://") || link.startsWith("mailto:") || link.startsWith("?")) {
                    continue;
                }
                int hash = link.indexOf('#');
                String file = hash < 0 ? link : link.substring(0, hash);
                String anchor = hash < 0 ? null : URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
                Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!target.startsWith(root) || !Files.exists(target)) {
                    broken.add(root.relativize(page) + ": " + link + " (no file)");
                    continue;
                }
                if (anchor != null && !anchor.isEmpty()) {
                    Document targetPage = pages.get(target);
                    if (targetPage == null || targetPage.getElementById(anchor) == null) {
                        broken.add(root.relativize(page) + ": " + link + " (no anchor)");
                    }
                }
            }
        }
        broken.sort(null);
        return broken;
    }
}
