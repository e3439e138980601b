package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.source.SourceLines;
import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * The meta directive (docutils directives/misc.py Meta and MetaBody): a
 * field list whose fields become meta elements near the top of the
 * document. The field name is the meta name (or a name=value attribute)
 * followed by further name=value attributes.
 */
final class Meta extends DeclaredDirective {
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 0).withContent();

    /** docutils' field marker pattern. */
    private static final Pattern FIELD_MARKER = Pattern.compile(
            ":(?![: ])([^:\\\\]|\\\\.|:(?!([ `]|$)))*(?<! ):( +|$)", Pattern.DOTALL);

    static void registerAll(DirectiveRegistry registry) {
        registry.register("meta", Meta::new);
    }

    Meta() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        SourceLines content = call.content();
        List<Node> result = new ArrayList<>();
        int i = 0;
        while (i < content.size()) {
            String line = content.get(i);
            if (PyText.isBlank(line)) {
                i++;
                continue;
            }
            Matcher marker = FIELD_MARKER.matcher(line);
            if (!marker.lookingAt()) {
                result.add(DirectiveSupport.message(call, Severity.ERROR, "Invalid meta directive."));
                break;
            }
            List<String> body = new ArrayList<>();
            body.add(line.substring(marker.end()));
            int next = i + 1;
            while (next < content.size()) {
                String more = content.get(next);
                if (!PyText.isBlank(more) && !PyText.isSpace(more.codePointAt(0))) {
                    break;
                }
                body.add(more);
                next++;
            }
            // docutils quotes the state machine's current line: the last line of the field block
            result.add(metaElement(call, content.get(next - 1), marker.group(), knownIndented(body)));
            i = next;
        }
        insertIntoDocument(call.context().document(), result);
        return List.of();
    }

    /** The field body: later lines lose their common indent; leading blank lines go (trailing ones stay). */
    private static List<String> knownIndented(List<String> body) {
        int indent = Integer.MAX_VALUE;
        for (int k = 1; k < body.size(); k++) {
            String line = body.get(k);
            if (!PyText.isBlank(line)) {
                indent = Math.min(indent, PyText.len(line) - PyText.len(PyText.lstrip(line)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(body.get(0));
        for (int k = 1; k < body.size(); k++) {
            String line = body.get(k);
            lines.add(line.length() >= indent && indent != Integer.MAX_VALUE ? line.substring(indent) : "");
        }
        while (!lines.isEmpty() && PyText.isBlank(lines.get(0))) {
            lines.remove(0);
        }
        return lines;
    }

    /** A meta element, or the message docutils gives (located at the parser's current line, as docutils does). */
    private static Node metaElement(DirectiveCall call, String line, String marker, List<String> content) {
        String field = marker.substring(1);
        field = field.substring(0, field.lastIndexOf(':'));
        String name = Escapes.unescape(Escapes.escapeToNull(field));
        Reporter reporter = call.context().reporter();
        if (content.isEmpty()) {
            return reporter.message(Severity.INFO, "No content for meta tag \"" + name + "\".", null,
                    DirectiveSupport.literalBlock(line));
        }
        Element meta = new Element(NodeType.META);
        meta.set("content", Escapes.unescape(Escapes.escapeToNull(String.join(" ", content))));
        List<String> tokens = PyText.split(name);
        try {
            List<String[]> first = nameValues(tokens.get(0));
            meta.set(first.get(0)[0].toLowerCase(Locale.ROOT), first.get(0)[1]);
        } catch (IllegalArgumentException notAttribute) {
            meta.set("name", tokens.get(0));
        }
        for (String token : tokens.subList(1, tokens.size())) {
            try {
                String[] pair = nameValues(token).get(0);
                meta.set(pair[0].toLowerCase(Locale.ROOT), pair[1]);
            } catch (IllegalArgumentException error) {
                return reporter.message(Severity.ERROR, "Error parsing meta tag attribute \"" + token + "\": "
                        + error.getMessage() + ".", null, DirectiveSupport.literalBlock(line));
            }
        }
        return meta;
    }

    /** name=value pairs of a token (docutils utils.extract_name_value). */
    static List<String[]> nameValues(String text) {
        List<String[]> pairs = new ArrayList<>();
        String line = text;
        while (!line.isEmpty()) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("missing \"=\"");
            }
            String attname = PyText.strip(line.substring(0, equals));
            if (equals == 0 || attname.isEmpty()) {
                throw new IllegalArgumentException("missing attribute name before \"=\"");
            }
            line = PyText.lstrip(line.substring(equals + 1));
            if (line.isEmpty()) {
                throw new IllegalArgumentException("missing value after \"" + attname + "=\"");
            }
            String data;
            char quote = line.charAt(0);
            if (quote == '\'' || quote == '"') {
                int end = line.indexOf(quote, 1);
                if (end < 0) {
                    throw new IllegalArgumentException("attribute \"" + attname + "\" missing end quote (" + quote
                            + ")");
                }
                if (line.length() > end + 1 && !PyText.isSpace(line.codePointAt(end + 1))) {
                    throw new IllegalArgumentException("attribute \"" + attname + "\" end quote (" + quote
                            + ") not followed by whitespace");
                }
                data = line.substring(1, end);
                line = PyText.lstrip(line.substring(end + 1));
            } else {
                int space = line.indexOf(' ');
                data = space < 0 ? line : line.substring(0, space);
                line = space < 0 ? "" : PyText.lstrip(line.substring(space + 1));
            }
            pairs.add(new String[] {attname.toLowerCase(Locale.ROOT), data});
        }
        return pairs;
    }

    /** Inserts before the first child that is neither titular nor meta (at the very start when there is none). */
    private static void insertIntoDocument(Document document, List<Node> nodes) {
        int index = document.firstChildNotMatching(n -> n instanceof Element e
                && (e.is(Category.TITULAR) || e.is(NodeType.META)));
        document.insertAll(Math.max(index, 0), nodes);
    }
}
