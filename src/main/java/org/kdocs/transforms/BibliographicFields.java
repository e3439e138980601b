package org.kdocs.transforms;

import java.util.List;
import java.util.Map;

import org.kdocs.tree.NodeType;

/**
 * The English bibliographic field names and labels DocInfo recognises
 * (docutils.languages.en bibliographic_fields, labels, author_separators).
 * Transforms cannot see the rst package's language tables, so they keep their own.
 */
final class BibliographicFields {
    private BibliographicFields() {
    }

    /** Normalised field name to canonical name. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("author", "author"), Map.entry("authors", "authors"),
            Map.entry("organization", "organization"), Map.entry("address", "address"),
            Map.entry("contact", "contact"), Map.entry("version", "version"),
            Map.entry("revision", "revision"), Map.entry("status", "status"),
            Map.entry("date", "date"), Map.entry("copyright", "copyright"),
            Map.entry("dedication", "dedication"), Map.entry("abstract", "abstract"));

    /** Canonical name to the label a generated topic title shows. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("author", "Author"), Map.entry("authors", "Authors"),
            Map.entry("organization", "Organization"), Map.entry("address", "Address"),
            Map.entry("contact", "Contact"), Map.entry("version", "Version"),
            Map.entry("revision", "Revision"), Map.entry("status", "Status"),
            Map.entry("date", "Date"), Map.entry("copyright", "Copyright"),
            Map.entry("dedication", "Dedication"), Map.entry("abstract", "Abstract"),
            Map.entry("contents", "Contents"));

    static final List<String> AUTHOR_SEPARATORS = List.of(";", ",");

    /** The element type of a canonical field; null for authors, dedication and abstract. */
    static NodeType textElementType(String canonical) {
        return switch (canonical) {
            case "author" -> NodeType.AUTHOR;
            case "organization" -> NodeType.ORGANIZATION;
            case "address" -> NodeType.ADDRESS;
            case "contact" -> NodeType.CONTACT;
            case "version" -> NodeType.VERSION;
            case "revision" -> NodeType.REVISION;
            case "status" -> NodeType.STATUS;
            case "date" -> NodeType.DATE;
            case "copyright" -> NodeType.COPYRIGHT;
            default -> null;
        };
    }
}
