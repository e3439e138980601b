package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.LintedDocument;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code untranslated}: a paragraph or title of a translation that is still
 * the original's text, such as the placeholders of {@code kdocs translate
 * init}. A block counts when its text equals one of the original's and has
 * at least two ordinary English words (lower case, outside inline markup)
 * that the translation never uses next to CJK text elsewhere. Names,
 * identifiers, formulas and titles such as "Lotus Notes (GUI)" stay English
 * in translations and are not reported, nor are table rows, which often
 * keep values and identifiers. Markdown and AsciiDoc pages are read by
 * their own block structure.
 */
public final class UntranslatedRule implements Rule {
    // directives whose content is text to translate; the content of any other (spec, toctree, math) is not prose
    private static final Set<String> PROSE_DIRECTIVES = Set.of("note", "warning", "tip", "important", "attention",
            "caution", "danger", "error", "hint", "admonition", "seealso", "topic", "sidebar", "rubric", "epigraph",
            "highlights", "pull-quote", "container", "class", "only", "ifconfig", "table", "list-table", "figure",
            "compound", "glossary", "versionadded", "versionchanged", "deprecated");
    private static final Pattern TABLE_BORDER = Pattern.compile("\\s*(=+( +=+)+|-+( +-+)+|[+|].*)\\s*");

    private static final Declaration DECLARATION = new Declaration("untranslated", Severity.WARNING,
            "A paragraph or title is still the original's text.").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.original().isEmpty() || context.originalScan().isEmpty()) {
            return;
        }
        Set<String> originalBlocks = new HashSet<>(blocks(context.original().get().lines(),
                context.originalScan().get()).stream().map(b -> b.text).toList());
        Set<String> names = new HashSet<>();
        for (ProseLine line : ProseLines.of(context)) {
            if (line.text().codePoints().anyMatch(Prose::isCjkLetter)) {
                words(line.text()).forEach(names::add);
            }
        }
        for (Block block : blocks(context.doc().lines(), context.scan())) {
            if (originalBlocks.contains(block.text)
                    && words(Prose.mask(block.text)).stream().filter(w -> !names.contains(w)).count() >= 2) {
                sink.report(block.line + 1, 1, "untranslated: this text is the original's; translate it");
            }
        }
    }

    /** A run of consecutive prose lines, its text with the lines' white space collapsed. */
    private record Block(int line, String text) {
    }

    private static List<Block> blocks(List<String> lines, MarkupScan scan) {
        Set<Integer> notProse = new HashSet<>();
        for (MarkupScan.Directive d : scan.directives()) {
            if (!PROSE_DIRECTIVES.contains(d.name())) {
                int base = LintedDocument.indent(lines.get(d.line()));
                for (int k = d.line() + 1; k < lines.size()
                        && (lines.get(k).isEmpty() || LintedDocument.indent(lines.get(k)) > base); k++) {
                    notProse.add(k);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = -1;
        List<String> raw = lines;
        for (int i = 0; i <= raw.size(); i++) {
            boolean prose = i < raw.size() && scan.kind(i) == MarkupScan.Kind.PROSE && !notProse.contains(i);
            if (prose) {
                if (start < 0) {
                    start = i;
                }
                text.append(' ').append(raw.get(i).strip());
            } else if (start >= 0) {
                boolean tableRow = TABLE_BORDER.matcher(raw.get(start)).matches()
                        || start > 0 && TABLE_BORDER.matcher(raw.get(start - 1)).matches();
                if (!tableRow) {
                    blocks.add(new Block(start, text.toString().strip()));
                }
                text.setLength(0);
                start = -1;
            }
        }
        return blocks;
    }

    /**
     * The ordinary English words of a text: each token between white space
     * or masks that is, as a whole, {@code \\(?([a-z][a-z'-]*[a-z])[.,;:!?)]*},
     * the word being the group (found by a character scan: every line of
     * prose is read).
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && separator(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !separator(text.charAt(end))) {
                end++;
            }
            int from = i < end && text.charAt(i) == '(' ? i + 1 : i;
            int to = from;
            while (to < end && (lower(text.charAt(to)) || text.charAt(to) == '\'' || text.charAt(to) == '-')) {
                to++;
            }
            int rest = to;
            while (rest < end && ".,;:!?)".indexOf(text.charAt(rest)) >= 0) {
                rest++;
            }
            if (to - from >= 2 && lower(text.charAt(from)) && lower(text.charAt(to - 1)) && rest == end) {
                words.add(text.substring(from, to));
            }
            i = end;
        }
        return words;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\0';
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
