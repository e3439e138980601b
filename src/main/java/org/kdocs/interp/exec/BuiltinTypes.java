package org.kdocs.interp.exec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kdocs.interp.Origin;
import org.kdocs.interp.parse.CType;
import org.kdocs.interp.parse.Lexer;
import org.kdocs.interp.parse.Parser;
import org.kdocs.interp.parse.Token;

/** Resolves the C type names in builtin signatures against the program's typedefs and tags. */
final class BuiltinTypes {
    private final Map<String, CType> typedefs;
    private final Map<String, CType> tags;
    private final Map<String, Long> enums;
    private final Map<String, CType> cache = new HashMap<>();

    BuiltinTypes(Map<String, CType> typedefs, Map<String, CType> tags, Map<String, Long> enums) {
        this.typedefs = typedefs;
        this.tags = tags;
        this.enums = enums;
    }

    /** The type, or null when the name does not parse (a builtin declaration error). */
    CType resolve(String name) {
        return cache.computeIfAbsent(name, n -> {
            try {
                List<Token> tokens = Lexer.lex(n, Origin.of("<builtin>"));
                return new Parser(tokens, "<builtin>", typedefs, tags, enums).typeNameOnly();
            } catch (RuntimeException e) {
                return null;
            }
        });
    }
}
