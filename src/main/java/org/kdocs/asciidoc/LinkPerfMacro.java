package org.kdocs.asciidoc;

import java.util.HashMap;
import java.util.Map;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * {@code linkperf:CMD[SECTION]}, the macro perf's man pages use for links
 * between them (tools/perf/Documentation/asciidoc.conf): a link to CMD's
 * page, shown as {@code CMD(SECTION)}. The link is relative to the current
 * page, so the site checks it like any other link to a document. A model
 * for project macros: register the processor in {@link AsciidocReader}.
 */
@Name("linkperf")
public final class LinkPerfMacro extends InlineMacroProcessor {
    @Override
    public PhraseNode process(ContentNode parent, String target, Map<String, Object> attributes) {
        Object section = attributes.get("1");
        if (section == null) {
            section = attributes.getOrDefault("text", "");
        }
        String text = section.toString().isEmpty() ? target : target + "(" + section + ")";
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", target + ".html");
        return createPhraseNode(parent, "anchor", text, Map.of("role", "linkperf"), options);
    }
}
