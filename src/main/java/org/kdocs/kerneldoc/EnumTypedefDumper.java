package org.kdocs.kerneldoc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads enums and typedefs (scripts/kernel-doc dump_enum and dump_typedef). A typedef of a
 * function type is recorded like a function, with its parameters; any other typedef is recorded by
 * name only.
 */
final class EnumTypedefDumper {
    private static final Pattern PRIVATE_TO_PUBLIC = PerlText.rx("/\\*\\s*private:.*?/\\*\\s*public:.*?\\*/",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PRIVATE_TO_END = PerlText.rx("/\\*\\s*private:.*}",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = PerlText.rx("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern PREPROCESSOR = PerlText.rx("#\\s*((define|ifdef|if)\\s+|endif)[^;]*;", Pattern.DOTALL);
    private static final Pattern TYPEDEF_ENUM = PerlText.rx("typedef\\s+enum\\s*\\{(.*)\\}\\s*(\\w*)\\s*;");
    private static final Pattern NAMED_ENUM = PerlText.rx("enum\\s+(\\w*)\\s*\\{(.*)\\}");
    private static final Pattern TRAILING_SPACE = PerlText.rx("\\s+$");
    private static final Pattern PARENTHESISED = PerlText.rx("\\([^;]*?[\\)]");
    private static final Pattern COMMA = PerlText.rx(",");
    private static final Pattern CONSTANT_NAME = PerlText.rx("^\\s*(\\w+).*");

    // a typedef of a function type, with the name in parentheses or not
    private static final String TYPEDEF_TYPE = "((?:\\s+[\\w\\*]+\\b){1,8})\\s*";
    private static final String TYPEDEF_IDENT = "\\*?\\s*(\\w\\S+)\\s*";
    private static final String TYPEDEF_ARGS = "\\s*\\((.*)\\);";
    private static final Pattern FUNCTION_TYPEDEF_PARENTHESISED = PerlText.rx("typedef" + TYPEDEF_TYPE + "\\("
            + TYPEDEF_IDENT + "\\)" + TYPEDEF_ARGS);
    private static final Pattern FUNCTION_TYPEDEF = PerlText.rx("typedef" + TYPEDEF_TYPE + TYPEDEF_IDENT + TYPEDEF_ARGS);
    private static final Pattern TRAILING_CALL = PerlText.rx("\\(*.\\)\\s*;$");
    private static final Pattern TRAILING_INDEX = PerlText.rx("\\[*.\\]\\s*;$");
    private static final Pattern TYPEDEF_NAME = PerlText.rx("typedef.*\\s+(\\w+)\\s*;");

    private final ScanState s;
    private final ParameterLists parameters;

    EnumTypedefDumper(ScanState s, ParameterLists parameters) {
        this.s = s;
        this.parameters = parameters;
    }

    void dumpEnum(String text) {
        String x = PRIVATE_TO_PUBLIC.matcher(text).replaceAll("");
        x = PRIVATE_TO_END.matcher(x).replaceAll("}");
        x = COMMENT.matcher(x).replaceAll("");
        x = PREPROCESSOR.matcher(x).replaceAll("");
        String name = null;
        String members = null;
        Matcher m = TYPEDEF_ENUM.matcher(x);
        if (m.find()) {
            name = m.group(2);
            members = m.group(1);
        } else if ((m = NAMED_ENUM.matcher(x)).find()) {
            name = m.group(1);
            members = m.group(2);
        }
        if (members == null || members.isEmpty() || members.equals("0")) {
            s.error("Cannot parse enum!\n");
            return;
        }
        if (!s.identifier.equals(name)) {
            if (s.identifier.isEmpty()) {
                s.warn("wrong kernel-doc identifier on line:\n");
            } else {
                s.warn("expecting prototype for enum " + s.identifier + ". Prototype was for enum " + name
                        + " instead\n");
            }
            return;
        }
        if (name.isEmpty()) {
            name = "(anonymous)";
        }
        Item.Gate gate = new Item.Shown("enum", name);
        Set<String> constants = new HashSet<>();
        members = TRAILING_SPACE.matcher(members).replaceFirst("");
        members = PARENTHESISED.matcher(members).replaceAll("");
        for (String member : PerlText.split(COMMA, members)) {
            String constant = CONSTANT_NAME.matcher(member).replaceFirst("$1");
            s.parameterList.add(constant);
            String description = s.parameterDescs.get(constant);
            if (description == null || description.isEmpty() || description.equals("0")) {
                s.parameterDescs.put(constant, ScanState.UNDESCRIBED);
                s.warn("Enum value '" + constant + "' not described in enum '" + name + "'\n", gate);
            }
            constants.add(constant);
        }
        for (String described : s.parameterDescs.keySet()) {
            if (!constants.contains(described)) {
                s.warn("Excess enum value '" + described + "' description in '" + name + "'\n", gate);
            }
        }
        List<Item.Param> out = new ArrayList<>();
        for (String constant : s.parameterList) {
            out.add(new Item.Param(constant, null, s.parameterDescs.get(constant), null));
        }
        s.items.add(new Item.Enum(name, List.copyOf(out), s.sectionSnapshot(), s.purpose, s.declarationStartLine));
    }

    void dumpTypedef(String text) {
        String x = COMMENT.matcher(text).replaceAll("");
        Matcher m = FUNCTION_TYPEDEF_PARENTHESISED.matcher(x);
        if (m.find() || (m = FUNCTION_TYPEDEF.matcher(x)).find()) {
            String returnType = PerlText.stripLeading(m.group(1));
            String name = m.group(2);
            if (!s.identifier.equals(name)) {
                s.warn("expecting prototype for typedef " + s.identifier + ". Prototype was for typedef " + name
                        + " instead\n");
                return;
            }
            parameters.create(m.group(3), ",", name);
            s.items.add(new Item.Function(name, true, false, returnType, s.paramSnapshot(), s.sectionSnapshot(),
                    s.purpose, s.declarationStartLine));
            return;
        }
        while (TRAILING_CALL.matcher(x).find() || TRAILING_INDEX.matcher(x).find()) {
            x = TRAILING_CALL.matcher(x).replaceFirst(";");
            x = TRAILING_INDEX.matcher(x).replaceFirst(";");
        }
        m = TYPEDEF_NAME.matcher(x);
        if (!m.find()) {
            s.error("Cannot parse typedef!\n");
            return;
        }
        String name = m.group(1);
        if (!s.identifier.equals(name)) {
            s.warn("expecting prototype for typedef " + s.identifier + ". Prototype was for typedef " + name
                    + " instead\n");
            return;
        }
        s.items.add(new Item.Typedef(name, s.sectionSnapshot(), s.purpose, s.declarationStartLine));
    }
}
