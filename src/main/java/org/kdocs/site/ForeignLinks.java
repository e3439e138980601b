package org.kdocs.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Resolves the links inside HTML that AsciiDoc and Markdown pages bring
 * ({@link ForeignPages}): a relative link to a source file or its page
 * ({@code other.adoc}, {@code ../intro.rst#usage}, {@code other.html}) is
 * pointed at that document's page, whatever format it was written in, and
 * a link to a document the tree lacks is reported as {@code :doc:} does.
 */
final class ForeignLinks {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern PAGE_LINK = Pattern.compile("([^:#?]*?)\\.(html|rst|adoc|md|txt)(#.*)?");

    private final Map<String, Page> pagesByKey;

    ForeignLinks(Map<String, Page> pagesByKey) {
        this.pagesByKey = pagesByKey;
    }

    /** Points the links of one page (its doctree held) at their pages; unknown documents go to {@code warnings}. */
    void resolve(Page page, Consumer<Warning> warnings) {
        for (Element raw : page.document().findAll(e -> e.is(NodeType.RAW)
                && e.classes().contains(ForeignPages.FOREIGN_CLASS))) {
            String html = raw.astext();
            String resolved = rewrite(page, html, warnings);
            if (!resolved.equals(html)) {
                raw.clearChildren();
                raw.add(new Text(resolved));
            }
        }
    }

    private String rewrite(Page page, String html, Consumer<Warning> warnings) {
        Matcher m = HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("href=\"" + target(page, m.group(1), warnings) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    // the converted HTML has lost the source lines: the first line naming the target is where the link was written
    private static int lineOf(Page page, String target) {
        try {
            List<String> lines = Files.readAllLines(page.source().file(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(target)) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable now: the warning goes without a line
        }
        return 0;
    }

    private String target(Page page, String href, Consumer<Warning> warnings) {
        Matcher link = PAGE_LINK.matcher(href);
        if (href.startsWith("/") || !link.matches() || link.group(1).isEmpty()) {
            return href;
        }
        String docname = Docnames.resolve(page.source().docname(), link.group(1));
        Page target = pagesByKey.get(page.source().tree().name() + "/" + docname);
        if (target == null) {
            warnings.accept(new Warning(page.source().file().toString(), lineOf(page, link.group(1)), Severity.WARNING,
                    "unknown document: '" + href.replaceAll("#.*", "") + "'"));
            return href;
        }
        String base = target == page ? "" : Urls.relative(page.path(), target.path());
        String fragment = link.group(3) == null ? "" : link.group(3);
        return base.isEmpty() && fragment.isEmpty() ? "#" : base + fragment;
    }
}
