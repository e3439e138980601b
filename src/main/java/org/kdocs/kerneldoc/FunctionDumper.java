package org.kdocs.kerneldoc;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a function prototype or a #define (scripts/kernel-doc dump_function): drops the storage
 * classes and attributes the kernel puts before a function, finds the return type, the name and
 * the parameters, checks them against the comment, and records the function.
 */
final class FunctionDumper {
    /** The prefixes and attributes dump_function removes, in its order (each once). */
    private static final List<Pattern> QUALIFIERS_BEFORE_DEFINE = List.of(
            PerlText.rx("^static +"), PerlText.rx("^extern +"), PerlText.rx("^asmlinkage +"),
            PerlText.rx("^inline +"), PerlText.rx("^__inline__ +"), PerlText.rx("^__inline +"),
            PerlText.rx("^__always_inline +"), PerlText.rx("^noinline +"), PerlText.rx("^__FORTIFY_INLINE +"),
            PerlText.rx("__init +"), PerlText.rx("__init_or_module +"), PerlText.rx("__deprecated +"),
            PerlText.rx("__flatten +"), PerlText.rx("__meminit +"), PerlText.rx("__must_check +"),
            PerlText.rx("__weak +"), PerlText.rx("__sched +"), PerlText.rx("_noprof"),
            PerlText.rx("__printf\\s*\\(\\s*\\d*\\s*,\\s*\\d*\\s*\\) +"),
            PerlText.rx("__(?:re)?alloc_size\\s*\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\) +"),
            PerlText.rx("__diagnose_as\\s*\\(\\s*\\S+\\s*(?:,\\s*\\d+\\s*)*\\) +"));
    private static final Pattern BUCKET_PARAMS = PerlText.rx("DECL_BUCKET_PARAMS\\s*\\(\\s*(\\S+)\\s*,\\s*(\\S+)\\s*\\)");
    private static final Pattern DEFINE = PerlText.rx("^#\\s*define\\s+");
    private static final Pattern ATTRIBUTE_CONST = PerlText.rx("__attribute_const__ +");
    private static final Pattern ATTRIBUTES = PerlText.rx(
            "__attribute__\\s*\\(\\((?:[\\w\\s]++(?:\\([^)]*+\\))?\\s*+,?)+\\)\\)\\s+");

    private static final String NAME = "[a-zA-Z0-9_~:]+";
    private static final String PROTOTYPE_END = "\\(([^\\(]*|[^\\{]*)\\)";
    private static final String TYPE1 = "[\\w\\s]+";
    private static final String TYPE2 = "(?:" + TYPE1 + "\\*+)";
    // an object-like macro: no space is allowed between a function-like macro's name and its "("
    private static final Pattern OBJECT_MACRO = PerlText.rx("^()(" + NAME + ")\\s+");
    private static final Pattern NO_TYPE = PerlText.rx("^()(" + NAME + ")\\s*" + PROTOTYPE_END);
    private static final Pattern PLAIN_TYPE = PerlText.rx("^(" + TYPE1 + ")\\s+(" + NAME + ")\\s*" + PROTOTYPE_END);
    private static final Pattern POINTER_TYPE = PerlText.rx("^(" + TYPE2 + "+)\\s*(" + NAME + ")\\s*" + PROTOTYPE_END);
    private static final Pattern VOID_RETURN = PerlText.rx("void\\s*\\w*\\s*$");

    private final ScanState s;
    private final ParameterLists parameters;

    FunctionDumper(ScanState s, ParameterLists parameters) {
        this.s = s;
        this.parameters = parameters;
    }

    void dump(String text) {
        s.items.add(new Item.LineMark(s.newStartLine));
        String prototype = text;
        for (Pattern qualifier : QUALIFIERS_BEFORE_DEFINE) {
            prototype = qualifier.matcher(prototype).replaceFirst("");
        }
        prototype = BUCKET_PARAMS.matcher(prototype).replaceFirst("$1, $2");
        Matcher define = DEFINE.matcher(prototype);
        boolean isDefine = define.find();
        if (isDefine) {
            prototype = prototype.substring(define.end());
        }
        prototype = ATTRIBUTE_CONST.matcher(prototype).replaceFirst("");
        prototype = ATTRIBUTES.matcher(prototype).replaceFirst("");

        String returnType;
        String name;
        boolean macro = false;
        Matcher m = OBJECT_MACRO.matcher(prototype);
        if (isDefine && m.find()) {
            returnType = "";
            name = m.group(2);
            macro = true;
        } else if ((m = NO_TYPE.matcher(prototype)).find() || (m = PLAIN_TYPE.matcher(prototype)).find()
                || (m = POINTER_TYPE.matcher(prototype)).find()) {
            returnType = m.group(1);
            name = m.group(2);
            parameters.create(m.group(3), ",", name);
        } else {
            s.warn("cannot understand function prototype: '" + prototype + "'\n");
            return;
        }
        if (!s.identifier.equals(name)) {
            s.warn("expecting prototype for " + s.identifier + "(). Prototype was for " + name + "() instead\n");
            return;
        }
        parameters.checkSections(name, "function", s.sectionCheck, String.join(" ", s.parameterList));
        if (!macro && !returnType.isEmpty() && !VOID_RETURN.matcher(returnType).find()
                && s.sections.getOrDefault(ScanState.SECTION_RETURN, "").isEmpty()) {
            s.warn("No description found for return value of '" + name + "'\n", Item.Flag.RETURN);
        }
        // the prototype parser is also given typedefs of function types
        boolean typedef = returnType.contains("typedef");
        s.items.add(new Item.Function(name, typedef, macro, returnType, s.paramSnapshot(), s.sectionSnapshot(), s.purpose,
                s.declarationStartLine));
    }
}
