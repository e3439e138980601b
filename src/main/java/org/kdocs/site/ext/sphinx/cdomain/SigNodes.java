package org.kdocs.site.ext.sphinx.cdomain;

import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * The parts of a signature (sphinx.addnodes desc_sig_*, desc_name, desc_addname,
 * desc_parameterlist, desc_parameter, desc_inline), each a small inline element.
 */
public final class SigNodes {
    public static final NodeType KEYWORD = NodeType.define("desc_sig_keyword", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType KEYWORD_TYPE = NodeType.define("desc_sig_keyword_type", Category.INLINE,
            Category.TEXT_ELEMENT);
    public static final NodeType SPACE = NodeType.define("desc_sig_space", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType NAME = NodeType.define("desc_sig_name", Category.INLINE, Category.TEXT_ELEMENT);
    public static final NodeType PUNCTUATION = NodeType.define("desc_sig_punctuation", Category.INLINE,
            Category.TEXT_ELEMENT);
    public static final NodeType OPERATOR = NodeType.define("desc_sig_operator", Category.INLINE,
            Category.TEXT_ELEMENT);
    public static final NodeType NUMBER = NodeType.define("desc_sig_literal_number", Category.INLINE,
            Category.TEXT_ELEMENT);
    public static final NodeType STRING = NodeType.define("desc_sig_literal_string", Category.INLINE,
            Category.TEXT_ELEMENT);
    public static final NodeType CHAR = NodeType.define("desc_sig_literal_char", Category.INLINE,
            Category.TEXT_ELEMENT);
    /** The declared name (desc_name). */
    public static final NodeType DESC_NAME = NodeType.define("desc_name", Category.PART, Category.INLINE,
            Category.FIXED_TEXT_ELEMENT);
    /** The scope part of a declared name (desc_addname). */
    public static final NodeType DESC_ADDNAME = NodeType.define("desc_addname", Category.PART, Category.INLINE,
            Category.FIXED_TEXT_ELEMENT);
    /** A function's or macro's parameter list, written with parentheses (desc_parameterlist). */
    public static final NodeType PARAMETER_LIST = NodeType.define("desc_parameterlist", Category.PART,
            Category.INLINE, Category.FIXED_TEXT_ELEMENT);
    /** One parameter of a parameter list (desc_parameter). */
    public static final NodeType PARAMETER = NodeType.define("desc_parameter", Category.PART, Category.INLINE,
            Category.FIXED_TEXT_ELEMENT);
    /** An expression or type in running text (desc_inline, from :c:expr: and :c:texpr:). */
    public static final NodeType INLINE = NodeType.define("desc_inline", Category.INLINE, Category.TEXT_ELEMENT);

    private SigNodes() {
    }

    static Element of(NodeType type, String text) {
        return Element.text(type, text, text);
    }

    static Element space() {
        return of(SPACE, " ");
    }

    static Text text(String text) {
        return new Text(text);
    }
}
