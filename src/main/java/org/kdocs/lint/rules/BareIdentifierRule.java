package org.kdocs.lint.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.rst.inline.InlineConstructs.Construct;
import org.kdocs.rst.inline.InlineConstructs;
import org.kdocs.tree.Severity;

/**
 * {@code bare-identifier}: code written as plain words in Chinese prose
 * ({@code 要把符号foo_bar导出}, {@code 子系统的Makefile中}), where reviewers ask
 * for an inline literal. Code here is an identifier with an underscore,
 * {@code CONFIG_*}, a call {@code name()}, a member access {@code a->b}, a
 * source or script file name, a kernel or system path, or a {@code make} or
 * {@code git} command. When the original writes the same token bare, the
 * translation follows it and nothing is reported; when the original writes it
 * as a literal or role, the finding says how. A call {@code func()} is left
 * alone unless the original marks it up, since automarkup links it.
 */
public final class BareIdentifierRule implements Rule {
    private static final String DIRS = "include|arch|drivers|kernel|tools|scripts|fs|mm|net|lib|block|crypto|security"
            + "|sound|samples|virt|init|ipc|rust|certs|io_uring";
    /** What a run of ASCII characters must be, as a whole, to count as code. */
    private static final Pattern CODE = Pattern.compile(
            "(?:/(?:proc|sys|dev|etc|boot|lib|usr|tmp|var|bin|sbin|run)|(?:" + DIRS + "))(?:/[\\w.*-]+)+/?"
            + "|[\\w-]+(?:/[\\w-]+)*\\.(?:c|h|S|rs|py|sh|pl|awk|json|yaml|dts|dtsi|ko|lds|bpf|cocci)"
            + "|Makefile|Kconfig(?:\\.\\w+)?|Kbuild|MAINTAINERS|\\.config"
            + "|[A-Za-z_]\\w*(?:->\\w+)+(?:\\(\\))?"
            + "|[A-Za-z_]\\w*\\([^()]*\\)"
            + "|(?!0[xX])[A-Za-z]\\w*_\\w*|_+[A-Za-z]\\w*");
    private static final Pattern COMMAND = Pattern.compile(
            "(?<![\\w-])(?:make|git)[ \\t]+(?:[a-z][\\w-]*|[A-Z_]+=[!-~&&[^`]]+)(?![\\w-])");
    private static final String RUN_CHARS = "_./-*+~()>:@#$%&!?";

    /**
     * A call the kernel's automarkup extension turns into a cross-reference by
     * itself (its function pattern: a name and empty parentheses), which the
     * kernel's documentation guide prefers to markup.
     */
    private static final Pattern AUTOMARKUP_CALL = Pattern.compile("[a-zA-Z_]\\w+\\(\\)");
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\w])[A-Za-z]{2,}(?![\\w])");

    private static final Declaration DECLARATION = new Declaration("bare-identifier", Severity.WARNING,
            "Code (foo_bar, foo(), CONFIG_X, Makefile, a path) bare in Chinese prose instead of an inline literal.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        Original original = null; // read only when the translation has a candidate
        for (InlineText text : InlineText.of(context)) {
            if (!text.cjk()) {
                continue;
            }
            for (int[] span : tokens(text.bare())) {
                String token = text.bare().substring(span[0], span[1]);
                if (insideEnglish(text.bare(), span[0], span[1]) || inBackquotes(text.bare(), span[0], span[1])) {
                    continue;
                }
                String key = key(token);
                String shown = null;
                if (context.original().isPresent()) {
                    if (original == null) {
                        original = Original.of(InlineText.ofOriginal(context));
                    }
                    if (original.hasBare(token, key)) {
                        continue; // the translation follows the original's own markup
                    }
                    shown = original.marked().get(key);
                }
                if (AUTOMARKUP_CALL.matcher(token).matches() && (shown == null || !shown.startsWith("``"))) {
                    continue; // automarkup links it as a function role would, unless the original chose a literal
                }
                String note = shown == null ? "" : " (the original writes " + shown + ")";
                sink.report(text.line(span[0]) + 1, text.column(span[0], context),
                        "'" + token + "' is code in Chinese text; write ``" + token + "``" + note);
            }
        }
    }

    /** The token as compared with the original: commands by their words, calls by their name. */
    private static String key(String token) {
        String t = token.indexOf('\n') >= 0 || token.indexOf('\t') >= 0 || token.contains("  ")
                ? token.replaceAll("\\s+", " ") : token;
        int paren = t.indexOf('(');
        return paren > 0 && !t.contains("/") ? t.substring(0, paren) : t;
    }

    /**
     * The code tokens of a text as [start, end) pairs, in order: runs of
     * ASCII word and path characters (less an unmatched bracket or a final
     * full stop) that are code as a whole, and make or git commands.
     */
    static List<int[]> tokens(String text) {
        List<int[]> found = new java.util.ArrayList<>();
        Matcher code = CODE.matcher(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!runChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && runChar(text.charAt(i))) {
                i++;
            }
            int[] span = trim(text, start, i);
            if (span[1] > span[0] && mayBeCode(text, span) && code.region(span[0], span[1]).matches()) {
                found.add(span);
            }
        }
        if (text.contains("make") || text.contains("git")) {
            Matcher command = COMMAND.matcher(text);
            while (command.find()) {
                found.add(new int[] {command.start(), command.end()});
            }
        }
        found.sort(java.util.Comparator.comparingInt(s -> s[0]));
        return found;
    }

    /** Opening minus closing parentheses in [start, end). */
    private static int balance(String text, int start, int end) {
        int depth = 0;
        for (int k = start; k < end; k++) {
            depth += text.charAt(k) == '(' ? 1 : text.charAt(k) == ')' ? -1 : 0;
        }
        return depth;
    }

    /** A cheap test before the pattern: code has one of _ / . ( > in it, or is a build file's name. */
    private static boolean mayBeCode(String text, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if ("_/.(>".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        char first = text.charAt(span[0]);
        return first == 'M' || first == 'K';
    }

    private static boolean runChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c < 0x80 && c > ' '
                && RUN_CHARS.indexOf(c) >= 0;
    }

    /** A run without the punctuation around it: opening brackets, and closing marks that close nothing. */
    private static int[] trim(String text, int start, int end) {
        while (start < end && "(:>.".indexOf(text.charAt(start)) >= 0 && !text.startsWith(".config", start)) {
            start++;
        }
        while (end > start) {
            char c = text.charAt(end - 1);
            if (c == ')' && balance(text, start, end) >= 0 || ".,:;!?)>".indexOf(c) < 0) {
                break;
            }
            end--;
        }
        return new int[] {start, end};
    }

    /**
     * True when the token's run of ASCII characters holds a backquote: markup
     * docutils did not recognise (glued to Chinese, spaced), which
     * markup-boundary and spaced-markup report.
     */
    private static boolean inBackquotes(String text, int start, int end) {
        for (int k = start - 1; k >= 0 && text.charAt(k) > ' ' && text.charAt(k) < 0x80; k--) {
            if (text.charAt(k) == '`') {
                return true;
            }
        }
        for (int k = end; k < text.length() && text.charAt(k) > ' ' && text.charAt(k) < 0x80; k++) {
            if (text.charAt(k) == '`') {
                return true;
            }
        }
        return false;
    }

    /** True inside an English sentence quoted in the Chinese text: four or more English words around the token. */
    private static boolean insideEnglish(String text, int start, int end) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) < 0x80 && text.charAt(from - 1) != 0 && text.charAt(from - 1) != '\n') {
            from--;
        }
        int to = end;
        while (to < text.length() && text.charAt(to) < 0x80 && text.charAt(to) != 0 && text.charAt(to) != '\n') {
            to++;
        }
        Matcher words = ENGLISH_WORD.matcher(text.substring(from, start) + " " + text.substring(end, to));
        int count = 0;
        while (words.find() && ++count < 4) {
            // counting
        }
        return count >= 4;
    }

    /**
     * How the original writes code: tokens it leaves bare, and the markup it
     * puts around the others; {@code lowered} holds the bare words in lower
     * case (all ASCII, so of the same lengths).
     */
    private record Original(java.util.Set<String> bare, List<String> lowered, Map<String, String> marked) {
        static Original of(List<InlineText> texts) {
            java.util.Set<String> bare = new java.util.HashSet<>();
            Map<String, String> marked = new HashMap<>();
            for (InlineText text : texts) {
                for (int[] span : tokens(text.bare())) {
                    bare.add(key(text.bare().substring(span[0], span[1])));
                }
                originalWords(text.bare(), bare);
                for (Construct c : text.constructs()) {
                    if (c.kind() == InlineConstructs.Kind.LITERAL || c.kind() == InlineConstructs.Kind.INTERPRETED) {
                        String content = text.content(c).strip();
                        String shown = text.source(c).replace('\n', ' ');
                        marked.putIfAbsent(key(content), shown);
                        for (int[] span : tokens(content)) {
                            marked.putIfAbsent(key(content.substring(span[0], span[1])), shown);
                        }
                    }
                }
            }
            List<String> lowered = bare.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
            return new Original(bare, lowered, marked);
        }

        /**
         * True when the original writes the token bare: itself, by its name,
         * a longer path it begins, or, ignoring case, one edit away (a
         * misspelling, which identifier-typo reports, is no markup problem).
         */
        boolean hasBare(String token, String key) {
            if (bare.contains(key) || bare.contains(token)) {
                return true;
            }
            if (token.indexOf('/') >= 0) {
                for (String word : bare) {
                    if (word.startsWith(token)) {
                        return true;
                    }
                }
            }
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            for (String word : lowered) {
                if (Math.abs(word.length() - lower.length()) <= 1 && (word.equals(lower)
                        || IdentifierTypoRule.oneEdit(word, lower))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Adds the words and paths of the original's prose to {@code out}:
     * anything of these written bare there may be bare here. The matches
     * of {@code [\w.-]*+(?:/[\w.*-]++)++/?|[A-Za-z_]\w*+(?:->\w++)*+}, found
     * by a scan of the characters, since every text of the original is read.
     */
    static void originalWords(String text, java.util.Collection<String> out) {
        int n = text.length();
        int p = 0;
        while (p < n) {
            int q = p;
            while (q < n && (word(text.charAt(q)) || text.charAt(q) == '.' || text.charAt(q) == '-')) {
                q++;
            }
            int r = q;
            while (r + 1 < n && text.charAt(r) == '/' && pathChar(text.charAt(r + 1))) {
                r += 2;
                while (r < n && pathChar(text.charAt(r))) {
                    r++;
                }
            }
            if (r > q) { // a path: at least one slash and name
                int end = r < n && text.charAt(r) == '/' ? r + 1 : r;
                out.add(text.substring(p, end));
                p = end;
                continue;
            }
            char c = text.charAt(p);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                q = p + 1;
                while (q < n && word(text.charAt(q))) {
                    q++;
                }
                while (q + 2 < n && text.charAt(q) == '-' && text.charAt(q + 1) == '>' && word(text.charAt(q + 2))) {
                    q += 3;
                    while (q < n && word(text.charAt(q))) {
                        q++;
                    }
                }
                out.add(text.substring(p, q));
                p = q;
                continue;
            }
            p++;
        }
    }

    private static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean pathChar(char c) {
        return word(c) || c == '.' || c == '*' || c == '-';
    }
}
