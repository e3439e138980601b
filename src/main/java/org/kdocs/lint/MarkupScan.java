package org.kdocs.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.blocks.BlockMarkers;
import org.kdocs.rst.directives.DirectiveContent;

/**
 * A line-level inventory of a document, enough for typography and parity
 * rules without a full parse: what kind each line is (prose, literal,
 * comment, markup), and the explicit markup it contains (directives, labels,
 * link targets, footnotes, substitutions, fields, literal blocks).
 * Block extents follow indentation, as reStructuredText does.
 */
public final class MarkupScan {
    /** What a line holds, for rules that look only at prose or only at code. */
    public enum Kind { BLANK, PROSE, LITERAL, COMMENT, MARKUP }

    public record Directive(int line, String name, String argument) {
    }

    /** A named explicit construct: a label, a link target (with its URL), a footnote or a substitution. */
    public record Named(int line, String name, String value) {
    }

    /** A literal block or code block: its first content line and its text, dedented. */
    public record Literal(int line, String text) {
    }

    private static final Pattern SUBSTITUTION = Pattern.compile("\\.\\. +\\|([^|]+)\\| +([\\w.:+-]+?) ?::(?: +(.*)|$)");
    private static final Pattern TARGET = Pattern.compile("\\.\\. +_(`[^`]+`|[^:]+|):(?: +(.*)|$)");
    private static final Pattern ANONYMOUS = Pattern.compile("__ +(.*)");
    // Wider than rst's BlockMarkers.FOOTNOTE and CITATION on purpose: any bracketed label. A label the
    // parser rejects (".. [see the bottom of this file ...]", a comment to docutils) is still a note
    // the translation must keep, so footnote-parity has to see it.
    private static final Pattern BRACKETED = Pattern.compile("\\.\\. +\\[([^\\]]+)\\](?: +.*|$)");
    private static final Pattern FIELD = Pattern.compile(":([^:\\s][^:]*):(?: +(.*)|$)");

    private final Kind[] kinds;
    private final List<Directive> directives = new ArrayList<>();
    private final List<Named> labels = new ArrayList<>();
    private final List<Named> linkTargets = new ArrayList<>();
    private final List<Named> footnotes = new ArrayList<>();
    private final List<Named> substitutions = new ArrayList<>();
    private final List<Named> fields = new ArrayList<>();
    private final List<Literal> literals = new ArrayList<>();

    private MarkupScan(int size) {
        kinds = new Kind[size];
        Arrays.fill(kinds, Kind.PROSE);
    }

    public static MarkupScan of(LintedDocument doc, List<Title> titles) {
        MarkupScan scan = new MarkupScan(doc.lines().size());
        scan.run(doc.lines());
        for (Title t : titles) {
            if (t.overline() >= 0) {
                scan.kinds[t.overline()] = Kind.MARKUP;
            }
            if (t.underline() >= 0 && t.status() != Title.Status.DEMOTED) {
                scan.kinds[t.underline()] = Kind.MARKUP;
            }
        }
        return scan;
    }

    private void run(List<String> lines) {
        int i = 0;
        boolean docinfo = true;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                kinds[i] = Kind.BLANK;
                i++;
                continue;
            }
            int indent = LintedDocument.indent(line);
            String s = line.substring(indent);
            Matcher m;
            if (s.startsWith(".. ") || s.equals("..")) {
                docinfo = false;
                kinds[i] = Kind.MARKUP;
                i = explicit(lines, i, indent, s);
                continue;
            }
            if (s.startsWith("__") && (m = ANONYMOUS.matcher(s)).matches()) {
                kinds[i] = Kind.MARKUP;
                linkTargets.add(new Named(i, "__", m.group(1).strip()));
                i++;
                continue;
            }
            if (s.charAt(0) == ':' && (m = FIELD.matcher(s)).matches()) {
                if (docinfo || indent == 0) {
                    fields.add(new Named(i, m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
                }
            } else if (indent == 0 && !BlockMarkers.isAdornment(s)) {
                docinfo = false;
            }
            if (BlockMarkers.isAdornment(s) && !s.equals("::") || s.startsWith("+-") || s.startsWith("+=")
                    || s.charAt(0) == '=' && BlockMarkers.SIMPLE_TABLE_TOP.matcher(s).lookingAt()) {
                kinds[i] = Kind.MARKUP;
            }
            if (s.endsWith("::") && (i + 1 >= lines.size() || lines.get(i + 1).isEmpty())) {
                int base = indent + listMarkerWidth(s);
                if (s.equals("::")) {
                    kinds[i] = Kind.MARKUP;
                }
                i = literalBlock(lines, i + 1, base, Kind.LITERAL);
                continue;
            }
            i++;
        }
    }

    /** The width of the bullet or enumerator that starts s, or 0. */
    private static int listMarkerWidth(String s) {
        Matcher m = BlockMarkers.BULLET.matcher(s);
        if (m.lookingAt() || (m = BlockMarkers.ENUMERATOR.matcher(s)).lookingAt()) {
            return m.end();
        }
        return 0;
    }

    /** Marks the indented block after line start-1 (deeper than base) with kind; returns the next line. */
    private int literalBlock(List<String> lines, int start, int base, Kind kind) {
        int k = start;
        int end = start;
        int first = -1;
        int minIndent = Integer.MAX_VALUE;
        while (k < lines.size()) {
            String l = lines.get(k);
            if (l.isEmpty()) {
                kinds[k] = Kind.BLANK;
                k++;
                continue;
            }
            int ind = LintedDocument.indent(l);
            if (ind <= base) {
                break;
            }
            kinds[k] = kind;
            minIndent = Math.min(minIndent, ind);
            if (first < 0) {
                first = k;
            }
            k++;
            end = k;
        }
        if (first >= 0 && kind == Kind.LITERAL) {
            StringBuilder text = new StringBuilder();
            for (int j = first; j < end; j++) {
                String l = lines.get(j);
                text.append(l.length() >= minIndent ? l.substring(minIndent) : "").append('\n');
            }
            literals.add(new Literal(first, text.toString()));
        }
        return end == start ? k : end;
    }

    private int explicit(List<String> lines, int i, int indent, String s) {
        Matcher m;
        if ((m = SUBSTITUTION.matcher(s)).matches()) {
            substitutions.add(new Named(i, m.group(1).strip(), m.group(2)));
            directives.add(new Directive(i, m.group(2).toLowerCase(java.util.Locale.ROOT), nz(m.group(3))));
            return options(lines, i + 1, indent);
        }
        if ((m = BlockMarkers.DIRECTIVE.matcher(s)).lookingAt()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            directives.add(new Directive(i, name, s.substring(m.end()).strip()));
            int next = options(lines, i + 1, indent);
            if (DirectiveContent.of(name).literal()) {
                return literalBlock(lines, next, indent, Kind.LITERAL);
            }
            return next;
        }
        if ((m = TARGET.matcher(s)).matches()) {
            String name = m.group(1);
            String value = nz(m.group(2));
            int k = i + 1;
            while (k < lines.size() && !lines.get(k).isEmpty() && LintedDocument.indent(lines.get(k)) > indent) {
                value += lines.get(k).strip();
                kinds[k] = Kind.MARKUP;
                k++;
            }
            if (name.startsWith("`")) {
                name = name.substring(1, name.length() - 1);
            }
            (value.isEmpty() ? labels : linkTargets).add(new Named(i, name.strip(), value));
            return k;
        }
        if ((m = BRACKETED.matcher(s)).matches()) {
            footnotes.add(new Named(i, m.group(1), ""));
            return i + 1;
        }
        return literalBlock(lines, i + 1, indent, Kind.COMMENT);
    }

    /** Skips directive option lines (":name: value" right after the directive line). */
    private int options(List<String> lines, int k, int indent) {
        while (k < lines.size() && !lines.get(k).isEmpty() && LintedDocument.indent(lines.get(k)) > indent
                && lines.get(k).strip().startsWith(":")) {
            kinds[k] = Kind.MARKUP;
            k++;
        }
        return k;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** An inventory of {@code size} prose lines, for the scanners of other markup languages to fill in. */
    static MarkupScan ofProse(int size) {
        return new MarkupScan(size);
    }

    void mark(int line, Kind kind) {
        kinds[line] = kind;
    }

    void addField(Named field) {
        fields.add(field);
    }

    void addLiteral(Literal literal) {
        literals.add(literal);
    }

    public Kind kind(int line) {
        return kinds[line];
    }

    public List<Directive> directives() {
        return directives;
    }

    public List<Named> labels() {
        return labels;
    }

    public List<Named> linkTargets() {
        return linkTargets;
    }

    public List<Named> footnotes() {
        return footnotes;
    }

    public List<Named> substitutions() {
        return substitutions;
    }

    /** Field list items at the top level (e.g. {@code :Original:}). */
    public List<Named> fields() {
        return fields;
    }

    public List<Literal> literals() {
        return literals;
    }
}
