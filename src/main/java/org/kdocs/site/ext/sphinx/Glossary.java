package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The glossary directive (sphinx.domains.std.Glossary). Its content is not
 * a reStructuredText definition list but Sphinx's own line format: unindented
 * lines are terms (several in a row name one entry), the indented lines that
 * follow, blank lines allowed between, are the definition. Each term gets the
 * anchor {@code term-NAME} that {@code :term:} links to.
 */
public final class Glossary implements Directive {
    /** One entry: its term lines (index into the content) and its definition lines. */
    private record Entry(List<Integer> terms, SourceLines definition) {
    }

    @Override
    public boolean hasContent() {
        return true;
    }

    @Override
    public Map<String, OptionConverter> optionSpec() {
        return Map.of("sorted", Options.FLAG);
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        List<Node> messages = new ArrayList<>();
        List<Entry> entries = split(call, messages);
        Element list = new Element(NodeType.DEFINITION_LIST);
        list.classes().add("glossary");
        List<Element> items = new ArrayList<>();
        for (Entry entry : entries) {
            items.add(item(call, entry, messages));
        }
        if (call.options().containsKey("sorted")) {
            // Sphinx sorts by the decomposed lower-case term, so "é" sorts as "e" followed by its accent
            items.sort(Comparator.comparing(item -> java.text.Normalizer.normalize(
                    item.children().get(0).astext().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)));
        }
        items.forEach(list::add);
        Element container = new Element(NodeType.CONTAINER);
        container.classes().add("glossary");
        container.add(list);
        List<Node> result = new ArrayList<>(messages);
        result.add(container);
        return result;
    }

    // Sphinx's line rules, with its warnings for the misformatted cases
    private static List<Entry> split(DirectiveCall call, List<Node> messages) {
        SourceLines content = call.content();
        List<Entry> entries = new ArrayList<>();
        boolean inDefinition = false;
        boolean wasEmpty = true;
        int indent = 0;
        for (int i = 0; i < content.size(); i++) {
            String line = content.get(i);
            int lineno = content.offset(i) + 1;
            if (line.isBlank()) {
                if (inDefinition && !entries.isEmpty()) {
                    entries.get(entries.size() - 1).definition().add("", content.origin(i));
                }
                wasEmpty = true;
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                if (line.startsWith(".. ")) {
                    continue; // a comment between entries
                }
                if (inDefinition || entries.isEmpty()) {
                    if (inDefinition && !wasEmpty) {
                        messages.add(call.context().reporter().warning(
                                "glossary term must be preceded by empty line", lineno));
                    }
                    entries.add(new Entry(new ArrayList<>(List.of(i)), new SourceLines()));
                    inDefinition = false;
                } else {
                    if (wasEmpty) {
                        messages.add(call.context().reporter().warning(
                                "glossary terms must not be separated by empty lines", lineno));
                    }
                    entries.get(entries.size() - 1).terms().add(i);
                }
            } else if (entries.isEmpty()) {
                messages.add(call.context().reporter().warning(
                        "glossary seems to be misformatted, check indentation", lineno));
            } else {
                if (!inDefinition) {
                    inDefinition = true;
                    indent = line.length() - line.stripLeading().length();
                }
                int cut = Math.min(indent, line.length() - line.stripLeading().length());
                entries.get(entries.size() - 1).definition().add(line.substring(cut), content.origin(i));
            }
            wasEmpty = false;
        }
        return entries;
    }

    private static Element item(DirectiveCall call, Entry entry, List<Node> messages) {
        SourceLines content = call.content();
        Element item = new Element(NodeType.DEFINITION_LIST_ITEM);
        for (int index : entry.terms()) {
            String text = content.get(index);
            int classifier = text.indexOf(" : "); // "term : classifier" names only the term
            text = classifier < 0 ? text.strip() : text.substring(0, classifier).strip();
            InlineResult parsed = call.context().inlineText(text, content.offset(index) + 1);
            Element term = new Element(NodeType.TERM);
            term.setSource(content.source(index));
            term.setLine(content.offset(index) + 1);
            parsed.nodes().forEach(term::add);
            messages.addAll(parsed.messages());
            String id = IndexDirective.makeId(call.context().document(), "term", term.astext());
            term.ids().add(id);
            call.context().document().registerId(id, term);
            item.add(term);
        }
        Element definition = new Element(NodeType.DEFINITION);
        SourceLines lines = entry.definition();
        if (!lines.isEmpty()) {
            call.context().nestedParse(lines, lines.offset(0), definition, false);
        }
        item.add(definition);
        return item;
    }
}
