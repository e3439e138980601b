package org.kdocs.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds section titles line by line, following the decisions of docutils
 * 0.19 (parsers/rst/states.py: Body, Text.underline, Line.text and
 * RSTState.check_subsection) without building a document tree. Only places
 * where docutils allows titles are examined: the top level, and the content
 * of Sphinx's {@code only} directive, which is parsed with its own title
 * styles. Indented blocks, lists, tables and explicit markup are skipped as
 * wholes.
 */
public final class TitleScanner {
    static final Pattern ADORNMENT = Pattern.compile("([!-/:-@\\[-`{-~])\\1* *");
    private static final Pattern BULLET = Pattern.compile("[-+*\u2022\u2023\u2043]( +|$).*");
    private static final Pattern ENUMERATOR = Pattern.compile(
            "(\\(?([0-9]+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\\)|([0-9]+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\\.)( +|$).*");
    private static final Pattern FIELD = Pattern.compile(":(?![: ])([^:\\\\]|\\\\.|:(?!([ `]|$)))*(?<! ):( +|$).*");
    private static final Pattern OPTION = Pattern.compile(
            "((-|\\+)[a-zA-Z0-9]( ?([a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>))?|(--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*"
                    + "([ =]([a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>))?)(, .*)?(  +| ?$).*");
    private static final Pattern SIMPLE_PREFIX = Pattern.compile("(>>>|\\||\\.\\.|__)( +|$).*");
    private static final Pattern GRID_TOP = Pattern.compile("\\+-[-+]+-\\+ *");
    static final Pattern SIMPLE_TOP = Pattern.compile("=+( +=+)+ *");
    private static final Pattern SIMPLE_BORDER = Pattern.compile("=+[ =]*");
    private static final Pattern ONLY = Pattern.compile("\\.\\. +only *::.*");

    private final List<String> lines;
    private final List<Title> titles = new ArrayList<>();

    private TitleScanner(List<String> lines) {
        this.lines = lines;
    }

    /** All title candidates of a document, in line order. */
    public static List<Title> scan(SourceDoc doc) {
        TitleScanner scanner = new TitleScanner(doc.lines());
        scanner.scanBlock(0, doc.lines().size(), 0);
        scanner.titles.sort(java.util.Comparator.comparingInt(Title::titleLine));
        return List.copyOf(scanner.titles);
    }

    /** Hierarchy memo, docutils' memo.title_styles and memo.section_level. */
    private static final class Memo {
        final List<String> styles = new ArrayList<>();
        int level;
    }

    private String line(int i, int dedent) {
        String l = lines.get(i);
        return l.length() >= dedent ? l.substring(dedent) : l.strip();
    }

    /** Scans lines [from, to), dedented by {@code dedent} columns, as one body with its own title memo. */
    private void scanBlock(int from, int to, int dedent) {
        Block b = new Block(from, to, dedent, new Memo());
        int i = from;
        while (i < to) {
            i = b.step(i);
        }
    }

    private final class Block {
        final int to;
        final int dedent;
        final Memo memo;

        Block(int from, int to, int dedent, Memo memo) {
            this.to = to;
            this.dedent = dedent;
            this.memo = memo;
        }

        String at(int i) {
            return line(i, dedent);
        }

        boolean blank(int i) {
            return at(i).isEmpty();
        }

        boolean indented(int i) {
            return !blank(i) && at(i).charAt(0) == ' ';
        }

        boolean adornment(int i) {
            return !indented(i) && ADORNMENT.matcher(at(i)).matches();
        }

        /** Skips blank and indented lines from i. */
        int skipIndented(int i) {
            while (i < to && (blank(i) || indented(i))) {
                i++;
            }
            return i;
        }

        int step(int i) {
            String l = at(i);
            if (l.isEmpty()) {
                return i + 1;
            }
            if (l.charAt(0) == ' ') {
                return skipIndented(i);
            }
            if (ONLY.matcher(l).matches()) {
                int end = skipIndented(i + 1);
                int contentEnd = end;
                while (contentEnd > i + 1 && blank(contentEnd - 1)) {
                    contentEnd--;
                }
                int minIndent = Integer.MAX_VALUE;
                for (int k = i + 1; k < contentEnd; k++) {
                    if (!blank(k)) {
                        minIndent = Math.min(minIndent, SourceDoc.indent(at(k)));
                    }
                }
                if (minIndent != Integer.MAX_VALUE) {
                    int start = i + 1;
                    while (start < contentEnd && !blank(start) && at(start).strip().startsWith(":")) {
                        start++; // directive options
                    }
                    scanBlock(start, contentEnd, dedent + minIndent);
                }
                return end;
            }
            if (GRID_TOP.matcher(l).matches()) {
                int k = i;
                while (k < to && !blank(k)) {
                    k++;
                }
                return k;
            }
            if (SIMPLE_TOP.matcher(l).matches()) {
                return skipSimpleTable(i);
            }
            if (BULLET.matcher(l).matches() || FIELD.matcher(l).matches() || SIMPLE_PREFIX.matcher(l).matches()) {
                return skipIndented(i + 1);
            }
            if (ENUMERATOR.matcher(l).matches() && enumeratedItem(i)) {
                return skipIndented(i + 1);
            }
            if (OPTION.matcher(l).matches() && !ADORNMENT.matcher(l).matches()) {
                return skipIndented(i + 1);
            }
            if (ADORNMENT.matcher(l).matches()) {
                return lineState(i);
            }
            return textState(i);
        }

        boolean enumeratedItem(int i) {
            if (i + 1 >= to || blank(i + 1) || indented(i + 1)) {
                return true;
            }
            return ENUMERATOR.matcher(at(i + 1)).matches();
        }

        int skipSimpleTable(int i) {
            int k = i + 1;
            while (k < to) {
                if (SIMPLE_BORDER.matcher(at(k)).matches() && (k + 1 >= to || blank(k + 1))) {
                    return k + 1;
                }
                k++;
            }
            return k;
        }

        /** docutils Line state: an adornment-like line at i. */
        int lineState(int i) {
            String overline = at(i);
            int n = overline.length();
            if (i + 1 >= to || blank(i + 1)) {
                return n < 4 ? textState(i) : i + 1; // transition (a short one is paragraph text)
            }
            if (adornment(i + 1)) {
                if (n < 4) {
                    return textState(i);
                }
                return i + 2; // "Invalid section title or transition marker."
            }
            String title = at(i + 1);
            if (i + 2 >= to) {
                return n < 4 ? textState(i) : i + 2; // "Incomplete section title."
            }
            String underline = at(i + 2);
            if (!ADORNMENT.matcher(underline).matches()) {
                return n < 4 ? textState(i) : i + 3; // "Missing matching underline ..."
            }
            if (!overline.equals(underline)) {
                if (n < 4) {
                    return textState(i);
                }
                titles.add(new Title(Title.Status.MISMATCH, i, i + 1, i + 2, title, overline.charAt(0),
                        n, underline.length(), memo.level));
                return i + 3;
            }
            Title.Status status = Title.Status.ACCEPTED;
            if (TitleWidth.DOCUTILS.columns(title) > n) {
                if (n < 4) {
                    titles.add(new Title(Title.Status.DEMOTED, i, i + 1, i + 2, title, overline.charAt(0),
                            n, underline.length(), memo.level));
                    return textState(i);
                }
                status = Title.Status.ACCEPTED_SHORT;
            }
            section(status, i, i + 1, i + 2, title, overline.charAt(0), n, underline.length(), "" + overline.charAt(0)
                    + underline.charAt(0));
            return i + 3;
        }

        /** docutils Text state: a text line at i, classified by the line after it. */
        int textState(int i) {
            if (i + 1 >= to || blank(i + 1)) {
                return afterParagraph(i, i + 1);
            }
            if (indented(i + 1)) {
                return skipIndented(i + 1); // definition list item
            }
            String next = at(i + 1);
            if (ADORNMENT.matcher(next).matches()) {
                String title = at(i);
                int n = next.length();
                if (TitleWidth.DOCUTILS.columns(title) > n) {
                    if (n < 4) {
                        if (!next.equals("::")) {
                            titles.add(new Title(Title.Status.DEMOTED, -1, i, i + 1, title, next.charAt(0), 0, n,
                                    memo.level));
                        }
                        return paragraph(i);
                    }
                    section(Title.Status.ACCEPTED_SHORT, -1, i, i + 1, title, next.charAt(0), 0, n, "" + next.charAt(0));
                    return i + 2;
                }
                section(Title.Status.ACCEPTED, -1, i, i + 1, title, next.charAt(0), 0, n, "" + next.charAt(0));
                return i + 2;
            }
            return paragraph(i);
        }

        /** A paragraph from i: text lines up to a blank or indented line. */
        int paragraph(int i) {
            int k = i + 1;
            while (k < to && !blank(k) && !indented(k)) {
                k++;
            }
            return afterParagraph(k - 1, k);
        }

        /** After a paragraph ending at line last: a quoted literal block may follow an expanded "::". */
        int afterParagraph(int last, int next) {
            if (!at(last).endsWith("::")) {
                return next;
            }
            int k = next;
            while (k < to && blank(k)) {
                k++;
            }
            if (k >= to || indented(k)) {
                return k;
            }
            char quote = at(k).charAt(0);
            if (!ADORNMENT.matcher(String.valueOf(quote)).matches()) {
                return k;
            }
            while (k < to && !blank(k) && at(k).charAt(0) == quote) {
                k++;
            }
            return k;
        }

        /** docutils check_subsection: accepts the title at its level or reports an inconsistent level. */
        void section(Title.Status status, int over, int titleLine, int under, String title, char c, int overLen,
                int underLen, String style) {
            int known = memo.styles.indexOf(style);
            int level;
            if (known < 0) {
                if (memo.styles.size() != memo.level) {
                    titles.add(new Title(Title.Status.LEVEL_INCONSISTENT, over, titleLine, under, title, c, overLen,
                            underLen, memo.level + 1));
                    return;
                }
                memo.styles.add(style);
                level = memo.styles.size();
            } else {
                level = known + 1;
                if (level > memo.level + 1) {
                    titles.add(new Title(Title.Status.LEVEL_INCONSISTENT, over, titleLine, under, title, c, overLen,
                            underLen, level));
                    return;
                }
            }
            memo.level = level;
            titles.add(new Title(status, over, titleLine, under, title, c, overLen, underLen, level));
        }
    }
}
