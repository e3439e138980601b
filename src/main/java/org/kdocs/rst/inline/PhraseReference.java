package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Builds the nodes of a phrase reference, {@code `text`_} or
 * {@code `text`__}, with an optional embedded URI or alias in angle
 * brackets (docutils Inliner.phrase_ref and its embedded_link pattern).
 */
final class PhraseReference {
    /** The embedded link: where it starts in the text (spaces included), and the text inside the brackets. */
    private record Embedded(int start, String whole, String alias) {
    }

    private final InlineParse parse;
    private final ImplicitMarkup implicit;
    private final Document document;

    PhraseReference(InlineParse parse, ImplicitMarkup implicit) {
        this.parse = parse;
        this.implicit = implicit;
        this.document = parse.document();
    }

    /** Finds {@code <...>} ending the text, preceded by spaces or at its start; null if none. */
    static Embedded embeddedLink(String escaped) {
        int len = escaped.length();
        if (len < 3 || escaped.charAt(len - 1) != '>') {
            return null;
        }
        char last = escaped.charAt(len - 2);
        if (PyText.isSpace(last) || last == 0) {
            return null;
        }
        int k = len - 2;
        while (k >= 0) {
            char c = escaped.charAt(k);
            boolean escapedChar = k > 0 && escaped.charAt(k - 1) == 0;
            if ((c == '<' || c == '>') && !escapedChar) {
                break;
            }
            k--;
        }
        if (k < 0 || escaped.charAt(k) != '<' || k + 1 >= len - 1) {
            return null;
        }
        if (PyText.isSpace(escaped.codePointAt(k + 1))) {
            return null;
        }
        int start = k;
        while (start > 0 && (escaped.charAt(start - 1) == ' ' || escaped.charAt(start - 1) == '\n')) {
            start--;
        }
        if (start == k && k != 0) {
            return null;
        }
        return new Embedded(start, escaped.substring(start), escaped.substring(k + 1, len - 1));
    }

    List<Node> build(String rawsource, String escaped) {
        Embedded link = embeddedLink(escaped);
        String text;
        String unescaped;
        String rawtext;
        Element target = null;
        boolean aliasIsName = false;
        String alias = null;
        if (link != null) {
            text = escaped.substring(0, link.start());
            unescaped = Escapes.unescape(text);
            rawtext = Escapes.restoreBackslashes(text);
            String aliastext = link.alias();
            String rawaliastext = Escapes.restoreBackslashes(aliastext);
            boolean underscoreEscaped = rawaliastext.endsWith("\\_");
            if (aliastext.endsWith("_") && !(underscoreEscaped || implicit.startsWithUri(aliastext))) {
                aliasIsName = true;
                alias = Names.fullyNormalize(Escapes.unescape(aliastext.substring(0, aliastext.length() - 1)));
                target = new Element(NodeType.TARGET, link.whole());
                target.set("refname", alias);
            } else {
                alias = implicit.adjustUri(Escapes.unescape(removeUnescapedWhitespace(aliastext)));
                if (alias.endsWith("\\_")) {
                    alias = alias.substring(0, alias.length() - 2) + "_";
                }
                target = new Element(NodeType.TARGET, link.whole());
                target.set("refuri", alias);
                target.setReferenced(true);
            }
            if (text.isEmpty()) {
                text = alias;
                unescaped = Escapes.unescape(text);
                rawtext = rawaliastext;
            }
        } else {
            text = escaped;
            unescaped = Escapes.unescape(text);
            rawtext = Escapes.restoreBackslashes(escaped);
        }
        String refname = Names.fullyNormalize(unescaped);
        Element reference = Element.text(NodeType.REFERENCE, rawsource, text);
        reference.set("name", Names.whitespaceNormalize(unescaped));
        List<Node> nodes = new ArrayList<>();
        nodes.add(reference);
        if (rawsource.endsWith("__")) {
            if (target != null && aliasIsName) {
                reference.set("refname", alias);
                document.noteRefname(reference);
            } else if (target != null) {
                reference.set("refuri", alias);
            } else {
                reference.set("anonymous", 1);
            }
        } else if (target != null) {
            target.names().add(refname);
            if (aliasIsName) {
                reference.set("refname", alias);
                document.noteIndirectTarget(target);
                document.noteRefname(reference);
            } else {
                reference.set("refuri", alias);
                document.noteExplicitTarget(target, parse.parent());
            }
            nodes.add(target);
        } else {
            reference.set("refname", refname);
            document.noteRefname(reference);
        }
        return nodes;
    }

    /** Drops white space from a URI except where escaped (docutils split_escaped_whitespace and rejoin). */
    private static String removeUnescapedWhitespace(String aliastext) {
        StringBuilder out = new StringBuilder();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < aliastext.length(); i++) {
            char c = aliastext.charAt(i);
            if (c == 0 && i + 1 < aliastext.length()
                    && (aliastext.charAt(i + 1) == ' ' || aliastext.charAt(i + 1) == '\n')) {
                out.append(String.join("", PyText.split(part.toString()))).append(' ');
                part.setLength(0);
                i++;
                continue;
            }
            part.append(c);
        }
        out.append(String.join("", PyText.split(part.toString())));
        return out.toString();
    }
}
