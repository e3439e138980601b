package org.kdocs.site.ext.kernel;

import java.util.List;

import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.Reporter;

/**
 * Parses generated reST in place with its messages located in it (Sphinx's
 * switch_source_input, which the kernel's extensions wrap around their nested parses): while the
 * lines are parsed, a message at a line of them names the file and line that line carries, not a
 * line of the page.
 */
final class SourceInput {
    private SourceInput() {
    }

    /** Parses {@code lines} (titles allowed) into {@code holder}; returns all its children. */
    static List<Node> parse(DirectiveCall call, SourceLines lines, Element holder) {
        parseInto(call, lines, holder);
        return List.copyOf(holder.children());
    }

    /**
     * Parses {@code lines} (titles allowed) into {@code holder}, returning nothing: kernel-abi parses
     * each ABI file's part into one holder, and a copy of its children after each part made the
     * book quadratic in its files (two fifths of the time kernel-abi spent parsing, by JFR).
     */
    static void parseInto(DirectiveCall call, SourceLines lines, Element holder) {
        Reporter reporter = call.context().reporter();
        Reporter.Locator saved = reporter.locator();
        reporter.setLocator(lineno -> locate(lines, lineno == null ? -1 : lineno - 1));
        try {
            call.context().nestedParse(lines, 0, holder, true);
        } finally {
            reporter.setLocator(saved);
        }
    }

    // docutils' StateMachine.get_source_and_line on a machine that holds just these lines
    private static Reporter.SourceLine locate(SourceLines lines, int offset) {
        int size = lines.size();
        if (offset == size && size > 0) {
            SourceLines.Origin last = lines.origin(size - 1);
            return new Reporter.SourceLine(last.source(), last.offset() + 2);
        }
        int index = offset < 0 ? size + offset : offset;
        if (index < 0 || index >= size) {
            return new Reporter.SourceLine(null, null);
        }
        SourceLines.Origin origin = lines.origin(index);
        return new Reporter.SourceLine(origin.source(), origin.offset() + 1);
    }
}
