package org.kdocs.site.ext.sphinx.cdomain;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.site.ext.sphinx.cdomain.CAst.Attributes;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Mode;
import org.kdocs.site.ext.sphinx.cdomain.CAst.NestedName;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Node;
import org.kdocs.tree.Element;

import static org.kdocs.site.ext.sphinx.cdomain.CAst.add;
import static org.kdocs.site.ext.sphinx.cdomain.CAst.space;

/**
 * Types and declarations of the C domain (sphinx.domains.c ASTDeclSpecs, ASTParameters, ASTType,
 * ASTMacro, ASTDeclaration and friends); the declarators are in {@link CDeclarators}.
 */
final class CDecl {
    private CDecl() {
    }

    /** A trailing type: fundamental names ("unsigned long") or a name, maybe after struct/union/enum. */
    record TrailingType(List<String> fundamental, String prefix, NestedName name) implements Node {
        @Override
        public String str() {
            if (fundamental != null) {
                return String.join(" ", fundamental);
            }
            return (prefix != null ? prefix + " " : "") + name.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (fundamental != null) {
                for (int i = 0; i < fundamental.size(); i++) {
                    if (i > 0) {
                        space(sig);
                    }
                    add(sig, SigNodes.KEYWORD_TYPE, fundamental.get(i));
                }
                return;
            }
            if (prefix != null) {
                add(sig, SigNodes.KEYWORD, prefix);
                space(sig);
            }
            name.describe(sig, mode, parentKey);
        }
    }

    /** The simple declaration specifiers: storage, inline, qualifiers, attributes. */
    record SimpleSpecs(String storage, String threadLocal, boolean inline, boolean restrict, boolean volatile_,
                       boolean const_, Attributes attrs) {
        String str() {
            List<String> out = new ArrayList<>();
            if (!attrs.isEmpty()) {
                out.add(attrs.str());
            }
            addIf(out, storage);
            addIf(out, threadLocal);
            addIf(out, inline ? "inline" : null);
            addIf(out, restrict ? "restrict" : null);
            addIf(out, volatile_ ? "volatile" : null);
            addIf(out, const_ ? "const" : null);
            return String.join(" ", out);
        }

        private static void addIf(List<String> out, String word) {
            if (word != null) {
                out.add(word);
            }
        }

        void describe(List<org.kdocs.tree.Node> modifiers) {
            if (!modifiers.isEmpty() && !attrs.isEmpty()) {
                modifiers.add(SigNodes.space());
            }
            Element temp = new Element(SigNodes.INLINE);
            attrs.describe(temp);
            modifiers.addAll(List.copyOf(temp.children()));
            for (String word : new String[] {storage, threadLocal, inline ? "inline" : null,
                restrict ? "restrict" : null, volatile_ ? "volatile" : null, const_ ? "const" : null}) {
                if (word != null) {
                    if (!modifiers.isEmpty()) {
                        modifiers.add(SigNodes.space());
                    }
                    modifiers.add(SigNodes.of(SigNodes.KEYWORD, word));
                }
            }
        }
    }

    record DeclSpecs(SimpleSpecs left, SimpleSpecs right, TrailingType trailing) implements Node {
        @Override
        public String str() {
            StringBuilder out = new StringBuilder(left.str());
            if (trailing != null) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(trailing.str());
                String r = right.str();
                if (!r.isEmpty()) {
                    out.append(' ').append(r);
                }
            }
            return out.toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            List<org.kdocs.tree.Node> modifiers = new ArrayList<>();
            left.describe(modifiers);
            modifiers.forEach(sig::add);
            if (trailing != null) {
                if (!modifiers.isEmpty()) {
                    space(sig);
                }
                trailing.describe(sig, mode, parentKey);
                List<org.kdocs.tree.Node> rightModifiers = new ArrayList<>();
                right.describe(rightModifiers);
                if (!rightModifiers.isEmpty()) {
                    space(sig);
                }
                rightModifiers.forEach(sig::add);
            }
        }
    }

    /** A parameter: a type with an optional initializer, or "...". */
    record Parameter(TypeWithInit arg, boolean ellipsis) implements Node {
        @Override
        public String str() {
            return ellipsis ? "..." : arg.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (ellipsis) {
                add(sig, SigNodes.PUNCTUATION, "...");
            } else {
                arg.describe(sig, mode, parentKey);
            }
        }
    }

    record Parameters(List<Parameter> args, Attributes attrs) implements Node {
        @Override
        public String str() {
            StringBuilder out = new StringBuilder("(");
            for (int i = 0; i < args.size(); i++) {
                out.append(i > 0 ? ", " : "").append(args.get(i).str());
            }
            out.append(')');
            if (!attrs.isEmpty()) {
                out.append(' ').append(attrs.str());
            }
            return out.toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            // only the outer list of the declared object is a desc_parameterlist
            if (mode == Mode.LAST_IS_NAME) {
                Element list = new Element(SigNodes.PARAMETER_LIST);
                for (Parameter arg : args) {
                    Element param = new Element(SigNodes.PARAMETER);
                    param.set("noemph", true);
                    arg.describe(param, Mode.PARAM, parentKey);
                    list.add(param);
                }
                sig.add(list);
            } else {
                add(sig, SigNodes.PUNCTUATION, "(");
                for (int i = 0; i < args.size(); i++) {
                    if (i > 0) {
                        add(sig, SigNodes.PUNCTUATION, ",");
                        space(sig);
                    }
                    args.get(i).describe(sig, Mode.MARK_TYPE, parentKey);
                }
                add(sig, SigNodes.PUNCTUATION, ")");
            }
            if (!attrs.isEmpty()) {
                space(sig);
                attrs.describe(sig);
            }
        }
    }

    record Initializer(Node value, boolean hasAssign) implements Node {
        @Override
        public String str() {
            return hasAssign ? " = " + value.str() : value.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (hasAssign) {
                space(sig);
                add(sig, SigNodes.PUNCTUATION, "=");
                space(sig);
            }
            value.describe(sig, Mode.MARK_TYPE, parentKey);
        }
    }

    record Type(DeclSpecs declSpecs, CDeclarators.Declarator decl) implements Node {
        NestedName name() {
            return decl.name();
        }

        @Override
        public String str() {
            String specs = declSpecs.str();
            return specs + (decl.spaceAfterSpecs() && !specs.isEmpty() ? " " : "") + decl.str();
        }

        /** What c:type shows before the name: "typedef" for a typedef-like declaration, else "type". */
        String declarationPrefix() {
            return declSpecs.trailing() != null ? "typedef" : "type";
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            declSpecs.describe(sig, Mode.MARK_TYPE, parentKey);
            if (decl.spaceAfterSpecs() && !declSpecs.str().isEmpty()) {
                space(sig);
            }
            // a parameter that declares no new name is a type: its name is not marked
            decl.describe(sig, mode == Mode.MARK_TYPE ? Mode.NONE_IS_NAME : mode, parentKey);
        }
    }

    record TypeWithInit(Type type, Initializer init) implements Node {
        NestedName name() {
            return type.name();
        }

        @Override
        public String str() {
            return type.str() + (init == null ? "" : init.str());
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            type.describe(sig, mode, parentKey);
            if (init != null) {
                init.describe(sig, mode, parentKey);
            }
        }
    }

    record MacroParameter(NestedName arg, boolean ellipsis, boolean variadic) implements Node {
        @Override
        public String str() {
            return ellipsis ? "..." : variadic ? arg.str() + "..." : arg.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (ellipsis) {
                add(sig, SigNodes.PUNCTUATION, "...");
            } else if (variadic) {
                add(sig, SigNodes.NAME, str());
            } else {
                arg.describe(sig, mode, parentKey);
            }
        }
    }

    record Macro(NestedName ident, List<MacroParameter> args) implements Node {
        @Override
        public String str() {
            StringBuilder out = new StringBuilder(ident.str());
            if (args != null) {
                out.append('(');
                for (int i = 0; i < args.size(); i++) {
                    out.append(i > 0 ? ", " : "").append(args.get(i).str());
                }
                out.append(')');
            }
            return out.toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            ident.describe(sig, mode, parentKey);
            if (args == null) {
                return;
            }
            Element list = new Element(SigNodes.PARAMETER_LIST);
            for (MacroParameter arg : args) {
                Element param = new Element(SigNodes.PARAMETER);
                param.set("noemph", true);
                arg.describe(param, Mode.PARAM, parentKey);
                list.add(param);
            }
            sig.add(list);
        }
    }

    /** struct, union and enum declarations: just a name. */
    record Named(NestedName name) implements Node {
        @Override
        public String str() {
            return name.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            name.describe(sig, mode, parentKey);
        }
    }

    record Enumerator(NestedName name, Initializer init, Attributes attrs) implements Node {
        @Override
        public String str() {
            return name.str() + (attrs.isEmpty() ? "" : " " + attrs.str()) + (init == null ? "" : init.str());
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            name.describe(sig, mode, parentKey);
            if (!attrs.isEmpty()) {
                space(sig);
                attrs.describe(sig);
            }
            if (init != null) {
                init.describe(sig, Mode.MARK_TYPE, parentKey);
            }
        }
    }

    /** One declaration of a C object directive: its object type and what it declares. */
    record Declaration(String objectType, Node declaration, boolean semicolon) {
        NestedName name() {
            if (declaration instanceof Type t) {
                return t.name();
            } else if (declaration instanceof TypeWithInit t) {
                return t.name();
            } else if (declaration instanceof Macro m) {
                return m.ident();
            } else if (declaration instanceof Named n) {
                return n.name();
            } else if (declaration instanceof Enumerator e) {
                return e.name();
            }
            return null;
        }

        /** The parameters of a function, whose names become symbols inside it; null otherwise. */
        List<Parameter> functionParams() {
            return objectType.equals("function") && declaration instanceof Type t ? t.decl().functionParams() : null;
        }

        String str() {
            return declaration.str() + (semicolon ? ";" : "");
        }

        /** The signature: the object-type keyword Sphinx puts first, then the declaration. */
        void describe(Element sig, String parentKey) {
            String keyword = switch (objectType) {
                case "struct", "union", "enum", "enumerator" -> objectType;
                case "type" -> ((Type) declaration).declarationPrefix();
                default -> null;
            };
            if (keyword != null) {
                add(sig, SigNodes.KEYWORD, keyword);
                space(sig);
            }
            declaration.describe(sig, Mode.LAST_IS_NAME, parentKey);
            if (semicolon) {
                add(sig, SigNodes.PUNCTUATION, ";");
            }
        }
    }
}
