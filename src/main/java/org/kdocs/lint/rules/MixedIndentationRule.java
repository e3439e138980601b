package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.LintedDocument;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code mixed-indentation}: a line indented with a tab (or a tab and
 * spaces) among space-indented lines of the same literal block or list, at
 * a column its siblings do not have. docutils expands tabs to 8 columns, so
 * such a line moves: a code line shifts right, a list item becomes a block
 * quote or a nested list. In a literal block the original, when it has the
 * same two lines one after the other, says how far the second is indented
 * from the first; without it, a line is reported when the lines before and
 * after it agree on another column and the line before opens no nesting.
 */
public final class MixedIndentationRule implements Rule {
    private static final Pattern ITEM = Pattern.compile("([-*+\u2022]|\\(?(?:[0-9]+|[a-zA-Z#])[.)])( +|$)");
    private static final String OPENERS = "{([,:\\=|&";
    /** A C statement whose body may follow on a deeper line without braces. */
    private static final Pattern OPENING_STATEMENT = Pattern.compile("(?:if|for|while|else|do|switch|case|default)\\b.*");

    private static final Declaration DECLARATION = new Declaration("mixed-indentation", Severity.WARNING,
            "A tab-indented line among space-indented lines of a block or list, at a column its siblings lack.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        Map<String, Set<Integer>> original = context.original().isPresent()
                ? originalColumns(context.original().get(), context.originalScan().orElseThrow()) : Map.of();
        LintedDocument doc = context.doc();
        for (List<Integer> block : literalBlocks(doc, context.scan())) {
            if (!mixed(doc, block)) {
                continue;
            }
            for (int k = 1; k < block.size(); k++) {
                int n = block.get(k);
                if (!tabbed(doc.rawLines().get(n))) {
                    continue;
                }
                String prev = doc.lines().get(block.get(k - 1));
                int delta = LintedDocument.indent(doc.lines().get(n)) - LintedDocument.indent(prev);
                Set<Integer> expected = original.get(pair(prev, doc.lines().get(n)));
                if (expected != null) {
                    if (!expected.contains(delta)) {
                        sink.report(n + 1, 1, "tab indentation puts this line " + shift(delta)
                                + " the line before it; in the original it is " + shift(expected.iterator().next()));
                    }
                } else if (k + 1 < block.size() && strayed(doc, block.get(k - 1), n, block.get(k + 1))) {
                    sink.report(n + 1, 1, "tab indentation puts this line at column "
                            + LintedDocument.indent(doc.lines().get(n)) + " between lines indented with spaces to column "
                            + LintedDocument.indent(prev));
                }
            }
        }
        listItems(context, sink);
    }

    /** Lines before and after indented with spaces to one column, this one elsewhere, and no opener before it. */
    private static boolean strayed(LintedDocument doc, int before, int line, int after) {
        String prev = doc.lines().get(before);
        int column = LintedDocument.indent(prev);
        String last = prev.strip();
        return !tabbed(doc.rawLines().get(before)) && !tabbed(doc.rawLines().get(after))
                && LintedDocument.indent(doc.lines().get(after)) == column && LintedDocument.indent(doc.lines().get(line)) != column
                && OPENERS.indexOf(last.charAt(last.length() - 1)) < 0 && !OPENING_STATEMENT.matcher(last).matches();
    }

    /** List items whose marker sits at another column than the previous item's with the same marker, by a tab. */
    private static void listItems(LintContext context, FindingSink sink) {
        LintedDocument doc = context.doc();
        Map<String, Integer> lastItem = new HashMap<>(); // marker shape -> line of the previous item
        for (int n = 0; n < doc.lines().size(); n++) {
            String view = doc.lines().get(n);
            if (context.scan().kind(n) != MarkupScan.Kind.PROSE) {
                if (context.scan().kind(n) != MarkupScan.Kind.BLANK) {
                    lastItem.clear();
                }
                continue;
            }
            int column = LintedDocument.indent(view);
            lastItem.values().removeIf(line -> LintedDocument.indent(doc.lines().get(line)) > column
                    && !ITEM.matcher(view.substring(column)).lookingAt());
            Matcher m = ITEM.matcher(view.substring(column));
            if (!m.lookingAt()) {
                if (column == 0) {
                    lastItem.clear();
                }
                continue;
            }
            String shape = m.group(1).replaceAll("[0-9]+", "1").replaceAll("^[a-zA-Z]([.)])$", "a$1");
            Integer previous = lastItem.put(shape, n);
            if (previous == null) {
                continue;
            }
            String prevView = doc.lines().get(previous);
            int prevColumn = LintedDocument.indent(prevView);
            Matcher pm = ITEM.matcher(prevView.substring(prevColumn));
            int prevBody = prevColumn + (pm.lookingAt() ? pm.end() : 0);
            boolean tabHere = tabbed(doc.rawLines().get(n));
            boolean tabThere = tabbed(doc.rawLines().get(previous));
            if (tabHere != tabThere && column != prevColumn && column != prevBody) {
                sink.report(n + 1, 1, "this item is indented with " + (tabHere ? "a tab" : "spaces") + " to column "
                        + column + ", the previous one with " + (tabThere ? "a tab" : "spaces") + " to column "
                        + prevColumn + "; docutils then reads a block quote or a new list");
            }
        }
    }

    private static boolean tabbed(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    private static boolean mixed(LintedDocument doc, List<Integer> block) {
        boolean tabs = false;
        boolean spaces = false;
        for (int n : block) {
            String raw = doc.rawLines().get(n);
            if (tabbed(raw)) {
                tabs = true;
            } else if (raw.startsWith(" ")) {
                spaces = true;
            }
        }
        return tabs && spaces;
    }

    /** The non-blank lines of each literal block, in order. */
    private static List<List<Integer>> literalBlocks(LintedDocument doc, MarkupScan scan) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int n = 0; n < doc.lines().size(); n++) {
            MarkupScan.Kind kind = scan.kind(n);
            if (kind == MarkupScan.Kind.LITERAL) {
                current.add(n);
            } else if (kind != MarkupScan.Kind.BLANK && !current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /**
     * Each pair of neighbouring lines of the original's literal blocks
     * (stripped) with how far the second is indented from the first.
     */
    private static Map<String, Set<Integer>> originalColumns(LintedDocument original, MarkupScan scan) {
        Map<String, Set<Integer>> deltas = new HashMap<>();
        for (List<Integer> block : literalBlocks(original, scan)) {
            for (int k = 1; k < block.size(); k++) {
                String prev = original.lines().get(block.get(k - 1));
                String line = original.lines().get(block.get(k));
                deltas.computeIfAbsent(pair(prev, line), key -> new HashSet<>())
                        .add(LintedDocument.indent(line) - LintedDocument.indent(prev));
            }
        }
        return deltas;
    }

    private static String pair(String prev, String line) {
        return prev.strip() + "\n" + line.strip();
    }

    private static String shift(int delta) {
        return delta == 0 ? "level with" : Math.abs(delta) + " columns " + (delta > 0 ? "right of" : "left of");
    }
}
