package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * The image and figure directives (docutils directives/images.py). A
 * figure is an image followed by an optional caption (the first paragraph
 * of the content) and legend (the rest). Without an image library, the
 * figwidth value "image" sets no width, as docutils does without PIL.
 */
final class Images implements Directive {
    private static final List<String> ALIGN_H = List.of("left", "center", "right");
    private static final List<String> ALIGN_V = List.of("top", "middle", "bottom");
    private static final DirectiveSyntax FIGURE = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
            .withOptions(options(true)).withContent();
    private static final DirectiveSyntax IMAGE = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
            .withOptions(options(false));

    /** docutils' explicit reference pattern, for a target option naming a reference. */
    private static final Pattern REFERENCE = Pattern.compile(
            "((?<simple>(?:(?!_)\\w)+(?:[-._+:](?:(?!_)\\w)+)*)_|`(?![ ])(?<phrase>.+?)(?<![\\s\\x00])`_)$",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private final boolean figure;

    private Images(boolean figure) {
        this.figure = figure;
    }

    static void registerAll(DirectiveRegistry registry) {
        registry.register("image", () -> new Images(false));
        registry.register("figure", () -> new Images(true));
    }

    @Override
    public DirectiveSyntax syntax() {
        return figure ? FIGURE : IMAGE;
    }

    private static Map<String, OptionConverter> options(boolean figure) {
        Map<String, OptionConverter> spec = new LinkedHashMap<>();
        spec.put("alt", Options.UNCHANGED);
        spec.put("height", Options.LENGTH_OR_UNITLESS);
        spec.put("width", Options.LENGTH_OR_PERCENTAGE_OR_UNITLESS);
        spec.put("scale", Options.PERCENTAGE);
        List<String> align = new ArrayList<>(ALIGN_V);
        align.addAll(ALIGN_H);
        spec.put("align", Options.choice((figure ? ALIGN_H : align).toArray(String[]::new)));
        spec.put("target", Options.UNCHANGED_REQUIRED);
        spec.put("class", Options.CLASS_OPTION);
        spec.put("name", Options.UNCHANGED);
        if (figure) {
            spec.put("figwidth", value -> value != null && value.toLowerCase(java.util.Locale.ROOT).equals("image")
                    ? "image" : Options.lengthOrPercentageOrUnitless(value, "px"));
            spec.put("figclass", Options.CLASS_OPTION);
        }
        return spec;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        return figure ? runFigure(call) : image(call, call.options());
    }

    /** The image (possibly inside a reference) after any messages about its target. */
    private List<Node> image(DirectiveCall call, Map<String, Object> options) throws DirectiveError {
        Object align = options.get("align");
        if (align != null) {
            if (call.context().inSubstitutionDefinition()) {
                if (!ALIGN_V.contains(align)) {
                    throw DirectiveError.error("Error in \"" + call.name() + "\" directive: \"" + align
                            + "\" is not a valid value for the \"align\" option within a substitution definition."
                            + "  Valid values for \"align\" are: \"" + String.join("\", \"", ALIGN_V) + "\".");
                }
            } else if (!ALIGN_H.contains(align)) {
                throw DirectiveError.error("Error in \"" + call.name() + "\" directive: \"" + align
                        + "\" is not a valid value for the \"align\" option.  Valid values for \"align\" are: \""
                        + String.join("\", \"", ALIGN_H) + "\".");
            }
        }
        Element image = new Element(NodeType.IMAGE, call.blockText());
        Element reference = null;
        for (Map.Entry<String, Object> option : options.entrySet()) {
            switch (option.getKey()) {
                case "target", "name" -> { }
                case "class" -> image.classes().addAll(DirectiveSupport.classes(options));
                default -> image.set(option.getKey(), option.getValue());
            }
        }
        image.set("uri", Options.uri(call.arguments().get(0)));
        image.setLine(call.lineno()); // where a builder's "image file not readable" points
        Object target = options.get("target");
        if (target != null) {
            reference = targetReference(call, (String) target);
        }
        DirectiveSupport.addName(call, image);
        if (reference != null) {
            reference.add(image);
            return List.of(reference);
        }
        return List.of(image);
    }

    /** docutils' parse_target: a reference name ending in "_" or else a URI. */
    private static Element targetReference(DirectiveCall call, String target) {
        List<String> block = PyText.splitlines(Escapes.escapeToNull(target));
        if (!block.isEmpty() && PyText.strip(block.get(block.size() - 1)).endsWith("_")) {
            String joined = String.join(" ", block.stream().map(PyText::strip).toList());
            Matcher match = REFERENCE.matcher(Names.whitespaceNormalize(joined));
            if (match.lookingAt()) {
                String name = Escapes.unescape(match.group("simple") != null ? match.group("simple")
                        : match.group("phrase"));
                if (!name.isEmpty()) {
                    Element reference = new Element(NodeType.REFERENCE);
                    reference.set("refname", Names.fullyNormalize(name));
                    reference.set("name", Names.whitespaceNormalize(name));
                    call.context().document().noteRefname(reference);
                    return reference;
                }
            }
        }
        Element reference = new Element(NodeType.REFERENCE);
        reference.set("refuri", Options.uri(String.join(" ", block)).replace("\0", ""));
        return reference;
    }

    private List<Node> runFigure(DirectiveCall call) throws DirectiveError {
        Map<String, Object> imageOptions = new LinkedHashMap<>(call.options());
        Object figwidth = imageOptions.remove("figwidth");
        Object figclasses = imageOptions.remove("figclass");
        Object align = imageOptions.remove("align");
        Node imageNode = image(call, imageOptions).get(0);
        Element figure = new Element(NodeType.FIGURE);
        figure.add(imageNode);
        if (figwidth != null && !"image".equals(figwidth)) {
            figure.set("width", figwidth);
        }
        if (figclasses != null) {
            @SuppressWarnings("unchecked")
            List<String> classes = (List<String>) figclasses;
            figure.classes().addAll(classes);
        }
        if (align != null) {
            figure.set("align", align);
        }
        if (!call.content().isEmpty()) {
            Element parsed = new Element(StandardDirectives.ANONYMOUS);
            call.context().nestedParse(call.content(), call.contentOffset(), parsed);
            if (parsed.isEmpty()) {
                return List.of(figure);
            }
            Node first = parsed.child(0);
            if (first instanceof Element paragraph && paragraph.is(NodeType.PARAGRAPH)) {
                Element caption = new Element(NodeType.CAPTION, paragraph.rawsource());
                caption.addAll(new ArrayList<>(paragraph.children()));
                caption.setSource(paragraph.source());
                caption.setLine(paragraph.line());
                figure.add(caption);
            } else if (!(first instanceof Element comment && comment.is(NodeType.COMMENT) && comment.isEmpty())) {
                Element error = DirectiveSupport.message(call, org.kdocs.tree.Severity.ERROR,
                        "Figure caption must be a paragraph or empty comment.");
                return List.of(figure, error);
            }
            if (parsed.size() > 1) {
                Element legend = new Element(NodeType.LEGEND);
                legend.addAll(new ArrayList<>(parsed.children().subList(1, parsed.size())));
                figure.add(legend);
            }
        }
        return List.of(figure);
    }
}
