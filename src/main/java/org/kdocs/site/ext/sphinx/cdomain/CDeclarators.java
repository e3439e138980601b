package org.kdocs.site.ext.sphinx.cdomain;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.site.ext.sphinx.cdomain.CAst.Attributes;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Mode;
import org.kdocs.site.ext.sphinx.cdomain.CAst.NestedName;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Node;
import org.kdocs.site.ext.sphinx.cdomain.CDecl.Parameter;
import org.kdocs.site.ext.sphinx.cdomain.CDecl.Parameters;
import org.kdocs.tree.Element;

import static org.kdocs.site.ext.sphinx.cdomain.CAst.add;
import static org.kdocs.site.ext.sphinx.cdomain.CAst.space;

/**
 * The declarators of the C domain (sphinx.domains.c ASTDeclaratorNameParam,
 * ASTDeclaratorNameBitField, ASTDeclaratorPtr, ASTDeclaratorParen, ASTArray): what a declaration
 * names, with its pointers, arrays, parameters and bit-field width.
 */
final class CDeclarators {
    private CDeclarators() {
    }

    record ArrayOp(boolean static_, boolean const_, boolean volatile_, boolean restrict, boolean vla, Node size)
            implements Node {
        @Override
        public String str() {
            List<String> el = new ArrayList<>();
            if (static_) {
                el.add("static");
            }
            if (restrict) {
                el.add("restrict");
            }
            if (volatile_) {
                el.add("volatile");
            }
            if (const_) {
                el.add("const");
            }
            if (vla) {
                return "[" + String.join(" ", el) + "*]";
            }
            if (size != null) {
                el.add(size.str());
            }
            return "[" + String.join(" ", el) + "]";
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.PUNCTUATION, "[");
            boolean addSpace = false;
            for (String word : new String[] {static_ ? "static" : null, restrict ? "restrict" : null,
                volatile_ ? "volatile" : null, const_ ? "const" : null}) {
                if (word != null) {
                    if (addSpace) {
                        space(sig);
                    }
                    add(sig, SigNodes.KEYWORD, word);
                    addSpace = true;
                }
            }
            if (vla) {
                add(sig, SigNodes.PUNCTUATION, "*");
            } else if (size != null) {
                if (addSpace) {
                    space(sig);
                }
                size.describe(sig, Mode.MARK_TYPE, parentKey);
            }
            add(sig, SigNodes.PUNCTUATION, "]");
        }
    }

    /** A declarator: what it names, whether a space must follow the specifiers, its parameters. */
    interface Declarator extends Node {
        NestedName name();

        boolean spaceAfterSpecs();

        List<Parameter> functionParams();
    }

    record NameParam(NestedName declId, List<ArrayOp> arrayOps, Parameters param) implements Declarator {
        @Override
        public NestedName name() {
            return declId;
        }

        @Override
        public boolean spaceAfterSpecs() {
            return declId != null;
        }

        @Override
        public List<Parameter> functionParams() {
            return param == null ? null : param.args();
        }

        @Override
        public String str() {
            StringBuilder out = new StringBuilder(declId == null ? "" : declId.str());
            arrayOps.forEach(op -> out.append(op.str()));
            if (param != null) {
                out.append(param.str());
            }
            return out.toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (declId != null) {
                declId.describe(sig, mode, parentKey);
            }
            arrayOps.forEach(op -> op.describe(sig, mode, parentKey));
            if (param != null) {
                param.describe(sig, mode, parentKey);
            }
        }
    }

    record BitField(NestedName declId, Node size) implements Declarator {
        @Override
        public NestedName name() {
            return declId;
        }

        @Override
        public boolean spaceAfterSpecs() {
            return declId != null;
        }

        @Override
        public List<Parameter> functionParams() {
            return null;
        }

        @Override
        public String str() {
            return (declId == null ? "" : declId.str()) + " : " + size.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            if (declId != null) {
                declId.describe(sig, mode, parentKey);
            }
            space(sig);
            add(sig, SigNodes.PUNCTUATION, ":");
            space(sig);
            size.describe(sig, mode, parentKey);
        }
    }

    record Pointer(Declarator next, boolean restrict, boolean volatile_, boolean const_, Attributes attrs)
            implements Declarator {
        @Override
        public NestedName name() {
            return next.name();
        }

        @Override
        public List<Parameter> functionParams() {
            return next.functionParams();
        }

        @Override
        public boolean spaceAfterSpecs() {
            return const_ || volatile_ || restrict || !attrs.isEmpty() || next.spaceAfterSpecs();
        }

        private boolean qualified() {
            return const_ || volatile_ || restrict;
        }

        @Override
        public String str() {
            StringBuilder out = new StringBuilder("*").append(attrs.str());
            if (!attrs.isEmpty() && qualified()) {
                out.append(' ');
            }
            if (restrict) {
                out.append("restrict");
            }
            if (volatile_) {
                out.append(restrict ? " " : "").append("volatile");
            }
            if (const_) {
                out.append(restrict || volatile_ ? " " : "").append("const");
            }
            if ((qualified() || !attrs.isEmpty()) && next.spaceAfterSpecs()) {
                out.append(' ');
            }
            return out.append(next.str()).toString();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.PUNCTUATION, "*");
            attrs.describe(sig);
            if (!attrs.isEmpty() && qualified()) {
                space(sig);
            }
            if (restrict) {
                add(sig, SigNodes.KEYWORD, "restrict");
            }
            if (volatile_) {
                if (restrict) {
                    space(sig);
                }
                add(sig, SigNodes.KEYWORD, "volatile");
            }
            if (const_) {
                if (restrict || volatile_) {
                    space(sig);
                }
                add(sig, SigNodes.KEYWORD, "const");
            }
            if ((qualified() || !attrs.isEmpty()) && next.spaceAfterSpecs()) {
                space(sig);
            }
            next.describe(sig, mode, parentKey);
        }
    }

    record Paren(Declarator inner, Declarator next) implements Declarator {
        @Override
        public NestedName name() {
            return inner.name();
        }

        @Override
        public List<Parameter> functionParams() {
            return inner.functionParams();
        }

        @Override
        public boolean spaceAfterSpecs() {
            return true;
        }

        @Override
        public String str() {
            return "(" + inner.str() + ")" + next.str();
        }

        @Override
        public void describe(Element sig, Mode mode, String parentKey) {
            add(sig, SigNodes.PUNCTUATION, "(");
            inner.describe(sig, mode, parentKey);
            add(sig, SigNodes.PUNCTUATION, ")");
            next.describe(sig, Mode.NONE_IS_NAME, parentKey);
        }
    }

}
