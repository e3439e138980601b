package org.kdocs.site.ext.kernel.prestep;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a media {@code *.h.rst.exceptions} file, applied as parse-headers.pl applies
 * them: {@code ignore KIND NAME} drops a symbol's cross-reference, {@code replace KIND NAME
 * TARGET} points it elsewhere ({@code :c:type:`x`}, {@code :c:func:`x`}, {@code :ref:`x`} or
 * a bare label that keeps the kind's role). Blank lines and {@code #} comments are skipped;
 * any other line is an error, as the script dies on it.
 */
final class HeaderExceptions {
    private static final int FLAGS = Pattern.UNIX_LINES;
    private static final Pattern SKIPPED = Pattern.compile("^\\s*$|^\\s*#", FLAGS);
    private static final Pattern IGNORE = Pattern.compile("^ignore\\s+(ioctl|define|typedef|enum|struct|symbol)\\s+(\\S+)",
            FLAGS);
    private static final Pattern REPLACE = Pattern.compile("^replace\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)", FLAGS);
    private static final Pattern C_ROLE = Pattern.compile("^:c:(data|func|macro|type):`(.+)`", FLAGS);
    private static final Pattern REF_ROLE = Pattern.compile(":ref:`(.+)`", FLAGS);

    /** A line the rules cannot parse: its one-based number and text (without the newline). */
    static final class BadRule extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        BadRule(int line, String text) {
            super("Can't parse exceptions: " + text);
            this.line = line;
        }
    }

    private HeaderExceptions() {
    }

    /** Applies the rules of {@code text} to {@code symbols}. */
    static void apply(String text, HeaderSymbols symbols) throws BadRule {
        int number = 0;
        for (String line : HeaderSymbols.lines(text)) {
            number++;
            if (SKIPPED.matcher(line).find()) {
                continue;
            }
            Matcher ignore = IGNORE.matcher(line);
            if (ignore.find()) {
                symbols.of(HeaderSymbols.Kind.named(ignore.group(1))).remove(ignore.group(2));
                continue;
            }
            Matcher replace = REPLACE.matcher(line);
            HeaderSymbols.Kind kind = replace.find() ? HeaderSymbols.Kind.named(replace.group(1)) : null;
            if (kind == null) {
                throw new BadRule(number, line.stripTrailing());
            }
            String old = replace.group(2);
            String target = replace.group(3);
            String role = kind.defaultRole;
            Matcher c = C_ROLE.matcher(target);
            Matcher ref = REF_ROLE.matcher(target);
            if (c.find()) {
                role = ":c:" + c.group(1);
                target = c.group(2);
            } else if (ref.find()) {
                role = ":ref";
                target = ref.group(1);
            }
            Map<String, String> markup = symbols.of(kind);
            if (markup.containsKey(old)) {
                markup.put(old, role + ":`" + old + " <" + target + ">`");
            }
        }
    }
}
