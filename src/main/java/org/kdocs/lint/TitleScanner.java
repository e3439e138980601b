package org.kdocs.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.kdocs.rst.blocks.BlockMarkers;
import org.kdocs.rst.directives.DirectiveContent;
import org.kdocs.source.DisplayWidth;

/**
 * Finds section titles line by line, following the decisions of docutils
 * 0.19 (parsers/rst/states.py: Body, Text.underline, Line.text,
 * Body.line and RSTState.check_subsection) without building a document
 * tree. Titles are allowed at the top level and in the content of Sphinx's
 * {@code only} directive (with its own title styles); the bodies of list
 * items, block quotes, definitions, footnotes and body directives (note,
 * warning, ...) are examined with titles not allowed, where docutils reports
 * "Unexpected section title.". Literal blocks, comments and other
 * directives' content are skipped.
 *
 * <p>Why lint does not read the parser's tree: it must see the titles that
 * docutils rejects or demotes (an underline shorter than a CJK title, a
 * title where none is allowed, an inconsistent level), which the tree keeps
 * only as messages or paragraphs, and a translation is linted on every save,
 * where one pass over the lines costs far less than a parse. The patterns
 * that start a block, the enumerated-list check and the directives' content
 * kinds come from the parser ({@link BlockMarkers}, {@link DirectiveContent}),
 * so the two recognise the same constructs.
 */
public final class TitleScanner {
    private final List<Title> titles = new ArrayList<>();

    private TitleScanner() {
    }

    /** All title candidates of a document, in line order. */
    public static List<Title> scan(LintedDocument doc) {
        TitleScanner scanner = new TitleScanner();
        int[] origin = new int[doc.lines().size()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        scanner.new Block(doc.lines(), origin, true, new Memo()).run();
        scanner.titles.sort(Comparator.comparingInt(Title::titleLine));
        return List.copyOf(scanner.titles);
    }

    /** Hierarchy memo, docutils' memo.title_styles and memo.section_level. */
    private static final class Memo {
        final List<String> styles = new ArrayList<>();
        int level;
    }

    /**
     * One body of text, as a nested docutils state machine sees it: lines
     * already dedented, each mapped to its line in the document.
     */
    private final class Block {
        final List<String> lines;
        final int[] origin;
        final boolean titlesAllowed;
        final Memo memo;
        final int to;

        Block(List<String> lines, int[] origin, boolean titlesAllowed, Memo memo) {
            this.lines = lines;
            this.origin = origin;
            this.titlesAllowed = titlesAllowed;
            this.memo = memo;
            this.to = lines.size();
        }

        void run() {
            int i = 0;
            while (i < to) {
                i = step(i);
            }
        }

        String at(int i) {
            return lines.get(i);
        }

        boolean blank(int i) {
            return at(i).isEmpty();
        }

        boolean indented(int i) {
            return !blank(i) && at(i).charAt(0) == ' ';
        }

        /** Skips blank and indented lines from i. */
        int skipIndented(int i) {
            while (i < to && (blank(i) || indented(i))) {
                i++;
            }
            return i;
        }

        /** Scans lines [from, end) as a nested body, with {@code first} (may be null) as its first line. */
        int nested(String first, int firstLine, int from, int end, boolean allowTitles, Memo nestedMemo) {
            int stop = end;
            while (stop > from && blank(stop - 1)) {
                stop--;
            }
            int minIndent = Integer.MAX_VALUE;
            for (int k = from; k < stop; k++) {
                if (!blank(k)) {
                    minIndent = Math.min(minIndent, LintedDocument.indent(at(k)));
                }
            }
            List<String> body = new ArrayList<>();
            List<Integer> map = new ArrayList<>();
            if (first != null) {
                body.add(first);
                map.add(origin[firstLine]);
            }
            for (int k = from; k < stop; k++) {
                body.add(blank(k) ? "" : at(k).substring(Math.min(minIndent, at(k).length())));
                map.add(origin[k]);
            }
            if (!body.isEmpty()) {
                int[] nestedOrigin = map.stream().mapToInt(Integer::intValue).toArray();
                new Block(body, nestedOrigin, allowTitles, nestedMemo).run();
            }
            return end;
        }

        /** A construct whose body starts on its first line after {@code column} and continues indented. */
        int item(int i, int column) {
            String rest = at(i).length() > column ? at(i).substring(column) : "";
            int end = skipIndented(i + 1);
            return nested(rest.isEmpty() ? null : rest, i, i + 1, end, false, memo);
        }

        /**
         * A list item (docutils Body.list_item): with text after the marker, the body is
         * dedented by exactly the marker width and ends at a less indented line.
         */
        int listItem(int i, int column) {
            String rest = at(i).length() > column ? at(i).substring(column) : "";
            if (rest.isEmpty()) {
                return item(i, column);
            }
            int end = i + 1;
            while (end < to && (blank(end) || LintedDocument.indent(at(end)) >= column)) {
                end++;
            }
            int stop = end;
            while (stop > i + 1 && blank(stop - 1)) {
                stop--;
            }
            List<String> body = new ArrayList<>();
            int[] map = new int[stop - i];
            body.add(rest);
            map[0] = origin[i];
            for (int k = i + 1; k < stop; k++) {
                body.add(blank(k) ? "" : at(k).substring(column));
                map[k - i] = origin[k];
            }
            new Block(body, map, false, memo).run();
            return end;
        }

        int step(int i) {
            String l = at(i);
            if (l.isEmpty()) {
                return i + 1;
            }
            if (l.charAt(0) == ' ') {
                return nested(null, i, i, skipIndented(i), false, memo); // block quote
            }
            char first = l.charAt(0);
            if (first > 0x7f && Character.isLetter(first)) {
                return textState(i); // no construct starts with a non-ASCII letter (fast path for CJK text)
            }
            // each pattern is tried only on lines whose first character it can match
            Matcher m;
            if (BlockMarkers.BULLET_FIRST.indexOf(first) >= 0 && (m = BlockMarkers.BULLET.matcher(l)).lookingAt()) {
                return listItem(i, m.end());
            }
            if (mayBeEnumerator(l) && (m = BlockMarkers.ENUMERATOR.matcher(l)).lookingAt()
                    && BlockMarkers.isEnumeratedListItem(m, i + 1 < to ? at(i + 1) : null)) {
                return listItem(i, m.end());
            }
            if (first == ':' && (m = BlockMarkers.FIELD_MARKER.matcher(l)).lookingAt()) {
                return item(i, m.end());
            }
            if (BlockMarkers.OPTION_FIRST.indexOf(first) >= 0
                    && (m = BlockMarkers.OPTION_MARKER.matcher(l)).lookingAt()) {
                return item(i, m.end());
            }
            if (first == '>' && BlockMarkers.DOCTEST.matcher(l).lookingAt()
                    || first == '|' && BlockMarkers.LINE_BLOCK.matcher(l).lookingAt()
                    || first == '_' && BlockMarkers.ANONYMOUS.matcher(l).lookingAt()) {
                return skipIndented(i + 1);
            }
            if (first == '+' && BlockMarkers.GRID_TABLE_TOP.matcher(l).lookingAt()) {
                int k = i;
                while (k < to && !blank(k)) {
                    k++;
                }
                return k;
            }
            if (first == '=' && BlockMarkers.SIMPLE_TABLE_TOP.matcher(l).lookingAt()) {
                return skipSimpleTable(i);
            }
            if (first == '.' && BlockMarkers.EXPLICIT_MARKUP.matcher(l).lookingAt()) {
                return explicit(i, l);
            }
            if (BlockMarkers.isAdornment(l)) {
                return titlesAllowed ? lineState(i) : unexpectedLine(i);
            }
            return textState(i);
        }

        int explicit(int i, String l) {
            int end = skipIndented(i + 1);
            Matcher d = BlockMarkers.DIRECTIVE.matcher(l);
            if (d.lookingAt()) {
                DirectiveContent content = DirectiveContent.of(d.group(1));
                int contentStart = i + 1;
                while (contentStart < end && !blank(contentStart) && at(contentStart).strip().startsWith(":")) {
                    contentStart++; // options
                }
                if (content == DirectiveContent.SECTIONS) {
                    return nested(null, i, contentStart, end, true, new Memo());
                }
                if (content == DirectiveContent.BODY_FROM_FIRST_LINE) {
                    String rest = l.substring(d.end()).strip();
                    return nested(rest.isEmpty() ? null : rest, i, contentStart, end, false, memo);
                }
                if (content == DirectiveContent.BODY) {
                    while (contentStart < end && !blank(contentStart)) {
                        contentStart++; // argument continuation lines
                    }
                    return nested(null, i, contentStart, end, false, memo);
                }
                return end;
            }
            Matcher f = BlockMarkers.FOOTNOTE.matcher(l);
            if (f.lookingAt() || (f = BlockMarkers.CITATION.matcher(l)).lookingAt()) {
                return item(i, f.end());
            }
            return end; // comments, targets, substitution definitions
        }

        /**
         * A necessary condition for an enumerator: a parenthesis or {@code #}
         * first, or a run of ASCII letters and digits ended by '.' or ')'.
         */
        boolean mayBeEnumerator(String l) {
            char first = l.charAt(0);
            if (first == '(' || first == '#') {
                return true;
            }
            int k = 0;
            while (k < l.length() && l.charAt(k) < 0x80 && Character.isLetterOrDigit(l.charAt(k))) {
                k++;
            }
            return k > 0 && k < l.length() && (l.charAt(k) == '.' || l.charAt(k) == ')');
        }

        int skipSimpleTable(int i) {
            int k = i + 1;
            while (k < to) {
                if (BlockMarkers.SIMPLE_TABLE_BORDER.matcher(at(k)).lookingAt() && (k + 1 >= to || blank(k + 1))) {
                    return k + 1;
                }
                k++;
            }
            return k;
        }

        /** docutils Body.line where titles are not allowed. */
        int unexpectedLine(int i) {
            String l = at(i);
            if (l.equals("::") || l.length() < 4) {
                return textState(i);
            }
            titles.add(new Title(Title.Status.UNEXPECTED, -1, origin[i], origin[i], "", l.charAt(0), 0, l.length(),
                    memo.level));
            return i + 1;
        }

        /** docutils Line state: an adornment-like line at i where titles are allowed. */
        int lineState(int i) {
            String overline = at(i);
            int n = overline.length();
            if (i + 1 >= to || blank(i + 1)) {
                return n < 4 ? textState(i) : i + 1; // transition (a short one is paragraph text)
            }
            if (!indented(i + 1) && BlockMarkers.isAdornment(at(i + 1))) {
                return n < 4 ? textState(i) : i + 2; // "Invalid section title or transition marker."
            }
            String title = at(i + 1);
            if (i + 2 >= to) {
                return n < 4 ? textState(i) : i + 2; // "Incomplete section title."
            }
            String underline = at(i + 2);
            if (!BlockMarkers.isAdornment(underline)) {
                return n < 4 ? textState(i) : i + 3; // "Missing matching underline ..."
            }
            if (!overline.equals(underline)) {
                if (n < 4) {
                    return textState(i);
                }
                titles.add(new Title(Title.Status.MISMATCH, origin[i], origin[i + 1], origin[i + 2], title,
                        overline.charAt(0), n, underline.length(), memo.level));
                return i + 3;
            }
            Title.Status status = Title.Status.ACCEPTED;
            if (DisplayWidth.columns(title) > n) {
                if (n < 4) {
                    titles.add(new Title(Title.Status.DEMOTED, origin[i], origin[i + 1], origin[i + 2], title,
                            overline.charAt(0), n, underline.length(), memo.level));
                    return textState(i);
                }
                status = Title.Status.ACCEPTED_SHORT;
            }
            section(status, i, i + 1, i + 2, title, n, underline.length(), "" + overline.charAt(0) + underline.charAt(0));
            return i + 3;
        }

        /** docutils Text state: a text line at i, classified by the line after it. */
        int textState(int i) {
            if (i + 1 >= to || blank(i + 1)) {
                return afterParagraph(i, i + 1);
            }
            if (indented(i + 1)) {
                return nested(null, i, i + 1, skipIndented(i + 1), false, memo); // definition list item
            }
            String next = at(i + 1);
            if (!BlockMarkers.isAdornment(next)) {
                return paragraph(i);
            }
            String title = at(i);
            int n = next.length();
            boolean tooShort = DisplayWidth.columns(title) > n;
            if (tooShort && n < 4) {
                if (titlesAllowed && !next.equals("::")) {
                    titles.add(new Title(Title.Status.DEMOTED, -1, origin[i], origin[i + 1], title, next.charAt(0), 0,
                            n, memo.level));
                }
                return paragraph(i);
            }
            if (!titlesAllowed) {
                titles.add(new Title(tooShort ? Title.Status.UNEXPECTED_SHORT : Title.Status.UNEXPECTED, -1,
                        origin[i], origin[i + 1], title, next.charAt(0), 0, n, memo.level));
                return i + 2;
            }
            section(tooShort ? Title.Status.ACCEPTED_SHORT : Title.Status.ACCEPTED, -1, i, i + 1, title, 0, n,
                    "" + next.charAt(0));
            return i + 2;
        }

        /** A paragraph from i: text lines up to a blank or indented line. */
        int paragraph(int i) {
            int k = i + 1;
            while (k < to && !blank(k) && !indented(k)) {
                k++;
            }
            return afterParagraph(k - 1, k);
        }

        /** After a paragraph ending at line last: a literal block follows an expanded "::". */
        int afterParagraph(int last, int next) {
            if (!at(last).endsWith("::")) {
                return next;
            }
            int k = next;
            while (k < to && blank(k)) {
                k++;
            }
            if (k >= to) {
                return k;
            }
            if (indented(k)) {
                return skipIndented(k); // indented literal block
            }
            char quote = at(k).charAt(0);
            if (!BlockMarkers.isPunctuation(quote)) {
                return k;
            }
            while (k < to && !blank(k) && at(k).charAt(0) == quote) {
                k++;
            }
            return k;
        }

        /** docutils check_subsection: accepts the title at its level or reports an inconsistent level. */
        void section(Title.Status status, int over, int titleLine, int under, String title, int overLen, int underLen,
                String style) {
            char c = style.charAt(0);
            int o = over < 0 ? -1 : origin[over];
            int known = memo.styles.indexOf(style);
            int level;
            if (known < 0) {
                if (memo.styles.size() != memo.level) {
                    titles.add(new Title(Title.Status.LEVEL_INCONSISTENT, o, origin[titleLine], origin[under], title, c,
                            overLen, underLen, memo.level + 1));
                    return;
                }
                memo.styles.add(style);
                level = memo.styles.size();
            } else {
                level = known + 1;
                if (level > memo.level + 1) {
                    titles.add(new Title(Title.Status.LEVEL_INCONSISTENT, o, origin[titleLine], origin[under], title, c,
                            overLen, underLen, level));
                    return;
                }
            }
            memo.level = level;
            titles.add(new Title(status, o, origin[titleLine], origin[under], title, c, overLen, underLen, level));
        }
    }
}
