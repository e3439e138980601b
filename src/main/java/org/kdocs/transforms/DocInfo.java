package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Turns a field list at the start of the document into bibliographic data:
 * a docinfo element, plus dedication and abstract topics
 * (docutils.transforms.frontmatter.DocInfo).
 */
final class DocInfo implements Transform {
    private static final class NotExtractable extends Exception {
        NotExtractable() {
            super(null, null, false, false);
        }
    }

    // docutils' RCS keyword clean-ups, in order; the first that matches is applied.
    private static final List<Pattern> RCS_PATTERNS = List.of(
            Pattern.compile("\\$Date: (\\d\\d\\d\\d)[-/](\\d\\d)[-/](\\d\\d)[ T][\\d:]+[^$]* \\$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
            Pattern.compile("\\$RCSfile: (.+),v \\$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\$[a-zA-Z]+: (.+) \\$"));
    private static final List<String> RCS_REPLACEMENTS = List.of("$1-$2-$3", "$1", "$1");

    @Override
    public void apply(TransformContext context, Pending startNode) {
        if (!context.settings().docinfoXform()) {
            return;
        }
        Document document = context.document();
        int index = document.firstChildNotMatching(TitlePromoter::isPreBibliographic);
        if (index < 0 || !(document.child(index) instanceof Element candidate)
                || !candidate.is(NodeType.FIELD_LIST)) {
            return;
        }
        int biblioIndex = document.firstChildNotMatching(n -> n instanceof Element e
                && (e.is(Category.TITULAR) || e.is(Category.DECORATIVE) || e.is(NodeType.META)));
        List<Node> extracted = extract(context, candidate);
        document.removeAt(index);
        document.insertAll(biblioIndex, extracted);
    }

    private List<Node> extract(TransformContext context, Element fieldList) {
        Element docinfo = new Element(NodeType.DOCINFO);
        Map<String, Element> topics = new LinkedHashMap<>();
        topics.put("dedication", null);
        topics.put("abstract", null);
        for (Node node : List.copyOf(fieldList.children())) {
            if (!(node instanceof Element field)) {
                continue;
            }
            String normed = "";
            try {
                String name = field.size() > 0 && field.child(0) instanceof Element fieldName
                        && fieldName.size() > 0 ? fieldName.child(0).astext() : "";
                normed = Names.fullyNormalize(name);
                if (!(field.size() == 2 && field.child(1) instanceof Element
                        && BibliographicFields.NAMES.containsKey(normed) && checkNotEmpty(context, field, name))) {
                    throw new NotExtractable();
                }
                String canonical = BibliographicFields.NAMES.get(normed);
                Element body = (Element) field.child(1);
                NodeType textType = BibliographicFields.textElementType(canonical);
                if (textType != null) {
                    checkSingleParagraph(context, field, name);
                    Element paragraph = (Element) body.child(0);
                    cleanRcsKeywords(paragraph);
                    Element item = new Element(textType);
                    item.addAll(new ArrayList<>(paragraph.children()));
                    docinfo.add(item);
                } else if (canonical.equals("authors")) {
                    extractAuthors(context, field, name, docinfo);
                } else {
                    if (topics.get(canonical) != null) {
                        lastChild(field).add(context.reporter().messageAt(Severity.WARNING,
                                "There can only be one \"" + name + "\" field.", field));
                        throw new NotExtractable();
                    }
                    String label = BibliographicFields.LABELS.get(canonical);
                    Element topic = new Element(NodeType.TOPIC);
                    topic.add(Element.text(NodeType.TITLE, name, label));
                    topic.classes().add(canonical);
                    topic.addAll(new ArrayList<>(body.children()));
                    topics.put(canonical, topic);
                }
            } catch (NotExtractable e) {
                if (field.size() > 0 && field.child(field.size() - 1) instanceof Element last
                        && last.size() == 1 && last.child(0) instanceof Element p && p.is(NodeType.PARAGRAPH)) {
                    cleanRcsKeywords(p);
                }
                String classValue = Names.makeId(normed);
                if (!classValue.isEmpty()) {
                    field.classes().add(classValue);
                }
                docinfo.add(field);
            }
        }
        List<Node> result = new ArrayList<>();
        if (docinfo.size() > 0) {
            result.add(docinfo);
        }
        for (Element topic : topics.values()) {
            if (topic != null) {
                result.add(topic);
            }
        }
        return result;
    }

    private static Element lastChild(Element field) {
        return (Element) field.child(field.size() - 1);
    }

    private static boolean checkNotEmpty(TransformContext context, Element field, String name) {
        Element body = lastChild(field);
        if (body.size() < 1) {
            body.add(context.reporter().messageAt(Severity.WARNING,
                    "Cannot extract empty bibliographic field \"" + name + "\".", field));
            return false;
        }
        return true;
    }

    private static void checkSingleParagraph(TransformContext context, Element field, String name)
            throws NotExtractable {
        Element body = lastChild(field);
        if (body.size() > 1) {
            body.add(context.reporter().messageAt(Severity.WARNING,
                    "Cannot extract compound bibliographic field \"" + name + "\".", field));
            throw new NotExtractable();
        }
        if (!(body.child(0) instanceof Element p && p.is(NodeType.PARAGRAPH))) {
            body.add(context.reporter().messageAt(Severity.WARNING, "Cannot extract bibliographic field \""
                    + name + "\" containing anything other than a single paragraph.", field));
            throw new NotExtractable();
        }
    }

    static void cleanRcsKeywords(Element paragraph) {
        if (paragraph.size() != 1 || !(paragraph.child(0) instanceof Text text)) {
            return;
        }
        for (int i = 0; i < RCS_PATTERNS.size(); i++) {
            Matcher matcher = RCS_PATTERNS.get(i).matcher(text.raw());
            if (matcher.find()) {
                paragraph.replace(text, new Text(matcher.replaceAll(RCS_REPLACEMENTS.get(i))));
                return;
            }
        }
    }

    private void extractAuthors(TransformContext context, Element field, String name, Element docinfo)
            throws NotExtractable {
        Element body = (Element) field.child(1);
        List<List<Node>> authors = null;
        if (body.size() == 1) {
            if (body.child(0) instanceof Element p && p.is(NodeType.PARAGRAPH)) {
                authors = authorsFromOneParagraph(body);
            } else if (body.child(0) instanceof Element list && list.is(NodeType.BULLET_LIST)) {
                authors = authorsFromBulletList(list);
            }
        } else {
            authors = authorsFromParagraphs(body);
        }
        List<Node> authorNodes = new ArrayList<>();
        if (authors != null) {
            for (List<Node> author : authors) {
                if (!author.isEmpty()) {
                    Element element = new Element(NodeType.AUTHOR);
                    element.addAll(author);
                    authorNodes.add(element);
                }
            }
        }
        if (authorNodes.isEmpty()) {
            body.add(context.reporter().messageAt(Severity.WARNING, "Bibliographic field \"" + name
                    + "\" incompatible with extraction: it must contain either a single paragraph (with authors "
                    + "separated by one of \"" + String.join("", BibliographicFields.AUTHOR_SEPARATORS)
                    + "\"), multiple paragraphs (one per author), or a bullet list with one paragraph (one author)"
                    + " per item.", field));
            throw new NotExtractable();
        }
        Element authorsElement = new Element(NodeType.AUTHORS);
        authorsElement.addAll(authorNodes);
        docinfo.add(authorsElement);
    }

    private static List<List<Node>> authorsFromOneParagraph(Element body) {
        StringBuilder text = new StringBuilder();
        for (Node node : body.traverse()) {
            if (node instanceof Text t) {
                text.append(t.raw());
            }
        }
        if (text.length() == 0) {
            return null;
        }
        String[] names = new String[] {text.toString()};
        for (String separator : BibliographicFields.AUTHOR_SEPARATORS) {
            names = text.toString().split("(?<!\u0000)" + Pattern.quote(separator), -1);
            if (names.length > 1) {
                break;
            }
        }
        List<List<Node>> authors = new ArrayList<>();
        for (String author : names) {
            String stripped = PyText.strip(author);
            if (!stripped.isEmpty()) {
                authors.add(List.of(new Text(stripped)));
            }
        }
        return authors;
    }

    private static List<List<Node>> authorsFromBulletList(Element list) {
        List<List<Node>> authors = new ArrayList<>();
        for (Node node : list.children()) {
            if (node instanceof Element item && item.is(NodeType.COMMENT)) {
                continue;
            }
            if (!(node instanceof Element item) || item.size() != 1
                    || !(item.child(0) instanceof Element p && p.is(NodeType.PARAGRAPH))) {
                return null;
            }
            authors.add(new ArrayList<>(p.children()));
        }
        return authors.isEmpty() ? null : authors;
    }

    private static List<List<Node>> authorsFromParagraphs(Element body) {
        List<List<Node>> authors = new ArrayList<>();
        for (Node node : body.children()) {
            if (!(node instanceof Element e) || !(e.is(NodeType.PARAGRAPH) || e.is(NodeType.COMMENT))) {
                return null;
            }
            if (e.is(NodeType.PARAGRAPH)) {
                authors.add(new ArrayList<>(e.children()));
            }
        }
        return authors;
    }
}
