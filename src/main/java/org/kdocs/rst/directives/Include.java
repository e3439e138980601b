package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Text;

/**
 * The include directive (docutils directives/misc.py Include): a file
 * under the include root, optionally clipped, inserted into the input, or
 * shown as a literal block or code. Include-log entries are
 * {@code path + NUL + clip options}, so that one file may be included
 * again with other clip options but not within itself.
 */
final class Include extends DeclaredDirective {
    private static final List<String> RST_PARSER_NAMES = List.of("rst", "restructuredtext", "rest", "restx", "rtxt",
            "rstx");
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
            .withOptions(options());

    static void registerAll(DirectiveRegistry registry) {
        registry.register("include", Include::new);
    }

    Include() {
        super(SYNTAX);
    }

    private static Map<String, OptionConverter> options() {
        Map<String, OptionConverter> spec = new LinkedHashMap<>();
        spec.put("literal", Options.FLAG);
        spec.put("code", Options.UNCHANGED);
        spec.put("encoding", Options.ENCODING);
        spec.put("parser", Include::parserName);
        spec.put("tab-width", Options.INT);
        spec.put("start-line", Options.INT);
        spec.put("end-line", Options.INT);
        spec.put("start-after", Options.UNCHANGED_REQUIRED);
        spec.put("end-before", Options.UNCHANGED_REQUIRED);
        spec.put("number-lines", Options.UNCHANGED);
        spec.put("class", Options.CLASS_OPTION);
        spec.put("name", Options.UNCHANGED);
        return spec;
    }

    /** Only the reStructuredText parser exists here (docutils parser_name). */
    private static Object parserName(String argument) {
        if (argument == null || argument.isEmpty()) {
            return null;
        }
        String name = argument.toLowerCase(java.util.Locale.ROOT);
        if (!RST_PARSER_NAMES.contains(name)) {
            throw new IllegalArgumentException("Parser \"" + argument + "\" not found. No module named '" + argument
                    + "'");
        }
        return "rst";
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        DirectiveContext context = call.context();
        if (!context.settings().fileInsertionEnabled()) {
            throw DirectiveError.warning("\"" + call.name() + "\" directive disabled.");
        }
        Map<String, Object> options = call.options();
        String name = Options.path(call.arguments().get(0));
        int tabWidth = options.containsKey("tab-width") ? (Integer) options.get("tab-width")
                : context.settings().tabWidth();
        if (!context.admitIncludedText(0)) {
            throw budgetSpent(call, name);
        }
        String text;
        String path;
        if (name.startsWith("<") && name.endsWith(">")) {
            path = name;
            text = StandardIncludes.text(name.substring(1, name.length() - 1));
            if (text == null) {
                throw IncludedFile.problem(call, "InputError: [Errno 2] No such file or directory: '" + name + "'");
            }
        } else {
            IncludedFile file = IncludedFile.resolve(call, name, true);
            path = file.displayPath();
            text = file.read(call, (String) options.get("encoding"));
        }
        Integer startLine = (Integer) options.get("start-line");
        Integer endLine = (Integer) options.get("end-line");
        if ((startLine != null && startLine != 0) || endLine != null) {
            text = sliceLines(text, startLine, endLine);
        }
        String afterText = (String) options.get("start-after");
        if (afterText != null && !afterText.isEmpty()) {
            int at = text.indexOf(afterText);
            if (at < 0) {
                throw DirectiveError.severe("Problem with \"start-after\" option of \"" + call.name()
                        + "\" directive:\nText not found.");
            }
            text = text.substring(at + afterText.length());
        }
        String beforeText = (String) options.get("end-before");
        if (beforeText != null && !beforeText.isEmpty()) {
            int at = text.indexOf(beforeText);
            if (at < 0) {
                throw DirectiveError.severe("Problem with \"end-before\" option of \"" + call.name()
                        + "\" directive:\nText not found.");
            }
            text = text.substring(0, at);
        }
        List<String> lines = SourceLines.string2lines(text, tabWidth);
        for (int i = 0; i < lines.size(); i++) {
            if (PyText.len(lines.get(i)) > context.settings().lineLengthLimit()) {
                throw DirectiveError.warning("\"" + path + "\": line " + (i + 1)
                        + " exceeds the line-length-limit.");
            }
        }
        if (!context.admitIncludedText(text.length())) {
            throw budgetSpent(call, path); // literal and code inclusions count too: nesting multiplies them as well
        }
        if (options.containsKey("literal")) {
            return List.of(literal(call, path, text, tabWidth, lines.size()));
        }
        if (options.containsKey("code")) {
            List<String> codeLines = tabWidth < 0 ? PyText.splitlines(text) : lines;
            return List.of(CodeBlock.build(call, (String) options.get("code"), codeLines, path));
        }
        String clip = String.valueOf(startLine) + "," + endLine + "," + beforeText + "," + afterText;
        List<String> log = context.includeLog();
        if (log.isEmpty()) {
            String source = context.sourceAndLine(call.lineno()).source();
            log.add(source + "\0null,null,null,null");
        }
        String entry = path + "\0" + clip;
        if (log.contains(entry)) {
            StringBuilder chain = new StringBuilder(path);
            for (int i = log.size() - 1; i >= 0; i--) {
                chain.append("\n> ").append(log.get(i), 0, log.get(i).indexOf('\0'));
            }
            throw DirectiveError.warning("circular inclusion in \"" + call.name() + "\" directive:\n" + chain);
        }
        List<String> inserted = new ArrayList<>(lines);
        inserted.add("");
        inserted.add(".. end of inclusion from \"" + path + "\"");
        context.insertInput(SourceLines.of(inserted, path, 0), path);
        log.add(entry);
        return List.of();
    }

    static DirectiveError budgetSpent(DirectiveCall call, String path) {
        return DirectiveError.error("\"" + call.name() + "\" directive: more than "
                + DirectiveContext.MAX_INCLUDED_CHARS + " characters of included text in this document; \""
                + path + "\" is not included.");
    }

    /** Python's ''.join(text.splitlines(keepends)[start:end]). */
    private static String sliceLines(String text, Integer start, Integer end) {
        List<String> kept = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                kept.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            kept.add(text.substring(from));
        }
        int n = kept.size();
        int lo = start == null ? 0 : start < 0 ? Math.max(0, n + start) : Math.min(start, n);
        int hi = end == null ? n : end < 0 ? Math.max(0, n + end) : Math.min(end, n);
        return lo >= hi ? "" : String.join("", kept.subList(lo, hi));
    }

    private static Element literal(DirectiveCall call, String path, String rawText, int tabWidth,
            int lineCount) throws DirectiveError {
        String text = tabWidth >= 0 ? expandTabs(rawText, tabWidth) : rawText;
        Element block = new Element(NodeType.LITERAL_BLOCK, rawText);
        block.set("source", path);
        block.classes().addAll(DirectiveSupport.classes(call.options()));
        block.setLine(1);
        DirectiveSupport.addName(call, block);
        if (call.options().containsKey("number-lines")) {
            int start = CodeBlock.startLine(call.options().get("number-lines"));
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            for (CodeBlock.Token token : CodeBlock.numberLines(List.of(new CodeBlock.Token(List.of(), body)), start,
                    lineCount)) {
                if (token.classes().isEmpty()) {
                    block.add(new Text(token.value()));
                } else {
                    Element inline = Element.text(NodeType.INLINE, token.value(), token.value());
                    inline.classes().addAll(token.classes());
                    block.add(inline);
                }
            }
        } else {
            block.add(new Text(text));
        }
        return block;
    }

    /** Python's str.expandtabs over several lines. */
    private static String expandTabs(String text, int tabWidth) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(SourceLines.expandTabs(line, tabWidth)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
