package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.conformance.DocutilsCorpus;
import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;

/**
 * The docutils conformance cases whose input is nothing but plain
 * paragraphs, run through the inliner alone: the text is split at blank
 * lines, as docutils' paragraph state would, and each paragraph is parsed
 * with the absolute line docutils passes (its first line, zero-based).
 */
final class ParagraphCorpus {
    record Case(String id, String input, String expected) {
    }

    private ParagraphCorpus() {
    }

    static List<Case> cases(String... groups) {
        List<Case> out = new ArrayList<>();
        for (DocutilsCorpus.Case row : DocutilsCorpus.cases()) {
            Case c = new Case(row.id(), row.input(), row.expected());
            if (List.of(groups).contains(row.group()) && onlyParagraphs(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** True when the expected tree holds only paragraphs and messages, one paragraph per input block. */
    static boolean onlyParagraphs(Case c) {
        int paragraphs = 0;
        for (String line : c.expected().split("\n")) {
            if (line.startsWith("    <") && !line.startsWith("     ")) {
                if (line.startsWith("    <paragraph>")) {
                    paragraphs++;
                } else if (!line.startsWith("    <system_message")) {
                    return false;
                }
            }
        }
        for (String line : c.input().split("\n")) {
            if (!line.isEmpty() && PyText.isSpace(line.codePointAt(0))) {
                return false;
            }
        }
        return paragraphs == blocks(c.input()).size() && paragraphs > 0;
    }

    /** Blank-line separated blocks: first line index and text. */
    static List<Object[]> blocks(String input) {
        List<Object[]> blocks = new ArrayList<>();
        List<String> lines = PyText.splitlines(input);
        StringBuilder text = new StringBuilder();
        int first = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || PyText.isBlank(lines.get(i));
            if (!blank) {
                if (first < 0) {
                    first = i;
                } else {
                    text.append('\n');
                }
                text.append(PyText.rstrip(lines.get(i)));
            } else if (first >= 0) {
                blocks.add(new Object[] {first, text.toString()});
                text.setLength(0);
                first = -1;
            }
        }
        return blocks;
    }

    static String parse(String input, RstSettings settings) {
        Reporter reporter = Reporter.quiet("test data");
        int[] current = {0};
        reporter.setLocator(line -> new Reporter.SourceLine("test data", (line == null ? current[0] : line) + 1));
        Document document = new Document("test data", reporter);
        Inliner inliner = new Inliner(document, settings, new RoleRegistry());
        for (Object[] block : blocks(input)) {
            int first = (Integer) block[0];
            String text = (String) block[1];
            // docutils' state machine then stands on the line after a one-line paragraph (blank or end of
            // input), or on the last line of a longer one
            int lineCount = PyText.splitlines(text).size();
            current[0] = lineCount == 1 ? first + 1 : first + lineCount - 1;
            Element paragraph = new Element(NodeType.PARAGRAPH, text);
            // the block parser passes the element that will hold the paragraph, as docutils does
            InlineResult result = inliner.parse(text, first, document);
            paragraph.addAll(result.nodes());
            document.add(paragraph);
            document.addAll(result.messages());
        }
        return document.pformat();
    }
}
