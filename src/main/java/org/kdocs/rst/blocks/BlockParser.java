package org.kdocs.rst.blocks;

import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.inline.RoleRegistry;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Document;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;

/**
 * Entry point of block-level parsing (docutils Parser.parse and
 * RSTStateMachine.run): refuses over-long lines, then runs the root state
 * machine over the document's lines. The reporter maps absolute line
 * numbers through the root machine, as docutils' get_source_and_line.
 */
public final class BlockParser {
    private final RstSettings settings;
    private final DirectiveRegistry directives;
    private final RoleRegistry roles;

    public BlockParser(RstSettings settings, DirectiveRegistry directives) {
        this(settings, directives, new RoleRegistry());
    }

    public BlockParser(RstSettings settings, DirectiveRegistry directives, RoleRegistry roles) {
        this.settings = settings;
        this.directives = directives;
        this.roles = roles;
    }

    public void parse(SourceLines lines, Document document) {
        for (int i = 0; i < lines.size(); i++) {
            if (PyText.len(lines.get(i)) > settings.lineLengthLimit()) {
                document.add(document.reporter().error("Line " + (i + 1) + " exceeds the line-length-limit.", null));
                return;
            }
        }
        ParseSession session = new ParseSession(document, settings, directives, roles);
        LineMachine root = LineMachine.forSections(session, document);
        document.reporter().setLocator(lineno -> {
            Reporter.SourceLine where = root.sourceAndLine(lineno);
            // docutils keeps the absolute line when it cannot map it (e.g. past the end of the input)
            return where.line() == null && lineno != null ? new Reporter.SourceLine(where.source(), lineno) : where;
        });
        try {
            root.run(lines, 0, StateName.BODY);
        } catch (StackOverflowError tooDeep) {
            document.add(document.reporter().error("Nesting too deep for the parser's stack; the rest of the "
                    + "document is skipped (run the parser on a thread with a larger stack).", null));
        }
    }
}
