package org.kdocs.kerneldoc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers the C declaration that follows a kernel-doc comment, line by line, until it is complete
 * (scripts/kernel-doc process_proto_function and process_proto_type), rewrites the kernel's
 * SYSCALL_DEFINEn and TRACE_EVENT macros into plain prototypes (syscall_munge, tracepoint_munge),
 * and passes the whole declaration to the dumper of its kind.
 */
final class Prototypes {
    private static final Pattern LINE_COMMENT = PerlText.rx("//.*$", Pattern.DOTALL);
    private static final Pattern BLOCK_COMMENT = PerlText.rx("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern NEWLINES = PerlText.rx("[\\r\\n]+");
    private static final Pattern LEADING_SPACE = PerlText.rx("^\\s+");
    private static final Pattern TRAILING_SPACE = PerlText.rx("\\s+$");
    private static final Pattern DEFINE = PerlText.rx("^#\\s*define");
    private static final Pattern ANY_DEFINE = PerlText.rx("#\\s*define");
    private static final Pattern UP_TO_BRACE = PerlText.rx("([^\\{]*)");
    // "int (*pcs_config)(struct foo)" documents pcs_config
    private static final Pattern POINTER_NAME = PerlText.rx("^(\\S+\\s+)\\(\\s*\\*(\\S+)\\)");
    private static final Pattern TYPE_PIECE = PerlText.rx("([^\\{\\};]*)([\\{\\};])(.*)");
    private static final Pattern SYSCALL_HEAD = PerlText.rx("SYSCALL_DEFINE.*\\(");
    private static final Pattern SYSCALL_NAME = PerlText.rx("long (sys_.*?),");
    private static final Pattern TRACE_EVENT = PerlText.rx("TRACE_EVENT\\((.*?),");
    private static final Pattern SINGLE_EVENT = PerlText.rx("DEFINE_SINGLE_EVENT\\((.*?),");
    private static final Pattern DEFINE_EVENT = PerlText.rx("DEFINE_EVENT\\((.*?),(.*?),");
    private static final Pattern TP_PROTO = PerlText.rx("TP_PROTO\\((.*?)\\)");

    private final ScanState s;
    private final FunctionDumper functions;
    private final StructDumper structs;
    private final EnumTypedefDumper enumsAndTypedefs;

    Prototypes(ScanState s) {
        this.s = s;
        ParameterLists parameters = new ParameterLists(s);
        this.functions = new FunctionDumper(s, parameters);
        this.structs = new StructDumper(s, parameters);
        this.enumsAndTypedefs = new EnumTypedefDumper(s, parameters);
    }

    /** A line of a function's prototype; true when the prototype was complete and has been dumped. */
    boolean functionLine(String line) {
        String x = LINE_COMMENT.matcher(line).replaceFirst("");
        if (!(x.startsWith("#") && !DEFINE.matcher(x).find())) {
            Matcher m = UP_TO_BRACE.matcher(x);
            m.find();
            s.prototype += m.group(1);
        }
        if (x.indexOf('{') < 0 && !ANY_DEFINE.matcher(x).find() && x.indexOf(';') < 0) {
            return false;
        }
        String prototype = BLOCK_COMMENT.matcher(s.prototype).replaceAll("");
        prototype = NEWLINES.matcher(prototype).replaceAll(" ");
        prototype = LEADING_SPACE.matcher(prototype).replaceFirst("");
        prototype = POINTER_NAME.matcher(prototype).replaceFirst("$1$2");
        if (prototype.contains("SYSCALL_DEFINE")) {
            prototype = syscallPrototype(prototype);
        }
        if (prototype.contains("TRACE_EVENT") || prototype.contains("DEFINE_EVENT")
                || prototype.contains("DEFINE_SINGLE_EVENT")) {
            prototype = tracepointPrototype(prototype);
        }
        functions.dump(prototype);
        s.reset();
        return true;
    }

    /** A line of a struct, union, enum or typedef; true when the declaration ended and has been dumped. */
    boolean typeLine(String line) {
        String x = NEWLINES.matcher(line).replaceAll(" ");
        x = LEADING_SPACE.matcher(x).replaceFirst("");
        x = TRAILING_SPACE.matcher(x).replaceFirst("");
        x = LINE_COMMENT.matcher(x).replaceFirst("");
        if (x.startsWith("#")) {
            x += ";"; // keeps preprocessor lines apart from the declarations around them
        }
        while (true) {
            Matcher m = TYPE_PIECE.matcher(x);
            if (!m.find()) {
                s.prototype += x;
                return false;
            }
            if (!s.prototype.isEmpty()) {
                s.prototype += " ";
            }
            String delimiter = m.group(2);
            s.prototype += m.group(1) + delimiter;
            if (delimiter.equals("{")) {
                s.braceCount++;
            } else if (delimiter.equals("}")) {
                s.braceCount--;
            } else if (s.braceCount == 0) {
                dumpDeclaration(s.prototype);
                s.reset();
                return true;
            }
            x = m.group(3);
        }
    }

    private void dumpDeclaration(String prototype) {
        switch (s.declType) {
            case "struct", "union" -> structs.dump(prototype);
            case "enum" -> enumsAndTypedefs.dumpEnum(prototype);
            case "typedef" -> enumsAndTypedefs.dumpTypedef(prototype);
            default -> throw new IllegalStateException("no dumper for " + s.declType);
        }
    }

    /** syscall_munge: SYSCALL_DEFINEn(name, type, arg, ...) becomes long sys_name(type arg, ...). */
    private static String syscallPrototype(String text) {
        String prototype = NEWLINES.matcher(text).replaceAll(" ");
        boolean noArguments = prototype.contains("SYSCALL_DEFINE0");
        prototype = SYSCALL_HEAD.matcher(prototype).replaceFirst("long sys_");
        if (SYSCALL_NAME.matcher(prototype).find()) {
            prototype = prototype.replaceFirst(",", "(");
        } else if (noArguments) {
            prototype = prototype.replaceFirst("\\)", "(void)");
        }
        if (noArguments) {
            return prototype;
        }
        // the macro separates each type from its name by a comma: drop every other comma
        StringBuilder out = new StringBuilder(prototype);
        int count = 0;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == ',' && ++count % 2 == 1) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** tracepoint_munge: TRACE_EVENT(name, TP_PROTO(args), ...) becomes static inline void trace_name(args). */
    private String tracepointPrototype(String prototype) {
        String name = null;
        String args = null;
        Matcher m = TRACE_EVENT.matcher(prototype);
        if (m.find()) {
            name = m.group(1);
        }
        m = SINGLE_EVENT.matcher(prototype);
        if (m.find()) {
            name = m.group(1);
        }
        m = DEFINE_EVENT.matcher(prototype);
        if (m.find()) {
            name = m.group(2);
        }
        if (name != null) {
            name = PerlText.stripLeading(name);
        }
        m = TP_PROTO.matcher(prototype);
        if (m.find()) {
            args = m.group(1);
        }
        // the script tests both against 0, its "not found" value, as strings
        if (name == null || args == null || name.equals("0") || args.equals("0")) {
            s.warn("Unrecognized tracepoint format: \n" + prototype + "\n");
            return prototype;
        }
        s.identifier = "trace_" + s.identifier;
        return "static inline void trace_" + name + "(" + args + ")";
    }
}
