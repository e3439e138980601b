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
 * node, sorted case-insensitively and grouped by first letter, each linking
 * to the places that named it. A term "main; sub" (as the std domain's
 * "environment variable; NAME") is a sub-entry listed below its main term.
 */
final class GeneralIndex {
    private record Place(String url, String title) {
    }

    /** One main term: the places naming it, and its sub-entries. */
    private record Term(List<Place> places, Map<String, List<Place>> subs) {
    }

    private final Map<String, Map<String, Term>> byLetter = new TreeMap<>();

    void add(Page page) {
        for (Element index : page.document().findAll(SphinxNodes.INDEX)) {
            String entries = index.getString("entries");
            String refid = index.getString("refid");
            if (entries == null || entries.isEmpty() || refid == null) {
                continue;
            }
            for (String entry : entries.split("\n")) {
                int split = entry.indexOf(';');
                String term = split < 0 ? entry.strip() : entry.substring(0, split).strip();
                String sub = split < 0 ? "" : entry.substring(split + 1).strip();
                if (term.isEmpty()) {
                    continue;
                }
                String letter = term.substring(0, term.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
                Term main = byLetter.computeIfAbsent(letter, k -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                        .computeIfAbsent(term, k -> new Term(new ArrayList<>(),
                                new TreeMap<>(String.CASE_INSENSITIVE_ORDER)));
                Place place = new Place(Urls.relative("genindex.html", page.path()) + "#" + refid, page.title());
                if (sub.isEmpty()) {
                    main.places().add(place);
                } else {
                    main.subs().computeIfAbsent(sub, k -> new ArrayList<>()).add(place);
                }
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
        for (Map.Entry<String, Map<String, Term>> letter : byLetter.entrySet()) {
            out.append("<h2>").append(Html.text(letter.getKey())).append("</h2>\n<ul class=\"genindex-entries\">\n");
            for (Map.Entry<String, Term> term : letter.getValue().entrySet()) {
                out.append("<li>").append(Html.text(term.getKey()));
                links(out, term.getValue().places());
                if (!term.getValue().subs().isEmpty()) {
                    out.append("<ul>");
                    for (Map.Entry<String, List<Place>> sub : term.getValue().subs().entrySet()) {
                        out.append("<li>").append(Html.text(sub.getKey()));
                        links(out, sub.getValue());
                        out.append("</li>");
                    }
                    out.append("</ul>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.toString();
    }

    private static void links(StringBuilder out, List<Place> places) {
        for (Place place : places) {
            out.append(" <a href=\"").append(Html.attr(place.url())).append("\">")
                    .append(Html.text(place.title())).append("</a>");
        }
    }
}
