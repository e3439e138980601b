package org.kdocs.rst.directives;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * The raw directive (docutils directives/misc.py Raw): content passed
 * through for one output format, from the directive body or a file under
 * the include root. URLs are not fetched.
 */
final class Raw extends DeclaredDirective {
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
            .withOptions(Map.of("file", Options.PATH, "url", Options.URI, "encoding", Options.ENCODING,
                    "class", Options.CLASS_OPTION))
            .withContent();

    static void registerAll(DirectiveRegistry registry) {
        registry.register("raw", Raw::new);
    }

    Raw() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        var settings = call.context().settings();
        Map<String, Object> options = call.options();
        boolean external = options.containsKey("file") || options.containsKey("url");
        if (!settings.rawEnabled() || (!settings.fileInsertionEnabled() && external)) {
            throw DirectiveError.warning("\"" + call.name() + "\" directive disabled.");
        }
        String format = String.join(" ", PyText.split(call.arguments().get(0).toLowerCase(Locale.ROOT)));
        String text;
        String source = null;
        if (!call.content().isEmpty()) {
            if (external) {
                throw DirectiveError.error("\"" + call.name() + "\" directive may not both specify an external file"
                        + " and have content.");
            }
            text = DirectiveSupport.contentText(call);
        } else if (options.containsKey("file")) {
            if (options.containsKey("url")) {
                throw DirectiveError.error("The \"file\" and \"url\" options may not be simultaneously specified"
                        + " for the \"" + call.name() + "\" directive.");
            }
            IncludedFile file = IncludedFile.resolve(call, (String) options.get("file"), false);
            text = file.read(call, (String) options.get("encoding"));
            source = file.displayPath();
        } else if (options.containsKey("url")) {
            throw DirectiveError.severe("Problems with \"" + call.name() + "\" directive URL \"" + options.get("url")
                    + "\":\nURL access is not supported.");
        } else {
            call.assertHasContent();
            return List.of();
        }
        Element raw = Element.text(NodeType.RAW, "", text);
        raw.classes().addAll(DirectiveSupport.classes(options));
        raw.set("format", format);
        if (source != null) {
            raw.set("source", source);
        }
        DirectiveSupport.locate(call, raw);
        return List.of(raw);
    }
}
