package org.kdocs.site.ext.sphinx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.site.SphinxNodes;
import org.kdocs.site.SphinxConfig;
import org.kdocs.rst.InlineResult;
import org.kdocs.rst.inline.Role;
import org.kdocs.site.ext.sphinx.cdomain.CDomain;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Node;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * The Sphinx roles kernel-style docs use (sphinx.roles, sphinx.domains.std,
 * sphinx.domains.c): cross-reference roles become {@code pending_xref}
 * nodes resolved by the site; markup roles become styled inline nodes.
 */
public final class SphinxRoles {
    // Sphinx XRefRole's explicit title: "title <target>", the "<" not escaped
    static final Pattern EXPLICIT = Pattern.compile("^(.+?)\\s*(?<!\u0000)<([^<]*?)>$", Pattern.DOTALL);

    private SphinxRoles() {
    }

    /** Role name (lower case, with domain prefix where it has one) to role. */
    public static Map<String, Role> all() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("doc", xref("doc", "xref std std-doc", false));
        roles.put("ref", xref("ref", "xref std std-ref", true));
        roles.put("term", xref("term", "xref std std-term", true));
        for (String kind : List.of("func", "type", "macro", "member", "data", "struct", "union", "enum", "var",
                "enumerator")) {
            roles.put("c:" + kind, xref(kind, "xref c c-" + kind, false));
        }
        roles.putAll(CDomain.roles(SphinxConfig.defaults()));
        roles.put("numref", xref("numref", "std std-numref", true));
        roles.put("option", xref("option", "xref std std-option", false));
        roles.put("envvar", xref("envvar", "xref std std-envvar", false));
        roles.putAll(MarkupRoles.all());
        roles.put("download", DownloadRole.role());
        roles.put("index", SphinxRoles::index);
        return roles;
    }

    private static Role xref(String reftype, String classes, boolean lowerTarget) {
        return (name, raw, text, line, ctx, opts, content) -> {
            Matcher m = EXPLICIT.matcher(text);
            boolean explicit = m.matches();
            String title = Escapes.unescape(explicit ? m.group(1) : text);
            String target = Escapes.unescape(explicit ? m.group(2) : text).strip();
            if (!explicit && target.startsWith("~")) {
                target = target.substring(1);
                title = target.substring(target.lastIndexOf('.') + 1);
            }
            if (lowerTarget) {
                target = target.toLowerCase(Locale.ROOT);
            }
            if (reftype.equals("func") && !explicit && !title.endsWith(")")) {
                title = title + "()";
            }
            if (reftype.equals("func") && target.endsWith("()")) {
                target = target.substring(0, target.length() - 2);
            }
            Element xref = SphinxNodes.pendingXref(reftype, target, title, explicit, classes);
            if (reftype.equals("option")) {
                xref.set(SphinxNodes.PROGRAM, StdObjects.program(ctx.document()));
            }
            if (classes.startsWith("xref c ")) {
                xref.set("c:scope", CDomain.scope(ctx.document()));
            }
            xref.setRawsource(raw);
            locate(xref, line, ctx);
            if (reftype.equals("envvar")) {
                // Sphinx's EnvVarXRefRole also indexes the place: "NAME" and "environment variable; NAME"
                Element anchor = new Element(NodeType.TARGET);
                String id = IndexDirective.nextId(ctx.document());
                anchor.ids().add(id);
                ctx.document().registerId(id, anchor);
                Element index = SphinxNodes.index(
                        "single: " + target + "\nsingle: environment variable; " + target, id);
                return new InlineResult(List.<Node>of(index, anchor, xref), List.of());
            }
            return new InlineResult(List.<Node>of(xref), List.of());
        };
    }

    /**
     * sphinx.roles.Index: the text, with an index entry and its target before it; "title <entries>"
     * gives full entry lines, a leading "!" a main entry.
     */
    private static InlineResult index(String name, String raw, String text, int line, Role.Context ctx,
                                      Map<String, Object> options, List<String> content) {
        Matcher m = EXPLICIT.matcher(text);
        String id = IndexDirective.nextId(ctx.document());
        String title;
        List<String> entries;
        if (m.matches()) {
            title = Escapes.unescape(m.group(1));
            entries = IndexDirective.entries(Escapes.unescape(m.group(2)));
        } else {
            String target = Escapes.unescape(text);
            boolean main = target.startsWith("!");
            title = main ? target.substring(1) : target;
            entries = List.of((main ? "!" : "") + "single: " + title);
        }
        Element index = SphinxNodes.index(String.join("\n", entries), id);
        index.setLine(line);
        Element anchor = new Element(NodeType.TARGET);
        anchor.ids().add(id);
        ctx.document().registerId(id, anchor);
        return new InlineResult(List.<Node>of(index, anchor, new Text(title)), List.of());
    }

    // as Sphinx's set_source_info: the file and line the text came from, an included file's too
    private static void locate(Element xref, int line, Role.Context ctx) {
        Reporter.Locator locator = ctx.reporter().locator();
        Reporter.SourceLine where = locator == null ? null : locator.locate(line);
        if (where != null && where.source() != null && where.line() != null) {
            xref.setSource(where.source());
            xref.setLine(where.line());
        } else {
            xref.setLine(line);
        }
    }
}
