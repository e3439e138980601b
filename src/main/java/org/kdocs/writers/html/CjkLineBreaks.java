package org.kdocs.writers.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.Text;

/**
 * Source line breaks that a page should not show. A browser renders the
 * line break inside a paragraph as a space, which is right between Latin
 * words and wrong between two Chinese or Japanese characters. This finds,
 * for a document, the text nodes whose breaks fall between two such
 * characters (looking across inline markup) and gives their text with those
 * breaks removed. The test for a pair is CSS Text 3's segment break rule:
 * both sides East Asian Wide, Fullwidth or Halfwidth, neither Hangul (Korean
 * puts spaces between words); curly quotes count as wide next to a wide
 * character, as Chinese fonts draw them. Literal blocks and math keep their
 * breaks; an inline literal does not (HTML shows its break as a space too).
 */
public final class CjkLineBreaks {
    private CjkLineBreaks() {
    }

    /** Text node to its text without the breaks to drop; nodes with none are absent. */
    public static Map<Text, String> of(Element root) {
        Map<Text, String> joined = new IdentityHashMap<>();
        visit(root, joined);
        return joined;
    }

    /** Whether a line break between these two code points should disappear. */
    public static boolean joins(int before, int after) {
        boolean wideBefore = wide(before);
        boolean wideAfter = wide(after);
        return wideBefore && wideAfter || wideBefore && quote(after) || quote(before) && wideAfter;
    }

    private static void visit(Node node, Map<Text, String> joined) {
        if (!(node instanceof Element e) || verbatim(e)) {
            return;
        }
        if (e.is(Category.TEXT_ELEMENT)) {
            join(e, joined);
            return;
        }
        for (Node child : e.children()) {
            visit(child, joined);
        }
    }

    // one paragraph, title or other text element: its text nodes read as one string
    private static void join(Element unit, Map<Text, String> joined) {
        List<Text> texts = new ArrayList<>();
        List<Boolean> prose = new ArrayList<>();
        collect(unit, false, texts, prose);
        if (!mayJoin(texts, prose)) {
            return;
        }
        StringBuilder all = new StringBuilder();
        int[] starts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            starts[i] = all.length();
            all.append(texts.get(i).astext());
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).astext();
            if (!prose.get(i) || text.indexOf('\n') < 0) {
                continue;
            }
            StringBuilder kept = new StringBuilder(text.length());
            for (int k = 0; k < text.length(); k++) {
                int at = starts[i] + k;
                if (text.charAt(k) == '\n' && at > 0 && at + 1 < all.length()
                        && joins(all.codePointBefore(at), all.codePointAt(at + 1))) {
                    continue;
                }
                kept.append(text.charAt(k));
            }
            if (kept.length() != text.length()) {
                joined.put(texts.get(i), kept.toString());
            }
        }
    }

    // both sides of a joined break are at U+1100 or above (wide characters and curly quotes): most
    // paragraphs, with no such character or no break in their prose, are passed at the cost of a scan
    private static boolean mayJoin(List<Text> texts, List<Boolean> prose) {
        boolean breaks = false;
        for (int i = 0; i < texts.size() && !breaks; i++) {
            breaks = prose.get(i) && texts.get(i).raw().indexOf('\n') >= 0;
        }
        if (!breaks) {
            return false;
        }
        for (Text text : texts) {
            String raw = text.raw();
            for (int k = 0; k < raw.length(); k++) {
                if (raw.charAt(k) >= 0x1100) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(Element element, boolean literal, List<Text> texts, List<Boolean> prose) {
        for (Node child : element.children()) {
            if (child instanceof Text t) {
                texts.add(t);
                prose.add(!literal);
            } else if (child instanceof Element e) {
                collect(e, literal || verbatim(e) || e.tagname().equals("math"), texts, prose);
            }
        }
    }

    // literal blocks, raw, comments, math blocks: their line breaks are content
    private static boolean verbatim(Element e) {
        return e.is(Category.FIXED_TEXT_ELEMENT);
    }

    private static boolean wide(int c) {
        if (c < 0x1100) {
            return false;
        }
        int width = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return (width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH
                || width == UCharacter.EastAsianWidth.HALFWIDTH) && UScript.getScript(c) != UScript.HANGUL;
    }

    private static boolean quote(int c) {
        return c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }
}
