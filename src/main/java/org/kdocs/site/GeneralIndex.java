package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kdocs.site.ext.sphinx.SphinxNodes;
import org.kdocs.tree.Element;
import org.kdocs.writers.html.Html;

/**
 * Sphinx's general index (genindex.html): every term of every {@code index}
 * directive, sorted case-insensitively and grouped by first letter, each
 * linking to the places that named it.
 */
final class GeneralIndex {
    private record Place(String url, String title) {
    }

    private final Map<String, Map<String, List<Place>>> byLetter = new TreeMap<>();

    void add(Page page) {
        for (Element index : page.document().findAll(SphinxNodes.INDEX)) {
            String entries = index.getString("entries");
            String refid = index.getString("refid");
            if (entries == null || entries.isEmpty() || refid == null) {
                continue;
            }
            for (String term : entries.split("\n")) {
                String letter = term.substring(0, term.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
                byLetter.computeIfAbsent(letter, k -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                        .computeIfAbsent(term, k -> new ArrayList<>())
                        .add(new Place(page.path() + "#" + refid, page.title()));
            }
        }
    }

    boolean isEmpty() {
        return byLetter.isEmpty();
    }

    /** The article body of genindex.html, whose links are relative to the site root. */
    String html() {
        StringBuilder out = new StringBuilder();
        if (byLetter.isEmpty()) {
            out.append("<p>No index entries.</p>\n");
        }
        for (Map.Entry<String, Map<String, List<Place>>> letter : byLetter.entrySet()) {
            out.append("<h2>").append(Html.text(letter.getKey())).append("</h2>\n<ul class=\"genindex-entries\">\n");
            for (Map.Entry<String, List<Place>> term : letter.getValue().entrySet()) {
                out.append("<li>").append(Html.text(term.getKey()));
                for (Place place : term.getValue()) {
                    out.append(" <a href=\"").append(Html.attr(place.url())).append("\">")
                            .append(Html.text(place.title())).append("</a>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.toString();
    }
}
