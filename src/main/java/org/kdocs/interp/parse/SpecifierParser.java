package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declaration specifiers (C11 6.7.1 storage classes, 6.7.2 type specifiers with struct and union
 * bodies 6.7.2.1 and enumerations 6.7.2.2, 6.7.3 qualifiers) and the kernel's annotations among them;
 * the declarators they are followed by are parsed by {@link DeclParser}. The typedef, tag and enum
 * tables live here, as the specifiers are what reads and fills them.
 */
abstract class SpecifierParser extends ExprParser {
    /** Kernel annotations accepted anywhere in declaration specifiers and recorded on the declaration. */
    public static final Set<String> ANNOTATIONS = Set.of("inline", "__inline", "__inline__", "__always_inline",
            "noinline", "__no_kcsan", "__data_racy", "__user", "__rcu", "__iomem", "__percpu", "__init", "__exit",
            "__initdata", "__maybe_unused", "__read_mostly", "__cacheline_aligned", "__cacheline_aligned_in_smp",
            "__must_check", "notrace", "asmlinkage", "__force", "__packed", "register", "auto", "restrict",
            "__restrict", "const", "__const", "__weak", "__visible", "__used", "__ro_after_init", "noinstr",
            "__randomize_layout", "__no_sanitize_thread", "__noreturn", "__nocfi", "__kernel", "__bitwise",
            "__no_sanitize_or_inline", "__latent_entropy", "__sched", "__cold", "__hot", "__pure", "__unused");
    private static final Set<String> TYPE_WORDS = Set.of("void", "char", "short", "int", "long", "signed",
            "unsigned", "_Bool", "bool", "struct", "union", "enum", "volatile", "static", "extern", "typedef",
            "__signed__", "__attribute__", "__aligned", "typeof", "__typeof__", "__typeof");

    private final Map<String, CType> typedefs;
    private final Map<String, CType> tags;
    private final Map<String, Long> enums;

    SpecifierParser(List<Token> tokens, String file, Map<String, CType> typedefs, Map<String, CType> tags,
                    Map<String, Long> enums) {
        super(tokens, file);
        this.typedefs = typedefs;
        this.tags = tags;
        this.enums = enums;
    }

    /** A declarator, which struct and union members need here. */
    abstract DeclParser.Declarator declarator(boolean abstractAllowed);

    @Override
    protected boolean startsType(Token t) {
        return t.kind() == Token.Kind.IDENT && (TYPE_WORDS.contains(t.text()) || ANNOTATIONS.contains(t.text())
                || typedefs.containsKey(t.text()));
    }

    @Override
    protected Long enumConstant(String name) {
        return enums.get(name);
    }

    /** Makes {@code name} a type name for the rest of the unit. */
    void defineTypedef(String name, CType type) {
        typedefs.put(name, type);
    }

    /** Declaration specifiers: base type plus storage class and annotations. */
    record Specs(CType type, boolean isStatic, boolean isExtern, boolean isTypedef, Set<String> attrs) { }

    /** Skips {@code __attribute__((...))} and the like, collecting the annotations into {@code attrs}. */
    void skipAttributes(Set<String> attrs) {
        while (true) {
            Token t = peek();
            if (t.is("__attribute__") || t.is("__aligned")) {
                next();
                skipParens();
            } else if (t.kind() == Token.Kind.IDENT && ANNOTATIONS.contains(t.text())) {
                attrs.add(next().text());
            } else {
                return;
            }
        }
    }

    void skipParens() {
        if (!peek().is("(")) {
            return;
        }
        int depth = 0;
        do {
            Token t = next();
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (t.kind() == Token.Kind.EOF) {
                throw error(t, "unterminated attribute");
            }
        } while (depth > 0);
    }

    Specs specifiers(boolean required) {
        Token start = peek();
        Set<String> attrs = new LinkedHashSet<>();
        boolean isStatic = false;
        boolean isExtern = false;
        boolean isTypedef = false;
        boolean isVolatile = false;
        boolean unsigned = false;
        boolean signed = false;
        int longs = 0;
        String base = null;
        CType named = null;
        while (true) {
            Token t = peek();
            if (t.kind() != Token.Kind.IDENT) {
                break;
            }
            String w = t.text();
            if (w.equals("static")) {
                isStatic = true;
            } else if (w.equals("extern")) {
                isExtern = true;
            } else if (w.equals("typedef")) {
                isTypedef = true;
            } else if (w.equals("volatile") || w.equals("__volatile__")) {
                isVolatile = true;
            } else if (w.equals("__attribute__") || w.equals("__aligned")) {
                next();
                skipParens();
                continue;
            } else if (ANNOTATIONS.contains(w)) {
                attrs.add(w);
                if (w.equals("__data_racy")) {
                    isVolatile = true;
                }
            } else if (w.equals("unsigned")) {
                unsigned = true;
            } else if (w.equals("signed") || w.equals("__signed__")) {
                signed = true;
            } else if (w.equals("long")) {
                longs++;
            } else if (w.equals("short") || w.equals("char") || w.equals("int") || w.equals("void")
                    || w.equals("_Bool") || w.equals("bool")) {
                if (base != null && !(base.equals("short") && w.equals("int"))) {
                    throw error(t, "two or more data types in declaration specifiers");
                }
                if (base == null) {
                    base = w;
                }
            } else if ((w.equals("struct") || w.equals("union")) && named == null && base == null) {
                next();
                named = aggregate(t);
                continue;
            } else if ((w.equals("typeof") || w.equals("__typeof__") || w.equals("__typeof")) && named == null
                    && base == null) {
                next();
                expect("(", "after '" + w + "'");
                named = startsType(peek()) ? typeName() : CType.typeOf(expression());
                expect(")", "to close '" + w + "'");
                continue;
            } else if (w.equals("enum") && named == null && base == null) {
                next();
                named = enumeration();
                continue;
            } else if (typedefs.containsKey(w) && named == null && base == null && longs == 0 && !unsigned && !signed) {
                named = typedefs.get(w);
            } else {
                break;
            }
            next();
        }
        CType type;
        if (named != null) {
            type = named;
        } else if (base == null && longs == 0 && !unsigned && !signed) {
            if (required || !attrs.isEmpty() || isStatic || isVolatile) {
                throw error(start, "unknown type name " + describe(start));
            }
            throw error(start, "expected a type before " + describe(start));
        } else if ("void".equals(base)) {
            type = CType.VOID;
        } else if ("_Bool".equals(base) || "bool".equals(base)) {
            type = CType.BOOL;
        } else if ("char".equals(base)) {
            type = unsigned ? CType.UCHAR : CType.CHAR;
        } else if ("short".equals(base)) {
            type = unsigned ? CType.USHORT : CType.SHORT;
        } else if (longs > 0) {
            type = unsigned ? CType.ULONG : CType.LONG;
        } else {
            type = unsigned ? CType.UINT : CType.INT;
        }
        if (isVolatile) {
            type = type.asVolatile();
        }
        return new Specs(type, isStatic, isExtern, isTypedef, attrs);
    }

    private CType aggregate(Token kw) {
        boolean union = kw.text().equals("union");
        Set<String> ignored = new LinkedHashSet<>();
        skipAttributes(ignored);
        String tag = null;
        if (peek().kind() == Token.Kind.IDENT && !peek().is("{")) {
            tag = next().text();
        }
        String key = (union ? "union " : "struct ") + tag;
        CType type = tag == null ? null : tags.get(key);
        if (!peek().is("{")) {
            if (tag == null) {
                throw error(peek(), "expected '{' or a tag after '" + kw.text() + "'");
            }
            if (type == null) {
                type = CType.aggregate(tag, union);
                tags.put(key, type);
            }
            return type;
        }
        if (type == null || type.aggregate.fields != null) {
            type = CType.aggregate(tag, union);
            if (tag != null) {
                tags.put(key, type);
            }
        }
        next();
        List<String> names = new ArrayList<>();
        List<CType> types = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        while (!accept("}")) {
            if (accept("...")) {
                // documentation convention: elided members
                accept(";");
                continue;
            }
            Specs s = specifiers(true);
            if (accept(";")) {
                if (s.type().kind == CType.Kind.STRUCT && s.type().aggregate.fields != null) {
                    for (CType.Field f : s.type().aggregate.fields) {
                        names.add(f.name());
                        types.add(f.type());
                        widths.add(-1);
                    }
                    // an anonymous member union keeps its own layout: represent it by its first field only
                    if (s.type().aggregate.union && s.type().aggregate.fields.size() > 1) {
                        throw error(kw, "anonymous unions inside structs are not supported; name the member");
                    }
                }
                continue;
            }
            do {
                if (peek().is(":")) {
                    // an unnamed bit-field: padding, or alignment to the next unit when its width is 0
                    Token colon = next();
                    names.add(null);
                    types.add(s.type());
                    widths.add(bitWidth(colon, s.type(), null, true));
                    continue;
                }
                DeclParser.Declarator d = declarator(false);
                CType ft = d.build().apply(s.type());
                if (ft.kind == CType.Kind.STRUCT && ft.aggregate.fields == null) {
                    throw error(d.at(), "field '" + d.name() + "' has incomplete type");
                }
                names.add(d.name());
                types.add(ft);
                widths.add(peek().is(":") ? bitWidth(next(), ft, d.name(), false) : -1);
                skipAttributes(new LinkedHashSet<>());
            } while (accept(","));
            expect(";", "at end of member declaration");
        }
        CType.layout(type.aggregate, names, types, widths);
        skipAttributes(ignored);
        return type;
    }

    /** The width after a bit-field's ':': a constant, within its integer type, 0 only when unnamed. */
    private int bitWidth(Token colon, CType type, String name, boolean unnamed) {
        if (!type.isInteger() && type.kind != CType.Kind.BOOL) {
            throw error(colon, "bit-field '" + (name == null ? "<anonymous>" : name) + "' has invalid type");
        }
        long width = constant(conditional());
        if (width < 0 || width > 8L * type.sizeOf() || width == 0 && !unnamed) {
            throw error(colon, width < 0 ? "negative width in bit-field '" + name + "'"
                    : width == 0 ? "zero width for bit-field '" + name + "'"
                    : "width of '" + name + "' exceeds its type");
        }
        return (int) width;
    }

    private CType enumeration() {
        if (peek().kind() == Token.Kind.IDENT && !peek().is("{")) {
            next();
        }
        if (accept("{")) {
            long value = 0;
            while (!accept("}")) {
                Token n = next();
                if (n.kind() != Token.Kind.IDENT) {
                    throw error(n, "expected identifier in enumerator list before " + describe(n));
                }
                if (accept("=")) {
                    value = constant(conditional());
                }
                enums.put(n.text(), value++);
                if (!accept(",")) {
                    expect("}", "to close the enumerator list");
                    break;
                }
            }
        }
        return CType.INT;
    }
}
