package org.kdocs.lint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Terminology;
import org.kdocs.tree.Severity;

/**
 * {@code term-alignment}: terminology checked where the original uses the
 * term, found by aligning the translation's texts with the original's
 * ({@link TextAlignment}). With kdocs' built-in zh_CN terms (a tree's own
 * glossary replaces an entry of the same term): one English term rendered
 * two ways in one document (命名空间 here, 名称空间 there, both for
 * namespace), and a rendering the terms mark wrong (结构 where the original
 * says struct, for 结构体). A rendering inside a longer one (结构 in 结构体)
 * is not a use, nor is one that renders another term the same original text
 * uses (结构 for structure).
 */
public final class TermAlignmentRule implements Rule {
    /** Words that contain a wrong rendering but are other words (层次结构, hierarchy, holds 结构). */
    private static final Map<String, List<String>> COMPOUNDS = new java.util.HashMap<>();
    private static final Terminology BUILT_IN = load();

    private static final Declaration DECLARATION = new Declaration("term-alignment", Severity.WARNING,
            "A term of the original rendered two ways, or against the zh_CN terms, where the original uses it.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    /** One occurrence of a rendering: the text, its index in the translation's texts and its position there. */
    private record Use(Terminology.Entry entry, String rendering, int text, int index) {
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.original().isEmpty() || context.pairing().map(p -> !p.language().equals("zh_CN")).orElse(false)) {
            return;
        }
        Set<String> own = context.glossary().entries().stream().map(Terminology.Entry::term).collect(Collectors.toSet());
        String whole = unwrapped(context.doc().text());
        List<Terminology.Entry> entries = BUILT_IN.entries().stream().filter(e -> !own.contains(e.term())).toList();
        // only a term used two ways, or used wrongly, somewhere in the document can give a finding
        if (entries.stream().noneMatch(e -> e.wrong().stream().anyMatch(whole::contains)
                || e.renderings().stream().filter(whole::contains).count() >= 2)) {
            return;
        }
        List<InlineText> texts = InlineText.of(context);
        List<TextBlocks.Block> originals = TextBlocks.ofOriginal(context);
        // which entries each original text mentions, found once
        List<String> firstWords = entries.stream().map(TermAlignmentRule::firstWord).toList();
        // an entry whose first word the whole original lacks is mentioned by none of its texts
        String original = context.original().get().text().toLowerCase(java.util.Locale.ROOT);
        int[] candidates = java.util.stream.IntStream.range(0, entries.size())
                .filter(e -> original.contains(firstWords.get(e))).toArray();
        if (candidates.length == 0) {
            return;
        }
        List<java.util.BitSet> mentions = new ArrayList<>(originals.size());
        for (TextBlocks.Block o : originals) {
            String lower = o.text().toLowerCase(java.util.Locale.ROOT);
            java.util.BitSet found = new java.util.BitSet();
            for (int e : candidates) {
                if (lower.contains(firstWords.get(e)) && Terms.pattern(entries.get(e).term()).matcher(lower).find()) {
                    found.set(e);
                }
            }
            mentions.add(found);
        }
        if (mentions.stream().allMatch(java.util.BitSet::isEmpty)) {
            return;
        }
        TextAlignment alignment = TextAlignment.of(context);
        List<Use> uses = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            int[] window = alignment.window(t);
            java.util.BitSet mentioned = new java.util.BitSet();
            for (int o = window[0]; o < window[1]; o++) {
                mentioned.or(mentions.get(o));
            }
            if (!mentioned.isEmpty()) {
                uses.addAll(uses(texts.get(t).bare(), t, mentioned.stream().mapToObj(entries::get).toList()));
            }
        }
        for (Use u : uses) {
            if (u.entry().wrong().contains(u.rendering())) {
                report(context, texts.get(u.text()), u, "'" + u.rendering() + "' for '" + u.entry().term()
                        + "': the zh_CN terms say '" + u.entry().preferred() + "'", sink);
            }
        }
        for (Terminology.Entry e : entries) {
            List<Use> of = uses.stream().filter(u -> u.entry() == e && e.renderings().contains(u.rendering())).toList();
            if (of.isEmpty()) {
                continue;
            }
            Use first = of.get(0);
            for (Use u : of) {
                if (!u.rendering().equals(first.rendering())) {
                    report(context, texts.get(u.text()), u, "'" + e.term() + "' is rendered as '" + u.rendering()
                            + "' here but as '" + first.rendering() + "' at line "
                            + (texts.get(first.text()).line(first.index()) + 1), sink);
                }
            }
        }
    }

    /**
     * The renderings of the mentioned entries in one text, in order. An
     * occurrence inside a longer one is not a use (结构 in 结构体), and words
     * that render two mentioned terms at once (延迟 for latency and for
     * delay) say nothing about either.
     */
    private static List<Use> uses(String bare, int t, List<Terminology.Entry> mentioned) {
        // a word broken over two source lines (结构 / 体) is one word
        StringBuilder joined = new StringBuilder(bare.length());
        int[] origin = new int[bare.length()];
        for (int i = 0; i < bare.length(); i++) {
            if (bare.charAt(i) == '\n' && i > 0 && Prose.isCjkLetter(bare.codePointBefore(i))) {
                int next = i + 1;
                while (next < bare.length() && bare.charAt(next) == ' ') {
                    next++;
                }
                if (next < bare.length() && Prose.isCjkLetter(bare.codePointAt(next))) {
                    i = next - 1;
                    continue;
                }
            }
            origin[joined.length()] = i;
            joined.append(bare.charAt(i));
        }
        String text = joined.toString();
        Map<String, List<Use>> bySpan = new LinkedHashMap<>(); // "index:rendering" -> its uses
        for (Terminology.Entry e : mentioned) {
            for (List<String> forms : List.of(e.renderings(), e.wrong())) {
                for (String r : forms) {
                    for (int i = text.indexOf(r); i >= 0; i = text.indexOf(r, i + 1)) {
                        bySpan.computeIfAbsent(i + ":" + r, k -> new ArrayList<>()).add(new Use(e, r, t, i));
                    }
                }
            }
            for (String wrong : e.wrong()) {
                for (String word : COMPOUNDS.getOrDefault(wrong, List.of())) {
                    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                        bySpan.computeIfAbsent(i + ":" + word, k -> new ArrayList<>()).add(new Use(null, word, t, i));
                    }
                }
            }
        }
        List<List<Use>> spans = new ArrayList<>(bySpan.values());
        spans.sort(Comparator.comparingInt((List<Use> s) -> -s.get(0).rendering().length())
                .thenComparingInt(s -> s.get(0).index()));
        boolean[] taken = new boolean[text.length()];
        List<Use> kept = new ArrayList<>();
        for (List<Use> span : spans) {
            Use u = span.get(0);
            int end = u.index() + u.rendering().length();
            boolean free = true;
            for (int k = u.index(); k < end; k++) {
                free &= !taken[k];
            }
            if (free) {
                java.util.Arrays.fill(taken, u.index(), end, true);
                if (span.size() == 1 && u.entry() != null) {
                    kept.add(new Use(u.entry(), u.rendering(), t, origin[u.index()]));
                }
            }
        }
        kept.sort(Comparator.comparingInt(Use::index));
        return kept;
    }

    /** The text without line breaks and the indentation after them, so that words broken over lines are whole. */
    private static String unwrapped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String firstWord(Terminology.Entry e) {
        return e.term().toLowerCase(java.util.Locale.ROOT).split(" ")[0];
    }

    private static void report(LintContext context, InlineText text, Use u, String message, FindingSink sink) {
        sink.report(text.line(u.index()) + 1, text.column(u.index(), context), message);
    }

    private static Terminology load() {
        try (InputStream in = TermAlignmentRule.class.getResourceAsStream("zh_CN-terms")) {
            if (in == null) {
                throw new IllegalStateException("zh_CN-terms missing from the jar");
            }
            StringBuilder glossary = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tilde = line.indexOf(" ~ ");
                if (tilde >= 0 && line.indexOf('!') >= 0 && line.indexOf('!') < tilde) {
                    String wrong = line.substring(line.indexOf('!') + 1, tilde).strip();
                    for (String word : line.substring(tilde + 3).split(",")) {
                        COMPOUNDS.computeIfAbsent(wrong, w -> new ArrayList<>()).add(word.strip());
                    }
                    line = line.substring(0, tilde);
                }
                glossary.append(line).append('\n');
            }
            return Terminology.parse(glossary.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
