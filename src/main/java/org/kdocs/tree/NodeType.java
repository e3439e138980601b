package org.kdocs.tree;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kind of an element: its tag name (docutils' class name, e.g.
 * {@code bullet_list}) and the categories docutils' class hierarchy gives it.
 * Extensions (Sphinx and kernel directives) define further types with
 * {@link #define}; the docutils types are the constants below.
 */
public final class NodeType {
    private static final Map<String, NodeType> BY_NAME = new ConcurrentHashMap<>();

    private final String tagname;
    private final Set<Category> categories;

    private NodeType(String tagname, Set<Category> categories) {
        this.tagname = tagname;
        this.categories = categories;
    }

    /** Defines (or returns the already defined) type with this tag name. */
    public static NodeType define(String tagname, Category... categories) {
        return BY_NAME.computeIfAbsent(tagname, name -> {
            EnumSet<Category> all = EnumSet.noneOf(Category.class);
            for (Category c : categories) {
                all.add(c);
                all.addAll(c.implied());
            }
            return new NodeType(name, java.util.Collections.unmodifiableSet(all));
        });
    }

    /** The type with this tag name, or null when none is defined. */
    public static NodeType byName(String tagname) {
        return BY_NAME.get(tagname);
    }

    public String tagname() {
        return tagname;
    }

    public boolean is(Category category) {
        return categories.contains(category);
    }

    public Set<Category> categories() {
        return categories;
    }

    @Override
    public String toString() {
        return tagname;
    }

    public static final NodeType DOCUMENT = define("document", Category.ROOT, Category.STRUCTURAL);
    public static final NodeType TITLE = define("title", Category.TITULAR, Category.PRE_BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType SUBTITLE = define("subtitle", Category.TITULAR, Category.PRE_BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType RUBRIC = define("rubric", Category.TITULAR, Category.TEXT_ELEMENT);
    public static final NodeType META = define("meta", Category.PRE_BIBLIOGRAPHIC);
    public static final NodeType DOCINFO = define("docinfo", Category.BIBLIOGRAPHIC);
    public static final NodeType AUTHOR = define("author", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType AUTHORS = define("authors", Category.BIBLIOGRAPHIC);
    public static final NodeType ORGANIZATION = define("organization", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType ADDRESS = define("address", Category.BIBLIOGRAPHIC, Category.FIXED_TEXT_ELEMENT);
    public static final NodeType CONTACT = define("contact", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType VERSION = define("version", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType REVISION = define("revision", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType STATUS = define("status", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType DATE = define("date", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType COPYRIGHT = define("copyright", Category.BIBLIOGRAPHIC, Category.TEXT_ELEMENT);
    public static final NodeType DECORATION = define("decoration", Category.DECORATIVE);
    public static final NodeType HEADER = define("header", Category.DECORATIVE);
    public static final NodeType FOOTER = define("footer", Category.DECORATIVE);
    public static final NodeType SECTION = define("section", Category.STRUCTURAL);
    public static final NodeType TOPIC = define("topic", Category.STRUCTURAL);
    public static final NodeType SIDEBAR = define("sidebar", Category.STRUCTURAL);
    public static final NodeType TRANSITION = define("transition", Category.STRUCTURAL);
    public static final NodeType PARAGRAPH = define("paragraph", Category.GENERAL, Category.TEXT_ELEMENT);
    public static final NodeType COMPOUND = define("compound", Category.GENERAL);
    public static final NodeType CONTAINER = define("container", Category.GENERAL);
    public static final NodeType BULLET_LIST = define("bullet_list", Category.SEQUENTIAL);
    public static final NodeType ENUMERATED_LIST = define("enumerated_list", Category.SEQUENTIAL);
    public static final NodeType LIST_ITEM = define("list_item", Category.PART);
    public static final NodeType DEFINITION_LIST = define("definition_list", Category.SEQUENTIAL);
    public static final NodeType DEFINITION_LIST_ITEM = define("definition_list_item", Category.PART);
    public static final NodeType TERM = define("term", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType CLASSIFIER = define("classifier", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType DEFINITION = define("definition", Category.PART);
    public static final NodeType FIELD_LIST = define("field_list", Category.SEQUENTIAL);
    public static final NodeType FIELD = define("field", Category.PART);
    public static final NodeType FIELD_NAME = define("field_name", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType FIELD_BODY = define("field_body", Category.PART);
    public static final NodeType OPTION = define("option", Category.PART);
    public static final NodeType OPTION_ARGUMENT = define("option_argument", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType OPTION_GROUP = define("option_group", Category.PART);
    public static final NodeType OPTION_LIST = define("option_list", Category.SEQUENTIAL);
    public static final NodeType OPTION_LIST_ITEM = define("option_list_item", Category.PART);
    public static final NodeType OPTION_STRING = define("option_string", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType DESCRIPTION = define("description", Category.PART);
    public static final NodeType LITERAL_BLOCK = define("literal_block", Category.GENERAL, Category.FIXED_TEXT_ELEMENT);
    public static final NodeType DOCTEST_BLOCK = define("doctest_block", Category.GENERAL, Category.FIXED_TEXT_ELEMENT);
    public static final NodeType MATH_BLOCK = define("math_block", Category.GENERAL, Category.FIXED_TEXT_ELEMENT);
    public static final NodeType LINE_BLOCK = define("line_block", Category.GENERAL);
    public static final NodeType LINE = define("line", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType BLOCK_QUOTE = define("block_quote", Category.GENERAL);
    public static final NodeType ATTRIBUTION = define("attribution", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType ATTENTION = define("attention", Category.ADMONITION);
    public static final NodeType CAUTION = define("caution", Category.ADMONITION);
    public static final NodeType DANGER = define("danger", Category.ADMONITION);
    public static final NodeType ERROR = define("error", Category.ADMONITION);
    public static final NodeType IMPORTANT = define("important", Category.ADMONITION);
    public static final NodeType NOTE = define("note", Category.ADMONITION);
    public static final NodeType TIP = define("tip", Category.ADMONITION);
    public static final NodeType HINT = define("hint", Category.ADMONITION);
    public static final NodeType WARNING = define("warning", Category.ADMONITION);
    public static final NodeType ADMONITION = define("admonition", Category.ADMONITION);
    public static final NodeType COMMENT = define("comment", Category.SPECIAL, Category.INVISIBLE, Category.FIXED_TEXT_ELEMENT);
    public static final NodeType SUBSTITUTION_DEFINITION = define("substitution_definition", Category.SPECIAL, Category.INVISIBLE, Category.TEXT_ELEMENT);
    public static final NodeType TARGET = define("target", Category.SPECIAL, Category.INVISIBLE, Category.INLINE, Category.TEXT_ELEMENT, Category.TARGETABLE);
    public static final NodeType FOOTNOTE = define("footnote", Category.GENERAL, Category.BACK_LINKABLE, Category.LABELED, Category.TARGETABLE);
    public static final NodeType CITATION = define("citation", Category.GENERAL, Category.BACK_LINKABLE, Category.LABELED, Category.TARGETABLE);
    public static final NodeType LABEL = define("label", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType FIGURE = define("figure", Category.GENERAL);
    public static final NodeType CAPTION = define("caption", Category.PART, Category.TEXT_ELEMENT);
    public static final NodeType LEGEND = define("legend", Category.PART);
    public static final NodeType TABLE = define("table", Category.GENERAL);
    public static final NodeType TGROUP = define("tgroup", Category.PART);
    public static final NodeType COLSPEC = define("colspec", Category.PART);
    public static final NodeType THEAD = define("thead", Category.PART);
    public static final NodeType TBODY = define("tbody", Category.PART);
    public static final NodeType ROW = define("row", Category.PART);
    public static final NodeType ENTRY = define("entry", Category.PART);
    public static final NodeType SYSTEM_MESSAGE = define("system_message", Category.SPECIAL, Category.BACK_LINKABLE, Category.PRE_BIBLIOGRAPHIC);
    public static final NodeType PENDING = define("pending", Category.SPECIAL, Category.INVISIBLE);
    public static final NodeType RAW = define("raw", Category.SPECIAL, Category.INLINE, Category.PRE_BIBLIOGRAPHIC, Category.FIXED_TEXT_ELEMENT);
    public static final NodeType EMPHASIS = define("emphasis", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType STRONG = define("strong", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType LITERAL = define("literal", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType REFERENCE = define("reference", Category.GENERAL, Category.INLINE, Category.REFERENTIAL, Category.TEXT_ELEMENT);
    public static final NodeType FOOTNOTE_REFERENCE = define("footnote_reference", Category.INLINE, Category.REFERENTIAL, Category.TEXT_ELEMENT);
    public static final NodeType CITATION_REFERENCE = define("citation_reference", Category.INLINE, Category.REFERENTIAL, Category.TEXT_ELEMENT);
    public static final NodeType SUBSTITUTION_REFERENCE = define("substitution_reference", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType TITLE_REFERENCE = define("title_reference", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType ABBREVIATION = define("abbreviation", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType ACRONYM = define("acronym", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType SUPERSCRIPT = define("superscript", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType SUBSCRIPT = define("subscript", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType MATH = define("math", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType IMAGE = define("image", Category.GENERAL, Category.INLINE);
    public static final NodeType INLINE = define("inline", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType PROBLEMATIC = define("problematic", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType GENERATED = define("generated", Category.INLINE, Category.TEXT_ELEMENT);
}
