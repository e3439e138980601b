package org.kdocs.site.ext.sphinx.cdomain;

import java.util.List;

import org.kdocs.site.SphinxNodes;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;

/**
 * The names, expressions and attributes of a C declaration (sphinx.domains.c ASTIdentifier,
 * ASTNestedName, the ASTExpression family and sphinx.util.cfamily's attributes). Each node prints
 * itself as Sphinx's _stringify does and writes its signature nodes as describe_signature does.
 * Declarators and declarations are in {@link CDecl}.
 */
final class CAst {
    private CAst() {
    }

    /** Sphinx's description modes. */
    enum Mode { LAST_IS_NAME, NONE_IS_NAME, MARK_TYPE, PARAM }

    /** A node of the AST. {@code parentKey} is the full name of the symbol that names are looked up from. */
    interface Node {
        String str();

        void describe(Element sig, Mode mode, String parentKey);
    }

    static Element add(Element sig, NodeType type, String text) {
        Element e = SigNodes.of(type, text);
        sig.add(e);
        return e;
    }

    static void space(Element sig) {
        sig.add(SigNodes.space());
    }

    // ---- names

    record Identifier(String name) {
        boolean anonymous() {
            return name.startsWith("@");
        }

        String display() {
            return anonymous() ? "[anonymous]" : name;
        }

        void describe(Element sig, Mode mode, String prefix, String parentKey) {
            Element node = SigNodes.of(SigNodes.NAME, display());
            switch (mode) {
                case MARK_TYPE -> {
                    Element xref = new Element(SphinxNodes.PENDING_XREF);
                    xref.set("refdomain", "c");
                    xref.set("reftype", "identifier");
                    xref.set("reftarget", prefix + name);
                    xref.set("refexplicit", false);
                    xref.set(CSymbols.PARENT_KEY, parentKey);
                    xref.add(node);
                    sig.add(xref);
                }
                case LAST_IS_NAME -> sig.add(Element.of(SigNodes.DESC_NAME, node));
                default -> sig.add(node);
            }
        }
    }

    record NestedName(List<Identifier> names, boolean rooted) implements Node {
        @Override
        public String str() {
            StringBuilder out = new StringBuilder(rooted ? "." : "");
            for (int i = 0; i < names.size(); i++) {
                out.append(i > 0 ? "." : "").append(names.get(i).name());
            }
            return out.toString();
        }

        String display() {
            StringBuilder out = new StringBuilder(rooted ? "." : "");
            for (int i = 0; i < names.size(); i++) {
                out.append(i > 0 ? "." : "").append(names.get(i).display());
            }
            return out.toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (mode == Mode.NONE_IS_NAME || mode == Mode.PARAM) {
                names.get(0).describe(sig, Mode.NONE_IS_NAME, "", parentKey);
                return;
            }
            String prefix = "";
            boolean lastIsName = mode == Mode.LAST_IS_NAME;
            List<Identifier> marked = lastIsName ? names.subList(0, names.size() - 1) : names;
            Element dest = lastIsName ? new Element(SigNodes.DESC_ADDNAME) : sig;
            if (rooted) {
                prefix += ".";
                add(lastIsName && marked.isEmpty() ? sig : dest, SigNodes.PUNCTUATION, ".");
            }
            for (int i = 0; i < marked.size(); i++) {
                if (i > 0) {
                    add(dest, SigNodes.PUNCTUATION, ".");
                    prefix += ".";
                }
                marked.get(i).describe(dest, Mode.MARK_TYPE, prefix, parentKey);
                prefix += marked.get(i).name();
            }
            if (lastIsName) {
                if (names.size() > 1) {
                    add(dest, SigNodes.PUNCTUATION, ".");
                    sig.add(dest);
                }
                names.get(names.size() - 1).describe(sig, Mode.LAST_IS_NAME, "", parentKey);
            }
        }
    }

    // ---- expressions

    /**
     * A token shown as written, in its own node type: a number, string or character literal, true or
     * false (a keyword), or a postfix ++ or -- (an operator without operand).
     */
    record Token(String text, NodeType type) implements Node {
        @Override
        public String str() {
            return text;
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, type, text);
        }
    }

    record IdExpression(NestedName name) implements Node {
        @Override
        public String str() {
            return name.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            name.describe(sig, mode, parentKey);
        }
    }

    /** "(" expr ")", "[" expr "]": an expression between two punctuation marks. */
    record Bracketed(String open, Node inner, String close) implements Node {
        @Override
        public String str() {
            return open + inner.str() + close;
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.PUNCTUATION, open);
            inner.describe(sig, mode, parentKey);
            add(sig, SigNodes.PUNCTUATION, close);
        }
    }

    record MemberOfPointer(NestedName name) implements Node {
        @Override
        public String str() {
            return "->" + name.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.OPERATOR, "->");
            name.describe(sig, Mode.NONE_IS_NAME, parentKey);
        }
    }

    record PostfixExpression(Node prefix, List<Node> postfixes) implements Node {
        @Override
        public String str() {
            StringBuilder out = new StringBuilder(prefix.str());
            postfixes.forEach(p -> out.append(p.str()));
            return out.toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            prefix.describe(sig, mode, parentKey);
            postfixes.forEach(p -> p.describe(sig, mode, parentKey));
        }
    }

    record UnaryOperator(String op, Node expr) implements Node {
        private boolean word() {
            return op.startsWith("c") || op.startsWith("n");
        }

        @Override
        public String str() {
            return word() ? op + " " + expr.str() : op + expr.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (word()) {
                add(sig, SigNodes.KEYWORD, op);
                space(sig);
            } else {
                add(sig, SigNodes.OPERATOR, op);
            }
            expr.describe(sig, mode, parentKey);
        }
    }

    /** sizeof(type) and alignof(type). */
    record TypeOperator(String keyword, Node type) implements Node {
        @Override
        public String str() {
            return keyword + "(" + type.str() + ")";
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.KEYWORD, keyword);
            add(sig, SigNodes.PUNCTUATION, "(");
            type.describe(sig, mode, parentKey);
            add(sig, SigNodes.PUNCTUATION, ")");
        }
    }

    record SizeofExpression(Node expr) implements Node {
        @Override
        public String str() {
            return "sizeof " + expr.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.KEYWORD, "sizeof");
            space(sig);
            expr.describe(sig, mode, parentKey);
        }
    }

    record Cast(Node type, Node expr) implements Node {
        @Override
        public String str() {
            return "(" + type.str() + ")" + expr.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.PUNCTUATION, "(");
            type.describe(sig, mode, parentKey);
            add(sig, SigNodes.PUNCTUATION, ")");
            expr.describe(sig, mode, parentKey);
        }
    }

    /** Binary operators and assignments: operands with spaced operators between them. */
    record Operators(List<Node> exprs, List<String> ops) implements Node {
        @Override
        public String str() {
            StringBuilder out = new StringBuilder(exprs.get(0).str());
            for (int i = 1; i < exprs.size(); i++) {
                out.append(' ').append(ops.get(i - 1)).append(' ').append(exprs.get(i).str());
            }
            return out.toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            exprs.get(0).describe(sig, mode, parentKey);
            for (int i = 1; i < exprs.size(); i++) {
                space(sig);
                String op = ops.get(i - 1);
                add(sig, op.charAt(0) >= 'a' && op.charAt(0) <= 'z' ? SigNodes.KEYWORD : SigNodes.OPERATOR, op);
                space(sig);
                exprs.get(i).describe(sig, mode, parentKey);
            }
        }
    }

    /** An expression the parser could not read, kept as text (ASTFallbackExpr). */
    record Fallback(String text) implements Node {
        @Override
        public String str() {
            return text;
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            Element literal = Element.text(NodeType.LITERAL, text, text);
            sig.add(literal);
        }
    }

    /** "(a, b)" or "{a, b,}": a list of expressions (ASTParenExprList, ASTBracedInitList). */
    record ExpressionList(String open, List<Node> exprs, boolean trailingComma, String close) implements Node {
        @Override
        public String str() {
            StringBuilder out = new StringBuilder(open);
            for (int i = 0; i < exprs.size(); i++) {
                out.append(i > 0 ? ", " : "").append(exprs.get(i).str());
            }
            return out.append(trailingComma ? "," : "").append(close).toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.PUNCTUATION, open);
            for (int i = 0; i < exprs.size(); i++) {
                if (i > 0) {
                    add(sig, SigNodes.PUNCTUATION, ",");
                    space(sig);
                }
                exprs.get(i).describe(sig, mode, parentKey);
            }
            if (trailingComma) {
                add(sig, SigNodes.PUNCTUATION, ",");
            }
            add(sig, SigNodes.PUNCTUATION, close);
        }
    }

    // ---- attributes (sphinx.util.cfamily)

    /** One attribute: [[...]], __attribute__((...)), a c_id_attributes name or a c_paren_attributes call. */
    record Attribute(String text, boolean cpp) {
        void describe(Element sig) {
            if (cpp) {
                add(sig, SigNodes.PUNCTUATION, "[[");
                sig.add(SigNodes.text(text.substring(2, text.length() - 2)));
                add(sig, SigNodes.PUNCTUATION, "]]");
            } else {
                sig.add(SigNodes.text(text));
            }
        }
    }

    record Attributes(List<Attribute> list) {
        static final Attributes NONE = new Attributes(List.of());

        /** The attributes parsed, or {@link #NONE} when there were none. */
        static Attributes of(List<Attribute> list) {
            return list.isEmpty() ? NONE : new Attributes(list);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        Attributes plus(Attributes other) {
            List<Attribute> all = new java.util.ArrayList<>(list);
            all.addAll(other.list);
            return new Attributes(all);
        }

        String str() {
            return String.join(" ", list.stream().map(Attribute::text).toList());
        }

        void describe(Element sig) {
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    space(sig);
                }
                list.get(i).describe(sig);
            }
        }
    }
}
