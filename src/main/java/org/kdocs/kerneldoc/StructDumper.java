package org.kdocs.kerneldoc;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a struct or union definition (scripts/kernel-doc dump_struct): drops private members,
 * comments and attributes, expands the kernel's member macros (struct_group, DECLARE_BITMAP, ...),
 * flattens nested structs and unions into "outer.inner" member names, and lays the definition out
 * again, one member a line, for the "Definition" block.
 */
final class StructDumper {
    private static final String ATTRIBUTE = "(?i:__attribute__\\s*\\(\\([a-z0-9,_\\*\\s\\(\\)]*\\)\\))";
    private static final String QUALIFIERS = "(?:" + ATTRIBUTE
            + "|__packed|__aligned|____cacheline_aligned_in_smp|____cacheline_aligned)";
    private static final String DEFINITION_BODY = "\\{(.*)\\}\\s*" + QUALIFIERS + "*";
    private static final Pattern NAMED = PerlText.rx("(struct|union)\\s+(\\w+)\\s*" + DEFINITION_BODY);
    private static final Pattern TYPEDEF = PerlText.rx("typedef\\s+(struct|union)\\s*" + DEFINITION_BODY
            + "\\s*(\\w+)\\s*;");
    private static final Pattern NESTED = PerlText.rx("(struct|union)([^\\{\\};]+)\\{([^\\{\\}]*)\\}([^\\{\\}\\;]*)\\;");

    private static final String ARG = "([^,)]+)";

    /** The clean-up and macro expansions of the member list, in the script's order. */
    private static final List<Function<String, String>> MEMBER_REWRITES = List.of(
            all("/\\*\\s*private:.*?/\\*\\s*public:.*?\\*/", "", Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            all("/\\*\\s*private:.*", "", Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            all("/\\*.*?\\*/", "", Pattern.DOTALL),
            all("\\s*" + ATTRIBUTE, " ", Pattern.CASE_INSENSITIVE),
            all("\\s*__aligned\\s*\\([^;]*\\)", " ", Pattern.DOTALL),
            all("\\s*__counted_by\\s*\\([^;]*\\)", " ", Pattern.DOTALL),
            all("\\s*__counted_by_(le|be)\\s*\\([^;]*\\)", " ", Pattern.DOTALL),
            all("\\s*__packed\\s*", " ", Pattern.DOTALL),
            all("\\s*CRYPTO_MINALIGN_ATTR", " ", Pattern.DOTALL),
            all("\\s*____cacheline_aligned_in_smp", " ", Pattern.DOTALL),
            all("\\s*____cacheline_aligned", " ", Pattern.DOTALL),
            // struct_group(): drop the arguments that are not members, then the macro itself
            all("\\bstruct_group\\s*\\(([^,]*,)", "STRUCT_GROUP(", Pattern.DOTALL),
            all("\\bstruct_group_attr\\s*\\(([^,]*,){2}", "STRUCT_GROUP(", Pattern.DOTALL),
            all("\\bstruct_group_tagged\\s*\\(([^,]*),([^,]*),", "struct $1 $2; STRUCT_GROUP(", Pattern.DOTALL),
            all("\\b__struct_group\\s*\\(([^,]*,){3}", "STRUCT_GROUP(", Pattern.DOTALL),
            StructDumper::unwrapStructGroups,
            all("__ETHTOOL_DECLARE_LINK_MODE_MASK\\s*\\(([^\\)]+)\\)",
                    "DECLARE_BITMAP($1, __ETHTOOL_LINK_MODE_MASK_NBITS)", Pattern.DOTALL),
            all("DECLARE_PHY_INTERFACE_MASK\\s*\\(([^\\)]+)\\)", "DECLARE_BITMAP($1, PHY_INTERFACE_MODE_MAX)",
                    Pattern.DOTALL),
            all("DECLARE_BITMAP\\s*\\(" + ARG + ",\\s*" + ARG + "\\)", "unsigned long $1[BITS_TO_LONGS($2)]",
                    Pattern.DOTALL),
            all("DECLARE_HASHTABLE\\s*\\(" + ARG + ",\\s*" + ARG + "\\)", "unsigned long $1[1 << (($2) - 1)]",
                    Pattern.DOTALL),
            all("DECLARE_KFIFO\\s*\\(" + ARG + ",\\s*" + ARG + ",\\s*" + ARG + "\\)", "$2 *$1", Pattern.DOTALL),
            all("DECLARE_KFIFO_PTR\\s*\\(" + ARG + ",\\s*" + ARG + "\\)", "$2 *$1", Pattern.DOTALL),
            all("(?:__)?DECLARE_FLEX_ARRAY\\s*\\(" + ARG + ",\\s*" + ARG + "\\)", "$1 $2[]", Pattern.DOTALL),
            all("DEFINE_DMA_UNMAP_ADDR\\s*\\(" + ARG + "\\)", "dma_addr_t $1", Pattern.DOTALL),
            all("DEFINE_DMA_UNMAP_LEN\\s*\\(" + ARG + "\\)", "__u32 $1", Pattern.DOTALL));

    private static final Pattern COMMA = PerlText.rx(",");
    private static final Pattern SEMICOLON = PerlText.rx(";");
    private static final Pattern ID_SUFFIX = PerlText.rx("[:\\[].*");
    private static final Pattern STARRED_NAME = PerlText.rx("^\\s*\\**(\\S+)\\s*");
    private static final Pattern BLANK = PerlText.rx("^\\s*$");
    private static final Pattern POINTER_MEMBER = PerlText.rx("^([^\\(]+\\(\\*?\\s*)([\\w\\.]*)(\\s*\\).*)");
    private static final Pattern BIT_WIDTH = PerlText.rx(":\\s*\\d+\\s*");
    private static final Pattern ARRAY = PerlText.rx("\\[.*\\]");
    private static final Pattern AROUND_COMMA = PerlText.rx("\\s*,\\s*");
    private static final Pattern TYPE_AND_NAMES = PerlText.rx("(.*)\\s+([\\S+,]+)");
    private static final Pattern INNER_BRACES = PerlText.rx("(\\{[^\\{\\}]*\\})");

    private final ScanState s;
    private final ParameterLists parameters;

    StructDumper(ScanState s, ParameterLists parameters) {
        this.s = s;
        this.parameters = parameters;
    }

    private static Function<String, String> all(String regex, String replacement, int flags) {
        Pattern pattern = PerlText.rx(regex, flags);
        return text -> pattern.matcher(text).replaceAll(replacement);
    }

    void dump(String x) {
        String type = null;
        String name = null;
        String members = null;
        Matcher m = NAMED.matcher(x);
        if (m.find()) {
            type = m.group(1);
            name = m.group(2);
            members = m.group(3);
        } else if ((m = TYPEDEF.matcher(x)).find()) {
            type = m.group(1);
            name = m.group(3);
            members = m.group(2);
        }
        if (members == null || members.isEmpty() || members.equals("0")) {
            s.error("Cannot parse struct or union!\n");
            return;
        }
        if (!s.identifier.equals(name)) {
            s.warn("expecting prototype for " + type + " " + s.identifier + ". Prototype was for " + type + " " + name
                    + " instead\n");
            return;
        }
        for (Function<String, String> rewrite : MEMBER_REWRITES) {
            members = rewrite.apply(members);
        }
        String declaration = members;
        // nested structs and unions, innermost first, become members named outer.inner
        while ((m = NESTED.matcher(members)).find()) {
            String flattened = flatten(m.group(1), m.group(3), m.group(4));
            members = members.substring(0, m.start()) + flattened + members.substring(m.end());
        }
        members = INNER_BRACES.matcher(members).replaceAll(""); // nested enums and the like
        parameters.create(members, ";", name);
        parameters.checkSections(name, type, s.sectionCheck, s.structActual);
        s.items.add(new Item.Struct(name, type, layout(declaration), s.paramSnapshot(), s.sectionSnapshot(), s.purpose,
                s.declarationStartLine));
    }

    private static String flatten(String mainType, String content, String ids) {
        StringBuilder out = new StringBuilder();
        for (String rawId : PerlText.split(COMMA, ids)) {
            out.append(mainType).append(' ').append(rawId).append("; ");
            String id = ID_SUFFIX.matcher(rawId).replaceFirst("");
            id = STARRED_NAME.matcher(id).replaceFirst("$1");
            boolean anonymous = BLANK.matcher(id).find();
            for (String member : PerlText.split(SEMICOLON, content)) {
                if (BLANK.matcher(member).find()) {
                    continue;
                }
                Matcher pointer = POINTER_MEMBER.matcher(member);
                if (pointer.find()) {
                    String name = pointer.group(2);
                    if (name.isEmpty() || name.equals("0")) {
                        continue;
                    }
                    out.append(pointer.group(1)).append(anonymous ? "" : id + ".").append(name)
                            .append(pointer.group(3)).append("; ");
                    continue;
                }
                String arg = PerlText.stripTrailing(PerlText.stripLeading(member));
                arg = BIT_WIDTH.matcher(arg).replaceAll("");
                arg = ARRAY.matcher(arg).replaceAll("");
                arg = AROUND_COMMA.matcher(arg).replaceAll(",");
                Matcher typed = TYPE_AND_NAMES.matcher(arg);
                if (!typed.find()) {
                    out.append(arg).append("; ");
                    continue;
                }
                String type = typed.group(1);
                for (String rawName : PerlText.split(COMMA, typed.group(2))) {
                    String name = STARRED_NAME.matcher(rawName).replaceFirst("$1");
                    if (BLANK.matcher(name).find()) {
                        continue;
                    }
                    out.append(type).append(' ').append(anonymous ? "" : id + ".").append(name).append("; ");
                }
            }
        }
        return out.toString();
    }

    /** STRUCT_GROUP(members) followed by anything up to ";" becomes the members (a balanced-parenthesis match). */
    private static String unwrapStructGroups(String text) {
        String macro = "STRUCT_GROUP(";
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        int at;
        while ((at = text.indexOf(macro, from)) >= 0) {
            from = at + 1;
            if (at > 0 && isWordChar(text.charAt(at - 1))) {
                continue;
            }
            int open = at + macro.length() - 1;
            int close = matchingParenthesis(text, open);
            int semicolon = close < 0 ? -1 : text.indexOf(';', close + 1);
            if (semicolon < 0) {
                continue;
            }
            out.append(text, copied, at).append(text, open + 1, close);
            copied = semicolon + 1;
            from = copied;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static int matchingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static final Pattern OPEN_OR_SEMICOLON = PerlText.rx("([\\{;])");
    private static final Pattern CLOSE_SEMICOLON = PerlText.rx("\\}\\s+;");
    private static final Pattern ENUM_COMMA = PerlText.rx("(enum\\s+\\{[^\\}]+),([^\\n])");
    private static final Pattern NEWLINE = PerlText.rx("\\n");
    private static final Pattern SPACES = PerlText.rx("\\s+");

    /** The definition one member a line, indented one tab a nesting level (a tab stands for the indent). */
    private static String layout(String members) {
        String declaration = OPEN_OR_SEMICOLON.matcher(members).replaceAll("$1\n");
        declaration = CLOSE_SEMICOLON.matcher(declaration).replaceAll("};");
        Matcher enumComma;
        while ((enumComma = ENUM_COMMA.matcher(declaration)).find()) {
            declaration = enumComma.replaceFirst("$1,\n$2");
        }
        StringBuilder out = new StringBuilder();
        int level = 1;
        for (String line : PerlText.split(NEWLINE, declaration)) {
            String clause = PerlText.stripTrailing(PerlText.stripLeading(line));
            clause = SPACES.matcher(clause).replaceFirst(" ");
            if (clause.isEmpty() || clause.equals("0")) {
                continue;
            }
            if (clause.contains("}") && level > 1) {
                level--;
            }
            if (!clause.startsWith("#")) {
                out.append("\t".repeat(level));
            }
            out.append('\t').append(clause).append('\n');
            if (clause.contains("{") && !clause.contains("}")) {
                level++;
            }
        }
        return out.toString();
    }
}
