package org.kdocs.transforms;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Test helper: reads docutils' parse-only pseudo-XML (as written by
 * scripts/gen-transform-examples.py, with kdocs:line, kdocs:source and
 * kdocs:rawsource attributes carrying node state pseudo-XML does not show)
 * back into a Document, and redoes the bookkeeping the parser would have done
 * (ids, names, references, footnotes, citations, substitutions, pendings), so
 * the transforms can be tested before the real parser exists.
 */
final class PseudoXmlReader {
    private static final Pattern START_TAG = Pattern.compile("<([a-z_][a-z0-9_]*)((?: [^ =]+=\".*?\")*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([^ =]+)=\"(.*?)\"(?= [^ =]+=\"|$)");
    private static final Set<String> INT_ATTRIBUTES = Set.of("level", "line", "anonymous", "start", "colwidth",
            "morerows", "morecols", "cols", "auto", "trim", "ltrim", "rtrim");
    private static final String INDENT = "    ";
    private static final char NEWLINE_MARK = '\u2424';
    private static final String TEXT_MARK = "\u2402";

    private PseudoXmlReader() {
    }

    /** Reads the document; messages the transforms write go to {@code warnings}. */
    static Document read(String pseudoXml, Consumer<String> warnings) {
        List<String> lines = List.of(pseudoXml.split("\n", -1));
        Map<String, String> rootAttributes = attributes(lines.get(0).substring("<document".length(),
                lines.get(0).length() - 1));
        String source = rootAttributes.get("source");
        // no halting while the parser's bookkeeping is redone; callers set the halt level they test
        Reporter reporter = new Reporter(source, Severity.WARNING, null, false, warnings);
        installLocator(reporter, source, rootAttributes);
        Document document = new Document(source, reporter);
        boolean annotated = rootAttributes.containsKey("kdocs:lines");
        Map<String, String> documentAttributes = new LinkedHashMap<>(rootAttributes);
        documentAttributes.keySet().removeIf(k -> k.startsWith("kdocs:") || k.equals("source"));
        applyAttributes(document, documentAttributes);
        Deque<Element> open = new ArrayDeque<>();
        open.push(document);
        Map<Element, StringBuilder> pendingText = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == lines.size() - 1 && line.isEmpty()) {
                break;
            }
            // the deepest open element whose children are indented like this line
            while (open.size() > 1 && !line.startsWith(INDENT.repeat(open.size()))) {
                flushText(open.pop(), pendingText, annotated);
            }
            String content = line.substring(Math.min(line.length(), INDENT.length() * open.size()));
            Matcher tag = START_TAG.matcher(content);
            if (tag.matches() && NodeType.byName(tag.group(1)) != null
                    && (!annotated || tag.group(2).contains(" kdocs:line=\""))) {
                flushText(open.peek(), pendingText, annotated);
                Element element;
                if (tag.group(1).equals("pending")) {
                    PendingRead read = readPending(lines, i, open.size());
                    i = read.lastLine();
                    element = read.pending();
                } else {
                    element = new Element(NodeType.byName(tag.group(1)));
                }
                applyAttributes(element, attributes(tag.group(2)));
                open.peek().add(element);
                open.push(element);
            } else {
                StringBuilder text = pendingText.get(open.peek());
                if (annotated && content.startsWith(TEXT_MARK)) {
                    flushText(open.peek(), pendingText, true);
                    pendingText.put(open.peek(), new StringBuilder(content.substring(1)));
                } else if (text == null) {
                    pendingText.put(open.peek(), new StringBuilder(content));
                } else {
                    text.append('\n').append(content);
                }
            }
        }
        while (!open.isEmpty()) {
            flushText(open.pop(), pendingText, annotated);
        }
        register(document);
        reporter.setHaltLevel(Severity.SEVERE);
        return document;
    }

    private static void installLocator(Reporter reporter, String source, Map<String, String> root) {
        Integer endLine = root.containsKey("kdocs:endline") ? Integer.valueOf(root.get("kdocs:endline")) : null;
        int lineCount = Integer.parseInt(root.getOrDefault("kdocs:lines", "0"));
        reporter.setLocator(absolute -> {
            if (absolute == null) {
                return new Reporter.SourceLine(endLine == null ? null : source, endLine);
            }
            return absolute >= 1 && absolute <= lineCount + 1 ? new Reporter.SourceLine(source, absolute)
                    : new Reporter.SourceLine(null, null);
        });
    }

    private static void flushText(Element element, Map<Element, StringBuilder> pendingText, boolean annotated) {
        StringBuilder text = pendingText.remove(element);
        if (text != null) {
            if (annotated) {
                // the generator shows a text's final line break as U+2424, escape markers as U+2400
                if (text.length() > 0 && text.charAt(text.length() - 1) == NEWLINE_MARK) {
                    text.setCharAt(text.length() - 1, '\n');
                }
                element.add(new Text(text.toString().replace('\u2400', '\u0000')));
                return;
            } else if (text.length() == 0 || text.charAt(text.length() - 1) == '\n') {
                // pformat drops a final line break; a last empty line shows there was one
                text.append('\n');
            }
            element.add(new Text(text.toString()));
        }
    }

    // ---- pending nodes: ".. internal attributes:" blocks

    private record PendingRead(Pending pending, int lastLine) {
    }

    /** Reads the internal-attributes lines after a pending start tag. */
    private static PendingRead readPending(List<String> lines, int tagLine, int depth) {
        String prefix = INDENT.repeat(depth + 1);
        String transform = null;
        Map<String, Object> details = new LinkedHashMap<>();
        int i = tagLine + 1;
        if (i < lines.size() && lines.get(i).equals(prefix + ".. internal attributes:")) {
            i++;
            while (i < lines.size() && lines.get(i).startsWith(prefix + "     ")) {
                String body = lines.get(i).substring(prefix.length() + 5);
                if (body.startsWith(".transform: ")) {
                    transform = body.substring(".transform: ".length());
                } else if (body.startsWith("  ") && !body.startsWith("    ")) {
                    String entry = body.substring(2);
                    int colon = entry.indexOf(':');
                    String key = entry.substring(0, colon);
                    String value = entry.substring(colon + 1);
                    if (value.isEmpty()) {
                        List<Node> nodes = new ArrayList<>();
                        StringBuilder nested = new StringBuilder();
                        while (i + 1 < lines.size() && lines.get(i + 1).startsWith(prefix + "         ")) {
                            nested.append(lines.get(++i).substring(prefix.length() + 9)).append('\n');
                        }
                        nodes.addAll(readFragment(nested.toString()));
                        details.put(key, nodes);
                    } else {
                        details.put(key, PyLiteral.parse(value.substring(1)));
                    }
                }
                i++;
            }
            i--;
        } else {
            i = tagLine;
        }
        return new PendingRead(new Pending(transform, details), i);
    }

    private static List<Node> readFragment(String pseudoXml) {
        Document holder = read("<document source=\"fragment\">\n" + pseudoXml.replaceAll("(?m)^", INDENT), s -> {
        });
        List<Node> nodes = new ArrayList<>(holder.children());
        holder.clearChildren();
        return nodes;
    }

    // ---- attributes

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static void applyAttributes(Element element, Map<String, String> attributes) {
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            switch (name) {
                case "kdocs:line" -> element.setLine(Math.max(0, Integer.parseInt(value)));
                case "kdocs:source" -> element.setSource(value);
                case "kdocs:rawsource" -> element.setRawsource(URLDecoder.decode(value, StandardCharsets.UTF_8));
                default -> {
                    if (Element.LIST_ATTRIBUTES.contains(name)) {
                        element.list(name).addAll(splitList(value));
                    } else if (INT_ATTRIBUTES.contains(name) && value.matches("-?\\d+")) {
                        element.set(name, Integer.valueOf(value));
                    } else {
                        element.set(name, value);
                    }
                }
            }
        }
    }

    private static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(value.charAt(++i));
            } else if (c == ' ') {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!value.isEmpty()) {
            items.add(current.toString());
        }
        return items;
    }

    // ---- the parser's bookkeeping, redone in document order

    private static void register(Document document) {
        for (Node node : document.traverse()) {
            if (node == document || !(node instanceof Element e)) {
                continue;
            }
            for (String id : e.ids()) {
                if (!document.hasId(id)) {
                    document.registerId(id, e);
                }
            }
            if (!e.is(NodeType.SUBSTITUTION_DEFINITION)) {
                registerNames(document, e);
            }
            registerReferences(document, e);
        }
    }

    private static void registerNames(Document document, Element e) {
        boolean explicit = !e.is(NodeType.SECTION);
        String id = e.ids().isEmpty() ? null : e.ids().get(e.ids().size() - 1);
        for (String name : e.names()) {
            document.registerName(name, id, explicit);
        }
        for (String name : e.dupnames()) {
            document.registerDuplicateName(name, explicit);
        }
    }

    private static void registerReferences(Document document, Element e) {
        Object auto = e.get("auto");
        Document.FootnoteKind kind = Integer.valueOf(1).equals(auto) ? Document.FootnoteKind.AUTONUMBERED
                : "*".equals(auto) ? Document.FootnoteKind.SYMBOL : Document.FootnoteKind.LABELLED;
        if (e.is(NodeType.REFERENCE) && e.has("refname")) {
            document.noteRefname(e);
        } else if (e.is(NodeType.TARGET)) {
            if (e.has("refname")) {
                document.noteIndirectTarget(e);
            }
        } else if (e.is(NodeType.FOOTNOTE)) {
            document.registerFootnote(e, kind);
        } else if (e.is(NodeType.CITATION)) {
            document.noteCitation(e);
        } else if (e.is(NodeType.FOOTNOTE_REFERENCE)) {
            document.registerFootnoteRef(e, kind);
            if (e.has("refname")) {
                document.noteFootnoteRef(e);
            }
        } else if (e.is(NodeType.CITATION_REFERENCE) && e.has("refname")) {
            document.noteCitationRef(e);
        } else if (e.is(NodeType.SUBSTITUTION_DEFINITION)) {
            List<String> names = e.names().isEmpty() ? e.dupnames() : e.names();
            if (!names.isEmpty()) {
                String name = Names.whitespaceNormalize(names.get(0));
                document.registerSubstitutionDefinition(name, e);
            }
        } else if (e instanceof Pending pending) {
            document.notePending(pending, null);
        }
    }
}
