package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.site.SphinxNodes;
import org.kdocs.rst.InlineResult;
import org.kdocs.rst.inline.Role;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Sphinx's markup roles (sphinx.roles generic_docroles and specific_docroles,
 * and the kbd split of sphinx.builders.html.transforms.KeyboardTransform):
 * styled inline nodes, literals with emphasised {@code {variable}} parts,
 * GUI labels with {@code &} accelerators, and abbreviations.
 */
public final class MarkupRoles {
    // Sphinx's abbr role: "ABBR (explanation)"
    private static final Pattern ABBR = Pattern.compile("^(.+?)\\s*\\((.*)\\)$", Pattern.DOTALL);
    // where KeyboardTransform splits a key combination: -, +, ^ or spaces between keys
    private static final Pattern KEY_SEPARATOR = Pattern.compile("(?<=.)(-|\\+|\\^|\\s+)(?=.)");
    // key names of several words that KeyboardTransform keeps whole
    private static final List<String> MULTIWORD_KEYS = List.of("caps lock", "page down", "page up", "scroll lock",
            "num lock", "sys rq", "back space");

    private MarkupRoles() {
    }

    /** Role name to role. */
    static Map<String, Role> all() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("command", styled(NodeType.STRONG, "command"));
        roles.put("program", styled(NodeType.STRONG, "program"));
        roles.put("makevar", styled(NodeType.STRONG, "makevar"));
        roles.put("manpage", styled(NodeType.EMPHASIS, "manpage"));
        roles.put("mailheader", styled(NodeType.EMPHASIS, "mailheader"));
        roles.put("mimetype", styled(NodeType.EMPHASIS, "mimetype"));
        roles.put("newsgroup", styled(NodeType.EMPHASIS, "newsgroup"));
        roles.put("dfn", styled(NodeType.EMPHASIS, "dfn"));
        roles.put("regexp", styled(NodeType.LITERAL, "regexp"));
        roles.put("file", emphasizedLiteral("file"));
        roles.put("samp", emphasizedLiteral("samp"));
        roles.put("kbd", (name, raw, text, line, ctx, opts, content) ->
                result(keyboard(Escapes.unescape(text), raw)));
        roles.put("guilabel", guiLabel("guilabel", false));
        roles.put("menuselection", guiLabel("menuselection", true));
        roles.put("abbr", (name, raw, text, line, ctx, opts, content) -> {
            String plain = Escapes.unescape(text);
            Matcher m = ABBR.matcher(plain);
            Element node = Element.text(NodeType.ABBREVIATION, raw, m.matches() ? m.group(1) : plain);
            if (m.matches()) {
                node.set("explanation", m.group(2).strip());
            }
            return result(node);
        });
        return roles;
    }

    private static InlineResult result(Node node) {
        return new InlineResult(List.of(node), List.of());
    }

    /** A role whose text becomes one node of {@code type} with class {@code cls}. */
    static Role styled(NodeType type, String cls) {
        return (name, raw, text, line, ctx, opts, content) -> {
            Element node = Element.text(type, raw, Escapes.unescape(text));
            node.classes().add(cls);
            return result(node);
        };
    }

    /** file and samp: a literal whose {@code {name}} parts are emphasised; {@code \{} is a plain brace. */
    private static Role emphasizedLiteral(String cls) {
        return (name, raw, text, line, ctx, opts, content) -> {
            Element node = new Element(NodeType.LITERAL);
            node.setRawsource(raw);
            node.classes().add(cls);
            node.addAll(emphasizedParts(text));
            return result(node);
        };
    }

    /** The parts of a file/samp text: plain text and emphasis for each braced part. Escapes are NUL markers. */
    static List<Node> emphasizedParts(String text) {
        List<Node> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBraces = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
            } else if (c == '{' && !inBraces) {
                flush(parts, current, false);
                inBraces = true;
            } else if (c == '}' && inBraces) {
                flush(parts, current, true);
                inBraces = false;
            } else {
                current.append(c);
            }
        }
        if (inBraces) {
            current.insert(0, '{');
        }
        flush(parts, current, false);
        return parts;
    }

    private static void flush(List<Node> parts, StringBuilder text, boolean emphasis) {
        if (text.isEmpty()) {
            return;
        }
        Node node = emphasis ? Element.text(NodeType.EMPHASIS, "", text.toString()) : new Text(text.toString());
        if (!emphasis && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Text previous) {
            parts.set(parts.size() - 1, new Text(previous.astext() + text));
        } else {
            parts.add(node);
        }
        text.setLength(0);
    }

    /** A kbd node; a combination such as {@code Ctrl+Alt+Del} becomes a compound of one kbd per key. */
    static Element keyboard(String keys, String raw) {
        List<String> parts = new ArrayList<>();
        Matcher m = KEY_SEPARATOR.matcher(keys);
        int start = 0;
        while (m.find()) {
            parts.add(keys.substring(start, m.start()));
            parts.add(m.group());
            start = m.end();
        }
        parts.add(keys.substring(start));
        joinMultiwordKeys(parts);
        if (parts.size() == 1) {
            Element single = Element.text(SphinxNodes.KBD, raw, keys);
            single.classes().add("kbd");
            return single;
        }
        Element compound = new Element(SphinxNodes.KBD);
        compound.setRawsource(raw);
        compound.classes().addAll(List.of("kbd", "compound"));
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                Element key = Element.text(SphinxNodes.KBD, "", parts.get(i));
                key.classes().add("kbd");
                compound.add(key);
            } else {
                compound.add(new Text(parts.get(i)));
            }
        }
        return compound;
    }

    // parts alternate key, separator, key...; "Caps Lock" and the like are one key
    private static void joinMultiwordKeys(List<String> parts) {
        for (int i = 0; i + 2 < parts.size(); i += 2) {
            String joined = parts.get(i) + parts.get(i + 1) + parts.get(i + 2);
            if (parts.get(i + 1).isBlank()
                    && MULTIWORD_KEYS.contains(joined.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))) {
                parts.subList(i, i + 3).clear();
                parts.add(i, joined);
            }
        }
    }

    /** guilabel and menuselection: {@code &X} marks an accelerator, {@code &&} is an ampersand. */
    private static Role guiLabel(String cls, boolean menu) {
        return (name, raw, text, line, ctx, opts, content) -> {
            String plain = Escapes.unescape(text);
            if (menu) {
                plain = plain.replace("-->", "\u2023");
            }
            Element node = new Element(NodeType.INLINE);
            node.setRawsource(raw);
            node.classes().add(cls);
            StringBuilder pending = new StringBuilder();
            for (int i = 0; i < plain.length(); i++) {
                char c = plain.charAt(i);
                if (c == '&' && i + 1 < plain.length() && plain.charAt(i + 1) == '&') {
                    pending.append('&');
                    i++;
                } else if (c == '&' && i + 1 < plain.length() && !Character.isWhitespace(plain.charAt(i + 1))) {
                    if (!pending.isEmpty()) {
                        node.add(new Text(pending.toString()));
                        pending.setLength(0);
                    }
                    Element accelerator = Element.text(NodeType.INLINE, "", String.valueOf(plain.charAt(++i)));
                    accelerator.classes().add("accelerator");
                    node.add(accelerator);
                } else {
                    pending.append(c);
                }
            }
            if (!pending.isEmpty()) {
                node.add(new Text(pending.toString()));
            }
            return result(node);
        };
    }
}
