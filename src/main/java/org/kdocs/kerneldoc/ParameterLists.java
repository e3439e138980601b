package org.kdocs.kerneldoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Splits a parameter list or a struct's member list into names and types, and checks them against
 * the comment (scripts/kernel-doc create_parameterlist, push_parameter, save_struct_actual and
 * check_sections). Function pointers, arrays of pointers, bit-fields, "..." and anonymous
 * struct/union members each have their own rule there, kept here.
 */
final class ParameterLists {
    static final Pattern ATTRIBUTE = PerlText.rx("__attribute__\\s*\\(\\([a-z0-9,_\\*\\s\\(\\)]*\\)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTER_COMMA = PerlText.rx("(\\([^\\),]+),");
    private static final Pattern COMMENT = PerlText.rx("/\\*.*\\*/");
    private static final Pattern POS_ATTRIBUTE = PerlText.rx("\\sPOS0?\\s");
    private static final Pattern SPACES = PerlText.rx("\\s+");
    private static final Pattern FUNCTION_POINTER = PerlText.rx("\\(.+\\)\\s*\\(");
    private static final Pattern FUNCTION_POINTER_NAME = PerlText.rx("[^\\(]+\\(\\*?\\s*([\\w\\[\\]\\.]*)\\s*\\)");
    private static final Pattern POINTER_ARRAY = PerlText.rx("\\(.+\\)\\s*\\[");
    private static final Pattern POINTER_ARRAY_NAME = PerlText.rx(
            "[^\\(]+\\(\\s*\\*\\s*([\\w\\[\\]\\.]*?)\\s*(\\s*\\[\\s*[\\w]+\\s*\\]\\s*)*\\)");
    private static final Pattern AROUND_COLON = PerlText.rx("\\s*:\\s*");
    private static final Pattern BEFORE_BRACKET = PerlText.rx("\\s*\\[");
    private static final Pattern LIST_COMMA = PerlText.rx("\\s*,\\s*");
    private static final Pattern STARS = PerlText.rx("(\\*+)\\s*");
    private static final Pattern TYPE_BEFORE_ARRAY = PerlText.rx("^(.*\\s+)(.*?\\[.*\\].*)$");
    private static final Pattern POINTER_PARAM = PerlText.rx("^(\\*+)\\s*(.*)");
    private static final Pattern BIT_FIELD = PerlText.rx("(.*?):(\\w+)");
    private static final Pattern AFTER_NAME = PerlText.rx("[\\[\\)].*");
    private static final Pattern NAMED_VARARGS = PerlText.rx("\\w\\.\\.\\.$");
    private static final Pattern ARRAY_SUFFIX = PerlText.rx("\\[.*\\]");
    private static final Pattern INDEX_SUFFIX = PerlText.rx("\\[.*");
    private static final Pattern DOUBLE_SPACE = PerlText.rx("\\s\\s+");
    private static final Pattern ALL_SPACE = PerlText.rx("\\s*");

    private final ScanState s;

    ParameterLists(ScanState s) {
        this.s = s;
    }

    /** A parameter name as its description is filed: without an array size (anything from "["). */
    static String withoutIndex(String param) {
        return INDEX_SUFFIX.matcher(param).replaceFirst("");
    }

    /** create_parameterlist: {@code splitter} is "," for parameters and ";" for struct members. */
    void create(String list, String splitter, String declarationName) {
        String args = list;
        // commas inside a function pointer's parameters are hidden while splitting
        while (POINTER_COMMA.matcher(args).find()) {
            args = POINTER_COMMA.matcher(args).replaceAll("$1#");
        }
        for (String field : PerlText.split(PerlText.rx(splitter), args)) {
            String arg = COMMENT.matcher(field).replaceFirst("");
            arg = POS_ATTRIBUTE.matcher(arg).replaceFirst(" ");
            arg = PerlText.stripTrailing(PerlText.stripLeading(arg));
            arg = SPACES.matcher(arg).replaceFirst(" ");
            if (arg.startsWith("#")) {
                // a preprocessor line stays in the list as a parameter without a type
                push(arg, "", "", null);
            } else if (FUNCTION_POINTER.matcher(arg).find()) {
                arg = arg.replace('#', ',');
                Matcher m = FUNCTION_POINTER_NAME.matcher(arg);
                pushPointer(arg, m.find() ? PerlText.group(m, 1) : "", declarationName);
            } else if (POINTER_ARRAY.matcher(arg).find()) {
                arg = arg.replace('#', ',');
                Matcher m = POINTER_ARRAY_NAME.matcher(arg);
                pushPointer(arg, m.find() ? PerlText.group(m, 1) : "", declarationName);
            } else if (!arg.isEmpty() && !arg.equals("0")) {
                pushDeclarators(arg, declarationName);
            }
        }
    }

    // the type is the declaration without its name ("s/([^\(]+\(\*?)\s*$param/$1/", the name read as a pattern)
    private void pushPointer(String arg, String param, String declarationName) {
        String type = arg;
        try {
            Pattern name = Pattern.compile("([^\\(]+\\(\\*?)\\s*" + param, Pattern.UNIX_LINES);
            type = name.matcher(arg).replaceFirst("$1");
        } catch (PatternSyntaxException e) {
            // the script would stop here; keep the declaration as the type
        }
        saveActual(param);
        push(param, type, arg, declarationName);
    }

    // "const struct foo *a, b[4], c:3": one type, several declarators
    private void pushDeclarators(String text, String declarationName) {
        String arg = AROUND_COLON.matcher(text).replaceAll(":");
        arg = BEFORE_BRACKET.matcher(arg).replaceAll("[");
        List<String> names = new ArrayList<>(PerlText.split(LIST_COMMA, arg));
        if (!names.isEmpty() && names.get(0).contains("*")) {
            names.set(0, STARS.matcher(names.get(0)).replaceFirst(" $1"));
        }
        List<String> typeWords = new ArrayList<>();
        Matcher array = names.isEmpty() ? null : TYPE_BEFORE_ARRAY.matcher(names.get(0));
        if (array != null && array.find()) {
            names.remove(0);
            typeWords.addAll(PerlText.split(SPACES, array.group(1)));
            typeWords.add(array.group(2));
        } else if (!names.isEmpty()) {
            typeWords.addAll(PerlText.split(SPACES, names.remove(0)));
        }
        names.add(0, typeWords.isEmpty() ? "" : typeWords.remove(typeWords.size() - 1));
        String type = String.join(" ", typeWords);
        for (String param : names) {
            Matcher m = POINTER_PARAM.matcher(param);
            if (m.find()) {
                saveActual(m.group(2));
                push(m.group(2), type + " " + m.group(1), arg, declarationName);
            } else if ((m = BIT_FIELD.matcher(param)).find()) {
                if (!type.isEmpty()) { // an unnamed bit-field has no type left once its name is taken
                    saveActual(m.group(1));
                    push(m.group(1), type + ":" + m.group(2), arg, declarationName);
                }
            } else {
                saveActual(param);
                push(param, type, arg, declarationName);
            }
        }
    }

    private void saveActual(String actual) {
        s.structActual = s.structActual + ALL_SPACE.matcher(actual).replaceAll("") + " ";
    }

    /** push_parameter. */
    private void push(String name, String typeName, String declaration, String declarationName) {
        String param = name;
        String type = typeName;
        if (s.anonStructUnion && type.isEmpty() && param.equals("}")) {
            return; // the "};" closing an anonymous struct or union
        }
        s.anonStructUnion = false;
        param = AFTER_NAME.matcher(param).replaceFirst("");
        if (type.isEmpty() && param.endsWith("...")) {
            if (NAMED_VARARGS.matcher(param).find()) {
                param = param.substring(0, param.length() - 3);
            }
            String description = s.parameterDescs.get(param);
            if (description == null || description.isEmpty()) {
                s.parameterDescs.put(param, "variable arguments");
            }
        } else if (type.isEmpty() && (param.isEmpty() || param.equals("void"))) {
            param = "void";
            s.parameterDescs.put("void", "no arguments");
        } else if (type.isEmpty() && (param.equals("struct") || param.equals("union"))) {
            type = param;
            param = "{unnamed_" + param + "}";
            s.parameterDescs.put(param, "anonymous\n");
            s.anonStructUnion = true;
        } else if (param.contains("__cacheline_group")) {
            return; // cache-line group markers need no description
        }
        if (!s.parameterDescs.containsKey(param) && !param.startsWith("#")) {
            s.parameterDescs.put(param, ScanState.UNDESCRIBED);
            if (param.indexOf('.') < 0) {
                s.warn("Function parameter or struct member '" + param + "' not described in '" + declarationName
                        + "'\n", new Item.Shown(type, declarationName));
            }
        }
        s.parameterList.add(param);
        s.parameterTypes.put(param, DOUBLE_SPACE.matcher(declaration).replaceAll(" "));
    }

    /** check_sections: a description of a parameter or member that the declaration does not have. */
    void checkSections(String declarationName, String declarationType, String described, String actual) {
        List<String> params = new ArrayList<>();
        for (String param : PerlText.splitWords(actual)) {
            String clean = ARRAY_SUFFIX.matcher(param).replaceFirst("");
            clean = ATTRIBUTE.matcher(clean).replaceFirst("");
            params.add(INDEX_SUFFIX.matcher(clean).replaceFirst(""));
        }
        for (String section : PerlText.splitWords(described)) {
            boolean found = params.contains(section);
            if (found) {
                continue;
            }
            if (declarationType.equals("function")) {
                s.warn("Excess function parameter '" + section + "' description in '" + declarationName + "'\n");
            } else if (declarationType.equals("struct") || declarationType.equals("union")) {
                s.warn("Excess " + declarationType + " member '" + section + "' description in '" + declarationName
                        + "'\n");
            }
        }
    }
}
