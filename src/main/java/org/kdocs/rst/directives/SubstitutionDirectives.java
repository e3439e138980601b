package org.kdocs.rst.directives;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Strftime;
import org.kdocs.tree.Text;

/**
 * The directives that only make sense as a substitution definition's body
 * (docutils directives/misc.py Replace, Unicode, Date).
 */
final class SubstitutionDirectives implements Directive {
    private static final Pattern COMMENT = Pattern.compile("( |\\n|^)\\.\\. ");

    private enum Kind { REPLACE, UNICODE, DATE }

    private final Kind kind;

    private SubstitutionDirectives(Kind kind) {
        this.kind = kind;
    }

    static void registerAll(DirectiveRegistry registry) {
        for (Kind kind : Kind.values()) {
            registry.register(kind.name().toLowerCase(java.util.Locale.ROOT), () -> new SubstitutionDirectives(kind));
        }
    }

    @Override
    public DirectiveSyntax syntax() {
        return kind == Kind.UNICODE
                ? DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
                        .withOptions(Map.of("trim", Options.FLAG, "ltrim", Options.FLAG, "rtrim", Options.FLAG))
                : DirectiveSyntax.arguments(0, 0).withContent();
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        if (!call.context().inSubstitutionDefinition()) {
            throw DirectiveError.error("Invalid context: the \"" + call.name() + "\" directive can only be used"
                    + " within a substitution definition.");
        }
        return switch (kind) {
            case REPLACE -> replace(call);
            case UNICODE -> unicode(call);
            case DATE -> dated(call);
        };
    }

    // today's date: the document must be read again on every build
    private static List<Node> dated(DirectiveCall call) {
        call.context().document().noteDependency(org.kdocs.tree.Document.UNREPEATABLE);
        return List.of(new Text(Strftime.format(
                call.content().isEmpty() ? "%Y-%m-%d" : DirectiveSupport.contentText(call), ZonedDateTime.now())));
    }

    private static List<Node> replace(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        Element parsed = new Element(StandardDirectives.ANONYMOUS, DirectiveSupport.contentText(call));
        call.context().nestedParse(call.content(), call.contentOffset(), parsed);
        Element paragraph = null;
        List<Node> messages = new ArrayList<>();
        for (Node child : new ArrayList<>(parsed.children())) {
            Element element = child instanceof Element e ? e : null;
            if (paragraph == null && element != null && element.is(NodeType.PARAGRAPH)) {
                paragraph = element;
            } else if (element != null && element.is(NodeType.SYSTEM_MESSAGE)) {
                element.backrefs().clear();
                messages.add(element);
            } else {
                return List.of(call.context().reporter().message(Severity.ERROR, "Error in \"" + call.name()
                        + "\" directive: may contain a single paragraph only.", call.lineno()));
            }
        }
        if (paragraph != null) {
            messages.addAll(new ArrayList<>(paragraph.children()));
        }
        return messages;
    }

    private static List<Node> unicode(DirectiveCall call) throws DirectiveError {
        Element definition = call.context().currentNode();
        if (definition != null) {
            if (call.options().containsKey("trim")) {
                definition.set("ltrim", 1);
                definition.set("rtrim", 1);
            }
            if (call.options().containsKey("ltrim")) {
                definition.set("ltrim", 1);
            }
            if (call.options().containsKey("rtrim")) {
                definition.set("rtrim", 1);
            }
        }
        String argument = call.arguments().get(0);
        Matcher comment = COMMENT.matcher(argument);
        String codes = comment.find() ? argument.substring(0, comment.start()) : argument;
        List<Node> result = new ArrayList<>();
        for (String code : PyText.split(codes)) {
            try {
                result.add(new Text(Options.unicodeCode(code)));
            } catch (IllegalArgumentException invalid) {
                throw DirectiveError.error("Invalid character code: " + code + "\nValueError: " + invalid.getMessage());
            }
        }
        return result;
    }
}
