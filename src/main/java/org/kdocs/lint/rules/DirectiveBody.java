package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.LintedDocument;

/**
 * The options and content of one directive, read from its indented block
 * (docutils' directive block: option lines right after the directive line,
 * then the content). Content lines keep their 0-based line numbers and are
 * dedented by the content's smallest indentation; blank lines are dropped.
 */
record DirectiveBody(Map<String, String> options, List<Integer> lines, List<String> content) {

    static DirectiveBody of(LintedDocument doc, MarkupScan.Directive directive) {
        List<String> view = doc.lines();
        int base = LintedDocument.indent(view.get(directive.line()));
        Map<String, String> options = new LinkedHashMap<>();
        int k = directive.line() + 1;
        while (k < view.size() && !view.get(k).isEmpty() && LintedDocument.indent(view.get(k)) > base) {
            String s = view.get(k).strip();
            if (s.startsWith(":") && s.indexOf(':', 1) > 0) {
                int colon = s.indexOf(':', 1);
                options.put(s.substring(1, colon).strip(), s.substring(colon + 1).strip());
            }
            k++; // option lines, or the argument's continuation lines
        }
        List<Integer> lines = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        for (; k < view.size(); k++) {
            String l = view.get(k);
            if (l.isEmpty()) {
                continue;
            }
            int indent = LintedDocument.indent(l);
            if (indent <= base) {
                break;
            }
            lines.add(k);
            min = Math.min(min, indent);
        }
        List<String> content = new ArrayList<>();
        for (int line : lines) {
            content.add(view.get(line).substring(min));
        }
        return new DirectiveBody(options, List.copyOf(lines), List.copyOf(content));
    }
}
