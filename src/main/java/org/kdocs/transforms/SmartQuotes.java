package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Replaces ASCII quotes, "--"/"---" and "..." in running text by their
 * typographic forms for the text's language (docutils.transforms.universal.SmartQuotes).
 * Each block of text is educated as a unit so quotes see their context
 * across inline markup; literal text is passed through but still gives context.
 * The docutils transform runs when the smart_quotes setting asks for it, with
 * action "qDe"; {@link #sphinx} makes Sphinx's variant (SphinxSmartQuotes),
 * which runs by configuration with its own action and leaves alone any text
 * that has a literal ancestor, not only a literal parent or grandparent.
 */
public final class SmartQuotes implements Transform {
    // a block's language tag to its supported form, asked for every block of every page
    private static final Map<String, Optional<String>> SUPPORTED_TAGS = new ConcurrentHashMap<>();
    private static final Pattern SINGLE_CHARACTER_SUBTAG = Pattern.compile("_([a-zA-Z0-9])_");
    private static final Pattern ACTIVE_ESCAPED = Pattern.compile("(?<=\u0000)([-\\\\'\".`])");

    private final String action;
    private final String fixedLanguage;
    private final Predicate<Element> notSmartquotable;

    SmartQuotes() {
        this("qDe", null, null);
    }

    private SmartQuotes(String action, String fixedLanguage, Predicate<Element> notSmartquotable) {
        this.action = action;
        this.fixedLanguage = fixedLanguage;
        this.notSmartquotable = notSmartquotable;
    }

    /**
     * Sphinx's SphinxSmartQuotes for a document in {@code language}: runs whenever the language
     * has quotes (without a warning otherwise), with {@code action} (smartquotes_action, e.g.
     * "q" for quotes only), skipping text below a literal-like element or one {@code notSmartquotable}
     * names (Sphinx's signature nodes).
     */
    public static Transform sphinx(String action, String language, Predicate<Element> notSmartquotable) {
        return new SmartQuotes(action, language, notSmartquotable);
    }

    @Override
    public void apply(TransformContext context, Pending startNode) {
        boolean sphinx = fixedLanguage != null;
        String setting = sphinx ? "yes" : context.settings().smartQuotes();
        if (setting == null || sphinx && supportedTag(fixedLanguage) == null) {
            return;
        }
        String documentLanguage = sphinx ? fixedLanguage : context.settings().languageCode();
        boolean alternative = setting.startsWith("alt");
        Set<String> unsupported = new HashSet<>();
        for (Element block : context.document().findAll(e -> e.is(Category.TEXT_ELEMENT))) {
            if (block.is(Category.FIXED_TEXT_ELEMENT) || block.is(Category.SPECIAL) || block.parent() == null
                    || block.parent().is(Category.TEXT_ELEMENT)) {
                continue;
            }
            List<Text> texts = new ArrayList<>();
            for (Node node : block.traverse()) {
                if (node instanceof Text text && !text.parent().is(NodeType.OPTION_STRING)) {
                    texts.add(text);
                }
            }
            String language = language(block, documentLanguage);
            if (alternative) {
                language = language.contains("-x-altquot") ? language.replace("-x-altquot", "")
                        : language + "-x-altquot";
            }
            String supported = supportedTag(language);
            if (supported == null) {
                if (unsupported.add(language)) {
                    context.reporter().messageAt(Severity.WARNING,
                            "No smart quotes defined for language \"" + language + "\".", block);
                }
                supported = "";
            }
            educateBlock(texts, supported);
        }
    }

    private void educateBlock(List<Text> texts, String language) {
        List<String> quotes = QuoteTable.QUOTES.getOrDefault(language.toLowerCase(Locale.ROOT),
                List.of("\"", "\"", "'", "'"));
        String previousLast = " ";
        for (Text text : texts) {
            String raw = text.raw();
            String educated;
            if (literal(text)) {
                educated = raw;
                if (!raw.isEmpty()) {
                    previousLast = lastCodePoint(raw);
                }
            } else {
                String plain = ACTIVE_ESCAPED.matcher(raw).replaceAll("\\\\$1");
                if (plain.isEmpty()) {
                    educated = plain;
                } else {
                    String last = lastCodePoint(plain);
                    educated = Educator.educate(plain, previousLast, quotes, language, action);
                    previousLast = last;
                }
            }
            text.parent().replace(text, new Text(educated));
        }
    }

    // docutils looks at the parent and grandparent; Sphinx's is_smartquotable at every ancestor
    private boolean literal(Text text) {
        if (notSmartquotable == null) {
            return isLiteral(text.parent()) || isLiteral(text.parent().parent());
        }
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (isLiteral(e) || notSmartquotable.test(e)) {
                return true;
            }
        }
        return false;
    }

    private static String lastCodePoint(String s) {
        return s.substring(s.offsetByCodePoints(s.length(), -1));
    }

    private static boolean isLiteral(Element node) {
        return node != null && (node.is(Category.FIXED_TEXT_ELEMENT) || node.is(Category.SPECIAL)
                || node.is(NodeType.IMAGE) || node.is(NodeType.LITERAL) || node.is(NodeType.MATH)
                || node.is(NodeType.RAW) || node.is(NodeType.PROBLEMATIC));
    }

    /** docutils Element.get_language_code: the nearest "language-XX" class, else the document's language. */
    static String language(Element node, String fallback) {
        for (Element e = node; e != null; e = e.parent()) {
            for (String cls : e.classes()) {
                if (cls.startsWith("language-")) {
                    return cls.substring("language-".length());
                }
            }
        }
        return fallback;
    }

    /** The most specific tag of docutils' normalize_language_tag list that has quotes, or null. */
    static String supportedTag(String language) {
        return SUPPORTED_TAGS.computeIfAbsent(language, SmartQuotes::findSupportedTag).orElse(null);
    }

    private static Optional<String> findSupportedTag(String language) {
        for (String tag : normalizedTags(language)) {
            if (QuoteTable.QUOTES.containsKey(tag)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }

    // docutils.utils.normalize_language_tag: all subtag combinations, longest first, then the base tag.
    static List<String> normalizedTags(String tag) {
        String normal = tag.toLowerCase(Locale.ROOT).replace('-', '_');
        normal = SINGLE_CHARACTER_SUBTAG.matcher(normal).replaceAll("_$1-");
        List<String> subtags = new ArrayList<>(List.of(normal.split("_", -1)));
        String base = subtags.remove(0);
        List<String> out = new ArrayList<>();
        for (int n = subtags.size(); n > 0; n--) {
            combinations(subtags, n, 0, new ArrayList<>(), base, out);
        }
        out.add(base);
        return out;
    }

    private static void combinations(List<String> items, int n, int from, List<String> chosen, String base,
            List<String> out) {
        if (chosen.size() == n) {
            out.add(base + "-" + String.join("-", chosen));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            chosen.add(items.get(i));
            combinations(items, n, i + 1, chosen, base, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /**
     * The text rules of docutils.utils.smartquotes (educate_tokens) for an action: q quotes,
     * b/B backtick quotes, d/D/i dashes, e ellipses; "1", "2", "3" all of them.
     */
    static final class Educator {
        private static final String OPEN = "[(\\[{]";
        private static final String PUNCT = "[-!\" #\\$%'()*+,./:;<=>?@\\[\\\\\\]\\^_`{|}~]";
        private static final String DASH = "[-\u2013\u2014]|&[mn]dash;|&#8211;|&#8212;|&#x201[34];";
        private static final String SEP = "[\\s\u200b\u200c]|&nbsp;";
        private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
        private static final String[][] ESCAPES = {{"\\\\", "&#92;"}, {"\\\"", "&#34;"}, {"\\'", "&#39;"},
            {"\\.", "&#46;"}, {"\\-", "&#45;"}, {"\\`", "&#96;"}};

        // the patterns of educate_quotes, compiled once: they do not depend on the language's quotes
        private static final Pattern QUOTE_FIRST_SINGLE = quotePattern("^'(?=" + PUNCT + "\\\\B)");
        private static final Pattern QUOTE_FIRST_DOUBLE = quotePattern("^\"(?=" + PUNCT + "\\\\B)");
        private static final Pattern DOUBLE_SINGLE = quotePattern("\"'(?=\\w)");
        private static final Pattern SINGLE_DOUBLE = quotePattern("'\"(?=\\w)");
        private static final Pattern CLOSING_SINGLE_AFTER_OPEN = quotePattern(
                "(" + OPEN + "|" + DASH + ")'(?=" + PUNCT + "? )");
        private static final Pattern CLOSING_DOUBLE_AFTER_OPEN = quotePattern(
                "(" + OPEN + "|" + DASH + ")\"(?=" + PUNCT + "? )");
        private static final Pattern DECADE = quotePattern("'(?=\\d{2}s)");
        private static final Pattern OPENING_SINGLE = quotePattern(
                "(" + SEP + "|" + OPEN + "|" + DASH + ")'(?=\\w|" + PUNCT + ")");
        private static final Pattern INNER_APOSTROPHE = quotePattern("(?<=(\\w|\\d))'(?=\\w)");
        private static final Pattern CLOSING_SINGLE = quotePattern("(?<!\\s)'");
        private static final Pattern OPENING_DOUBLE = quotePattern(
                "(" + SEP + "|" + OPEN + "|" + DASH + ")\"(?=\\w|" + PUNCT + ")");
        private static final Pattern CLOSING_DOUBLE = quotePattern("((?<!\\s)\"|\"(?=\\s))");

        private static Pattern quotePattern(String regex) {
            return Pattern.compile(regex, FLAGS);
        }

        private Educator() {
        }

        static String educate(String text, String previousLast, List<String> quotes, String language,
                              String action) {
            boolean all = action.equals("1") || action.equals("2") || action.equals("3");
            String out = text;
            for (String[] escape : ESCAPES) {
                out = out.replace(escape[0], escape[1]);
            }
            if (action.equals("1") || !all && action.contains("d") && !action.contains("D") && !action.contains("i")) {
                out = out.replace("---", "\u2013").replace("--", "\u2014");
            }
            if (action.equals("2") || !all && action.contains("D") && !action.contains("i")) {
                out = out.replace("---", "\u2014").replace("--", "\u2013");
            }
            if (action.equals("3") || !all && action.contains("i")) {
                out = out.replace("---", "\u2013").replace("--", "\u2014");
            }
            if (all || action.contains("e")) {
                out = out.replace("...", "\u2026").replace(". . .", "\u2026");
            }
            if (all || action.contains("b") || action.contains("B")) {
                out = out.replace("``", quotes.get(0)).replace("''", quotes.get(1));
            }
            if (!all && action.contains("B")) {
                out = out.replace("`", quotes.get(2)).replace("'", quotes.get(3));
            }
            if (all || action.contains("q")) {
                String context = previousLast.replace('"', ';').replace('\'', ';');
                out = quotes(context + out, quotes, language).substring(context.length());
            }
            for (String[] escape : ESCAPES) {
                out = out.replace(escape[1], escape[0].substring(1));
            }
            return out;
        }

        private static String sub(String text, Pattern pattern, String replacement) {
            return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
        }

        private static String subKeepGroup(String text, Pattern pattern, String insert) {
            return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + insert));
        }

        private static String quotes(String text, List<String> q, String language) {
            // every step below needs an ASCII quote to match, and none adds one where none was
            if (text.indexOf('\'') < 0 && text.indexOf('"') < 0) {
                return text;
            }
            String opquote = q.get(0);
            String cpquote = q.get(1);
            String osquote = q.get(2);
            String csquote = q.get(3);
            String apostrophe = "\u2019";
            String t = text;
            t = sub(t, QUOTE_FIRST_SINGLE, csquote);
            t = sub(t, QUOTE_FIRST_DOUBLE, cpquote);
            t = sub(t, DOUBLE_SINGLE, opquote + osquote);
            t = sub(t, SINGLE_DOUBLE, osquote + opquote);
            t = subKeepGroup(t, CLOSING_SINGLE_AFTER_OPEN, csquote);
            t = subKeepGroup(t, CLOSING_DOUBLE_AFTER_OPEN, cpquote);
            if (language.startsWith("en")) {
                t = sub(t, DECADE, apostrophe);
            }
            t = subKeepGroup(t, OPENING_SINGLE, osquote);
            if (!csquote.equals(apostrophe)) {
                t = sub(t, INNER_APOSTROPHE, apostrophe);
            }
            t = sub(t, CLOSING_SINGLE, csquote);
            t = t.replace("'", osquote);
            t = subKeepGroup(t, OPENING_DOUBLE, opquote);
            t = sub(t, CLOSING_DOUBLE, cpquote);
            t = t.replace("\"", opquote);
            return t;
        }
    }
}
