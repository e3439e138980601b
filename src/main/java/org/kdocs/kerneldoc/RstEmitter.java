package org.kdocs.kerneldoc;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes declarations and DOC: blocks as the reST of {@code scripts/kernel-doc -rst}
 * (output_function_rst, output_struct_rst, output_enum_rst, output_typedef_rst,
 * output_section_rst, output_blockhead_rst): C-domain directives ({@code c:function},
 * {@code c:macro}, {@code c:struct}, ...; before Sphinx 3 {@code c:type}), a
 * {@code kernelindent} container with the parameters or members, then the sections.
 */
final class RstEmitter {
    private static final Pattern FUNCTION_POINTER = PerlText.rx("([^\\(]*\\(\\*)\\s*\\)\\s*\\(([^\\)]*)\\)");

    private final StringBuilder out;
    private final boolean lineNumbers;
    private final boolean sphinx3;

    RstEmitter(StringBuilder out, boolean lineNumbers, int sphinxMajor) {
        this.out = out;
        this.lineNumbers = lineNumbers;
        this.sphinx3 = sphinxMajor >= 3;
    }

    /** print_lineno: a ".. LINENO n" marker for the Sphinx extension, when asked for. */
    void lineNumber(Integer line) {
        if (lineNumbers && line != null) {
            out.append(".. LINENO ").append(line).append('\n');
        }
    }

    void function(Item.Function f) {
        String signature = signature(f);
        if (!sphinx3 && f.typedef()) {
            out.append(".. c:type:: ").append(f.name()).append("\n\n");
            typedefSyntax(f, signature);
        } else if (!sphinx3) {
            out.append(".. c:function:: ").append(signature).append("\n\n");
        } else if (f.typedef() || f.returnType().isEmpty()) {
            out.append(".. c:macro:: ").append(f.name()).append("\n\n");
            if (f.typedef()) {
                typedefSyntax(f, signature);
            } else {
                out.append("``").append(signature).append("``\n\n");
            }
        } else {
            out.append(".. c:function:: ").append(signature).append("\n\n");
        }
        if (!f.typedef()) {
            lineNumber(f.line());
            InlineMarkupRewriter.write(out, "   ", f.purpose());
            out.append('\n');
        }
        if (!f.params().isEmpty()) {
            out.append(".. container:: kernelindent\n\n");
            out.append("  **Parameters**\n\n");
        }
        for (Item.Param p : f.params()) {
            String type = p.type() == null ? "" : p.type();
            out.append("  ``").append(type.isEmpty() ? p.name() : type).append("``\n");
            lineNumber(p.line());
            if (p.description() != null && !p.description().equals(ScanState.UNDESCRIBED)) {
                InlineMarkupRewriter.write(out, "    ", p.description());
            } else {
                out.append("    *undescribed*\n");
            }
            out.append('\n');
        }
        sections("  ", f.sections());
    }

    private void typedefSyntax(Item.Function f, String signature) {
        lineNumber(f.line());
        out.append("   **Typedef**: ");
        InlineMarkupRewriter.write(out, "", f.purpose());
        out.append("\n\n**Syntax**\n\n");
        out.append("  ``").append(signature).append("``\n\n");
    }

    private static String signature(Item.Function f) {
        StringBuilder signature = new StringBuilder();
        if (f.macro()) {
            signature.append(f.name());
        } else {
            if (!f.returnType().isEmpty() && !f.returnType().equals("0")) {
                signature.append(f.returnType()).append(' ');
            }
            signature.append(f.name()).append(" (");
        }
        boolean first = true;
        for (Item.Param p : f.params()) {
            if (!first) {
                signature.append(", ");
            }
            first = false;
            String type = p.type() == null ? "" : p.type();
            Matcher pointer = FUNCTION_POINTER.matcher(type);
            if (pointer.find()) {
                signature.append(pointer.group(1)).append(p.name()).append(") (").append(pointer.group(2)).append(')');
            } else {
                signature.append(type);
            }
        }
        if (!f.macro()) {
            signature.append(')');
        }
        return signature.toString();
    }

    void struct(Item.Struct s) {
        if (!sphinx3) {
            out.append("\n\n.. c:type:: ").append(s.type()).append(' ').append(s.name()).append("\n\n");
        } else {
            out.append(s.type().equals("union") ? "\n\n.. c:union:: " : "\n\n.. c:struct:: ").append(s.name())
                    .append("\n\n");
        }
        lineNumber(s.line());
        InlineMarkupRewriter.write(out, "  ", s.purpose());
        out.append('\n');
        out.append(".. container:: kernelindent\n\n");
        out.append("  **Definition**::\n\n");
        String indent = "    ";
        out.append(indent).append(s.type()).append(' ').append(s.name()).append(" {\n")
                .append(s.definition().replace("\t", indent)).append(indent).append("};\n\n");
        out.append("  **Members**\n\n");
        for (Item.Param p : s.members()) {
            if (p.name().startsWith("#") || ScanState.UNDESCRIBED.equals(p.description())) {
                continue;
            }
            lineNumber(p.line());
            out.append("  ``").append(p.name()).append("``\n");
            InlineMarkupRewriter.write(out, "    ", p.description());
            out.append('\n');
        }
        out.append('\n');
        sections("", s.sections());
    }

    void enumeration(Item.Enum e) {
        out.append(sphinx3 ? "\n\n.. c:enum:: " : "\n\n.. c:type:: enum ").append(e.name()).append("\n\n");
        lineNumber(e.line());
        InlineMarkupRewriter.write(out, "  ", e.purpose());
        out.append('\n');
        out.append(".. container:: kernelindent\n\n");
        out.append("    **Constants**\n\n");
        for (Item.Param p : e.constants()) {
            out.append("    ``").append(p.name()).append("``\n");
            if (!ScanState.UNDESCRIBED.equals(p.description())) {
                InlineMarkupRewriter.write(out, "      ", p.description());
            } else {
                out.append("      *undescribed*\n");
            }
            out.append('\n');
        }
        out.append('\n');
        sections("", e.sections());
    }

    void typedef(Item.Typedef t) {
        out.append("\n\n.. c:type:: ").append(sphinx3 ? "" : "typedef ").append(t.name()).append("\n\n");
        lineNumber(t.line());
        InlineMarkupRewriter.write(out, "   ", t.purpose());
        out.append('\n');
        sections("", t.sections());
    }

    /** output_section_rst. */
    private void sections(String prefix, List<Item.Section> sections) {
        for (Item.Section section : sections) {
            out.append(prefix).append("**").append(section.name()).append("**\n\n");
            lineNumber(section.line());
            InlineMarkupRewriter.write(out, prefix, section.contents());
            out.append('\n');
        }
        out.append('\n');
    }

    /** output_blockhead_rst for a DOC: block; the label and heading only when not selected by name. */
    void docBlock(Item.DocBlock doc, boolean withHeading) {
        if (withHeading) {
            out.append(".. _").append(doc.title()).append(":\n\n");
            out.append("**").append(doc.title()).append("**\n\n");
        }
        lineNumber(doc.line());
        InlineMarkupRewriter.write(out, "", doc.contents());
        out.append('\n');
    }
}
