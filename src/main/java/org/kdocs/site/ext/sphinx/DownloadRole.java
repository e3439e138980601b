package org.kdocs.site.ext.sphinx;

import java.util.List;
import java.util.regex.Matcher;

import org.kdocs.site.SphinxNodes;
import org.kdocs.rst.InlineResult;
import org.kdocs.rst.inline.Role;
import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The {@code :download:} role (sphinx.roles XRefRole with addnodes.download_reference): a link
 * to a file that the site copies below {@code _downloads/}. The role only records the target;
 * the site resolves and copies it when writing, and sets {@code href} (or leaves the node
 * unlinked when the file is missing).
 */
public final class DownloadRole {
    /** A download link: reftarget as written; href once the site has copied the file. */
    public static final NodeType DOWNLOAD_REFERENCE = SphinxNodes.DOWNLOAD_REFERENCE;

    private DownloadRole() {
    }

    public static Role role() {
        return (name, raw, text, line, ctx, opts, content) -> {
            Matcher m = SphinxRoles.EXPLICIT.matcher(text);
            boolean explicit = m.matches();
            String title = Escapes.unescape(explicit ? m.group(1) : text);
            String target = Escapes.unescape(explicit ? m.group(2) : text).strip();
            Element node = new Element(DOWNLOAD_REFERENCE, raw);
            node.set("reftarget", target);
            node.set("refexplicit", explicit);
            node.setLine(line);
            Element literal = Element.text(NodeType.LITERAL, "", title);
            literal.classes().add("xref");
            literal.classes().add("download");
            node.add(literal);
            return new InlineResult(List.<Node>of(node), List.of());
        };
    }
}
