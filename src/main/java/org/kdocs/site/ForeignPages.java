package org.kdocs.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.writers.html.CjkHtmlLineBreaks;

/**
 * How a page written in another markup (AsciiDoc, Markdown) joins the site:
 * its headings become document sections, so the title, in-page contents,
 * section labels and toctree entries work as for reStructuredText, and the
 * content between headings is HTML already converted by that format's
 * library, kept in raw nodes marked {@link #FOREIGN_CLASS}. Links in that
 * HTML are checked and resolved by {@link ForeignLinks}.
 *
 * <pre>{@code
 * ForeignPages.Builder page = ForeignPages.builder(source);
 * page.section(1, "Title", null);
 * page.html("<p>Text</p>");
 * Document document = page.document();
 * }</pre>
 */
public final class ForeignPages {
    /** Class of the raw HTML nodes produced by foreign readers; the search index reads their text. */
    public static final String FOREIGN_CLASS = "kdocs-foreign";
    /**
     * Document attributes of a man page (name, manual section, one-line purpose), which a
     * reader sets; a tree without an index page lists its man pages by them ({@link ManPageIndex}).
     */
    public static final String MAN_NAME = "manname";
    public static final String MAN_VOLUME = "manvolnum";
    public static final String MAN_PURPOSE = "manpurpose";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ForeignPages() {
    }

    public static Builder builder(SourceDoc source) {
        return new Builder(source.file().toString());
    }

    /**
     * A page that shows {@code text} as one literal block under the docname as title: what a reader
     * gives when it cannot or may not render its format (it warns why itself).
     */
    public static Document plainPage(SourceDoc source, String text) {
        return builder(source).section(1, source.docname(), null).code(text, null).document();
    }

    /** The visible text of converted HTML, for the search index and plain titles. */
    public static String plainText(String html) {
        return TAG.matcher(html).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#8217;", "\u2019").replace("&#160;", " ").replace("&amp;", "&");
    }

    /** Builds the section tree of a page from headings and HTML blocks in document order. */
    public static final class Builder {
        private final Document document;
        private final Deque<Element> open = new ArrayDeque<>();
        private final Deque<Integer> levels = new ArrayDeque<>();

        private Builder(String location) {
            document = new Document(location, Reporter.quiet(location), "", "id");
            open.push(document);
            levels.push(0);
        }

        /**
         * Opens a section at heading {@code level} (1 = page title), closing
         * deeper or equal ones. {@code id} is the anchor the format chose;
         * null derives one from the title as docutils does.
         */
        public Builder section(int level, String title, String id) {
            while (levels.peek() >= level && open.size() > 1) {
                open.pop();
                levels.pop();
            }
            Element section = new Element(NodeType.SECTION);
            String anchor = id == null || id.isBlank() ? Names.makeId(title) : id;
            if (anchor.isEmpty()) {
                anchor = "section";
            }
            String unique = anchor;
            for (int n = 1; document.hasId(unique); n++) {
                unique = anchor + "-" + n;
            }
            section.ids().add(unique);
            section.names().add(Names.fullyNormalize(title));
            document.registerId(unique, section);
            section.add(Element.text(NodeType.TITLE, title, title));
            open.peek().add(section);
            open.push(section);
            levels.push(level);
            return this;
        }

        /**
         * Adds converted HTML to the innermost open section, without the line
         * breaks that would show as spaces between Chinese characters.
         */
        public Builder html(String html) {
            if (html != null && !html.isBlank()) {
                String joined = CjkHtmlLineBreaks.join(html);
                Element raw = Element.text(NodeType.RAW, "", joined);
                raw.set("format", "html");
                raw.classes().add(FOREIGN_CLASS);
                open.peek().add(raw);
            }
            return this;
        }

        /**
         * Adds a code block as a literal block of the site, so that it looks and
         * is highlighted like one from reStructuredText; {@code language} may be null.
         */
        public Builder code(String text, String language) {
            String code = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            Element literal = Element.text(NodeType.LITERAL_BLOCK, code, code);
            literal.set("xml:space", "preserve");
            if (language != null && !language.isBlank()) {
                literal.set("language", language.strip());
            }
            open.peek().add(literal);
            return this;
        }

        /** Adds a node of the site's own tree to the innermost open section. */
        public Builder node(Element node) {
            open.peek().add(node);
            return this;
        }

        public Document document() {
            return document;
        }
    }
}
