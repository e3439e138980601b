package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kdocs.tree.Element;
import org.kdocs.writers.html.Html;

/**
 * Sphinx's general index (genindex.html): every term of every {@code index}
 * node, sorted case-insensitively and grouped by first letter, each linking
 * to the places that named it. A term "main; sub" (as the std domain's
 * "environment variable; NAME") is a sub-entry listed below its main term;
 * pair and triple entries are listed under each of their parts, see and
 * seealso entries as "see ..." without a link.
 */
final class GeneralIndex {
    /** Where an entry links to: the page's URL seen from genindex.html, with the anchor, and its title. */
    record Place(String url, String title) {
    }

    /** One main term: the places naming it, and its sub-entries. */
    private record Term(List<Place> places, Map<String, List<Place>> subs) {
    }

    private final Map<String, Map<String, Term>> byLetter = new TreeMap<>();
    // the HTML once made, until an entry comes: serve's rebuilds keep the index of the last build
    private String html;

    /** One line of an index node's entries, and where it links to. */
    record Entry(String line, Place place) {
    }

    /** The entries of a page's {@code index} nodes; on any thread. */
    static List<Entry> entries(Page page, List<Element> indexes) {
        List<Entry> entries = new ArrayList<>();
        for (Element index : indexes) {
            String lines = index.getString("entries");
            String refid = index.getString("refid");
            if (lines == null || lines.isEmpty() || refid == null) {
                continue;
            }
            Place place = new Place(Urls.relative("genindex.html", page.path()) + "#" + refid, page.title());
            for (String line : lines.split("\n")) {
                entries.add(new Entry(line, place));
            }
        }
        return entries;
    }

    /** Adds a page's entries; in page order. */
    void add(List<Entry> entries) {
        html = null;
        for (Entry entry : entries) {
            addEntry(entry.line(), entry.place());
        }
    }

    // one entry line "[!]type: value" (untyped: single), expanded as Sphinx's IndexEntries.create_index
    private void addEntry(String line, Place place) {
        String entry = line.startsWith("!") ? line.substring(1) : line;
        int colon = entry.indexOf(':');
        String type = colon > 0 ? entry.substring(0, colon) : "";
        if (!List.of("single", "pair", "triple", "see", "seealso").contains(type)) {
            type = "single";
        } else {
            entry = entry.substring(colon + 1);
        }
        String[] parts = entry.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        switch (type) {
            case "pair" -> {
                if (parts.length >= 2) {
                    add(parts[0], parts[1], place);
                    add(parts[1], parts[0], place);
                }
            }
            case "triple" -> {
                if (parts.length >= 3) {
                    add(parts[0], parts[1] + " " + parts[2], place);
                    add(parts[1], parts[2] + ", " + parts[0], place);
                    add(parts[2], parts[0] + " " + parts[1], place);
                }
            }
            case "see", "seealso" -> {
                if (parts.length >= 2) {
                    add(parts[0], (type.equals("see") ? "see " : "see also ") + parts[1], null);
                }
            }
            default -> add(parts[0], parts.length > 1 ? String.join("; ", java.util.Arrays.asList(parts)
                    .subList(1, parts.length)) : "", place);
        }
    }

    private void add(String term, String sub, Place place) {
        if (term.isEmpty()) {
            return;
        }
        String letter = term.substring(0, term.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        Term main = byLetter.computeIfAbsent(letter, k -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                .computeIfAbsent(term, k -> new Term(new ArrayList<>(), new TreeMap<>(String.CASE_INSENSITIVE_ORDER)));
        List<Place> places = sub.isEmpty() ? main.places() : main.subs().computeIfAbsent(sub, k -> new ArrayList<>());
        if (place != null) {
            places.add(place);
        }
    }

    boolean isEmpty() {
        return byLetter.isEmpty();
    }

    /** The article body of genindex.html, whose links are relative to the site root. */
    String html() {
        if (html == null) {
            html = render();
        }
        return html;
    }

    private String render() {
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
