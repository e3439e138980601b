package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * The document-part directives (docutils directives/parts.py): contents
 * and sectnum leave pending nodes for their transforms; header and footer
 * parse their content into the document's decoration.
 */
final class Parts implements Directive {
    static final String CONTENTS_TRANSFORM = "docutils.transforms.parts.Contents";
    static final String SECTNUM_TRANSFORM = "docutils.transforms.parts.SectNum";
    /** The English "contents" label (docutils languages/en.py). */
    private static final String CONTENTS_LABEL = "Contents";
    private static final DirectiveSyntax CONTENTS = DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
            .withOptions(contentsOptions());
    private static final DirectiveSyntax SECTNUM = DirectiveSyntax.arguments(0, 0).withOptions(Map.of(
            "depth", Options.INT, "start", Options.INT, "prefix", Options.UNCHANGED_REQUIRED,
            "suffix", Options.UNCHANGED_REQUIRED));
    private static final DirectiveSyntax DECORATION = DirectiveSyntax.arguments(0, 0).withContent();

    private enum Kind { CONTENTS, SECTNUM, HEADER, FOOTER }

    private final Kind kind;

    private Parts(Kind kind) {
        this.kind = kind;
    }

    static void registerAll(DirectiveRegistry registry) {
        for (Kind kind : Kind.values()) {
            registry.register(kind.name().toLowerCase(java.util.Locale.ROOT), () -> new Parts(kind));
        }
    }

    @Override
    public DirectiveSyntax syntax() {
        return switch (kind) {
            case CONTENTS -> CONTENTS;
            case SECTNUM -> SECTNUM;
            case HEADER, FOOTER -> DECORATION;
        };
    }

    private static Map<String, OptionConverter> contentsOptions() {
        Map<String, OptionConverter> spec = new LinkedHashMap<>();
        spec.put("depth", Options.NONNEGATIVE_INT);
        spec.put("local", Options.FLAG);
        OptionConverter backlinks = Options.choice("top", "entry", "none");
        spec.put("backlinks", value -> {
            Object choice = backlinks.convert(value);
            return "none".equals(choice) ? null : choice;
        });
        spec.put("class", Options.CLASS_OPTION);
        return spec;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        Document document = call.context().document();
        switch (kind) {
            case CONTENTS:
                return contents(call, document);
            case SECTNUM:
                Pending pending = new Pending(SECTNUM_TRANSFORM);
                pending.details().putAll(call.options());
                document.notePending(pending, null);
                return List.of(pending);
            default:
                call.assertHasContent();
                Element decoration = document.decoration();
                Element part = kind == Kind.HEADER ? header(decoration) : footer(decoration);
                call.context().nestedParse(call.content(), call.contentOffset(), part);
                return List.of();
        }
    }

    private static Element header(Element decoration) {
        if (decoration.isEmpty() || !(decoration.child(0) instanceof Element first && first.is(NodeType.HEADER))) {
            decoration.insert(0, new Element(NodeType.HEADER));
        }
        return (Element) decoration.child(0);
    }

    private static Element footer(Element decoration) {
        int last = decoration.size() - 1;
        if (last < 0 || !(decoration.child(last) instanceof Element end && end.is(NodeType.FOOTER))) {
            decoration.add(new Element(NodeType.FOOTER));
        }
        return (Element) decoration.child(decoration.size() - 1);
    }

    private static List<Node> contents(DirectiveCall call, Document document) throws DirectiveError {
        DirectiveContext context = call.context();
        boolean inSidebar = context.currentNode() != null && context.currentNode().is(NodeType.SIDEBAR);
        if (!(context.matchTitles() || inSidebar)) {
            throw DirectiveError.error("The \"" + call.name() + "\" directive may not be used within topics or body"
                    + " elements.");
        }
        List<Element> messages = new ArrayList<>();
        Element title = null;
        if (!call.arguments().isEmpty()) {
            title = DirectiveSupport.title(call, call.arguments().get(0), messages);
        } else if (!call.options().containsKey("local")) {
            title = Element.text(NodeType.TITLE, "", CONTENTS_LABEL);
        }
        Element topic = new Element(NodeType.TOPIC);
        topic.classes().add("contents");
        topic.classes().addAll(DirectiveSupport.classes(call.options()));
        var where = context.sourceAndLine(call.lineno());
        topic.setSource(where.source());
        if (where.line() != null) {
            topic.setLine(where.line() - 1);
        }
        if (call.options().containsKey("local")) {
            topic.classes().add("local");
        }
        String name;
        if (title != null) {
            name = title.astext();
            topic.add(title);
        } else {
            name = CONTENTS_LABEL;
        }
        name = Names.fullyNormalize(name);
        if (!document.hasName(name)) {
            topic.names().add(name);
        }
        document.noteImplicitTarget(topic, null);
        Pending pending = new Pending(CONTENTS_TRANSFORM);
        pending.setRawsource(call.blockText());
        pending.details().putAll(call.options());
        document.notePending(pending, null);
        topic.add(pending);
        return DirectiveSupport.nodes(topic, messages);
    }
}
