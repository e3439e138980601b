package org.kdocs.kerneldoc;

import java.util.List;

/**
 * One thing a parsed C file holds, in file order: what scripts/kernel-doc would print or warn
 * while reading it. Parsing does not depend on the options of a run; whether an item is printed
 * does, so each item keeps what the option checks need and {@link Renderer} decides.
 */
sealed interface Item {
    /** When a message is printed (the script's show_warnings and its -W flags). */
    sealed interface Gate {
    }

    /** Printed in every run. */
    record Always() implements Gate {
    }

    /** Printed when show_warnings(type, name) holds for the run's selection. */
    record Shown(String type, String name) implements Gate {
    }

    /** Printed only with the flag (-Wreturn, -Wshort-desc, -v). */
    enum Flag implements Gate {
        RETURN, SHORT_DESC, VERBOSE
    }

    Gate ALWAYS = new Always();

    /**
     * A message for standard error, printed as "FILE:line: level: text" where FILE is the path the
     * run was given; the text usually ends in a newline, as the script prints it.
     *
     * @param level "warning", "error" (which also makes the exit status non-zero) or "info"
     */
    record Message(int line, String level, String text, Gate gate) implements Item {
    }

    /** The unconditional ".. LINENO n" that dump_function prints before it looks at the prototype. */
    record LineMark(int line) implements Item {
    }

    /** A DOC: block: its title, its text and the line it starts on. */
    record DocBlock(String title, String contents, int line) implements Item {
    }

    /** A parameter, member or constant with its description as the output functions see them. */
    record Param(String name, String type, String description, Integer line) {
    }

    /** A section (Description, Return, ...) with its text and first line. */
    record Section(String name, String contents, Integer line) {
    }

    /** A documented declaration that is printed when the run selects it. */
    sealed interface Declaration extends Item {
        String name();

        /** The script's output type: function, struct, enum or typedef. */
        String kind();
    }

    /** A function, a function-like or object-like macro, or a function-pointer typedef. */
    record Function(String name, boolean typedef, boolean macro, String returnType, List<Param> params,
                    List<Section> sections, String purpose, int line) implements Declaration {
        @Override
        public String kind() {
            return "function";
        }
    }

    /** A struct or union with its reformatted definition and its members. */
    record Struct(String name, String type, String definition, List<Param> members, List<Section> sections,
                  String purpose, int line) implements Declaration {
        @Override
        public String kind() {
            return "struct";
        }
    }

    /** An enum with its constants. */
    record Enum(String name, List<Param> constants, List<Section> sections, String purpose, int line)
            implements Declaration {
        @Override
        public String kind() {
            return "enum";
        }
    }

    /** A typedef that is not of a function type. */
    record Typedef(String name, List<Section> sections, String purpose, int line) implements Declaration {
        @Override
        public String kind() {
            return "typedef";
        }
    }
}
