package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.inline.MarkupScanner.End;
import org.kdocs.rst.inline.MarkupScanner.Kind;
import org.kdocs.rst.inline.MarkupScanner.Start;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

/**
 * One run of the inliner over one text (the body of docutils' Inliner.parse
 * and its construct methods). Positions index the escaped text; a construct
 * handler reports where the text before it ends, its nodes, and where
 * scanning resumes.
 */
final class InlineParse implements Role.Context {
    /** What a construct handler found: nodes (maybe none) between beforeEnd and resume. */
    private record Outcome(int beforeEnd, List<Node> nodes, int resume, String endString) {
        static Outcome none(int resume) {
            return new Outcome(resume, List.of(), resume, "");
        }
    }

    private final Inliner inliner;
    private final Document document;
    private final Reporter reporter;
    private final String s;
    private final int lineno;
    private final Element parent;
    private final MarkupScanner scanner;
    private final List<Element> messages = new ArrayList<>();

    InlineParse(Inliner inliner, String text, int lineno, Element parent) {
        this.inliner = inliner;
        this.document = inliner.document();
        this.reporter = document.reporter();
        this.s = Escapes.escapeToNull(text);
        this.lineno = lineno;
        this.parent = parent;
        this.scanner = new MarkupScanner(s, inliner.settings().characterLevelInlineMarkup());
    }

    InlineResult run() {
        List<Node> processed = new ArrayList<>();
        int unprocessedStart = 0;
        int base = 0;
        while (base < s.length()) {
            Start match = scanner.findStart(base);
            if (match == null) {
                break;
            }
            Outcome outcome = dispatch(match, base);
            if (!outcome.nodes().isEmpty()) {
                processed.addAll(inliner.implicit().parse(s, unprocessedStart, outcome.beforeEnd()));
                processed.addAll(outcome.nodes());
                unprocessedStart = outcome.resume();
            }
            base = outcome.resume();
        }
        processed.addAll(inliner.implicit().parse(s, unprocessedStart, s.length()));
        return new InlineResult(processed, messages);
    }

    private Outcome dispatch(Start m, int base) {
        return switch (m.kind()) {
            case STRONG -> inlineObject(m, base, NodeType.STRONG, "strong");
            case EMPHASIS -> inlineObject(m, base, NodeType.EMPHASIS, "emphasis");
            case LITERAL -> inlineObject(m, base, NodeType.LITERAL, "literal");
            case TARGET -> inlineTarget(m, base);
            case SUBSTITUTION -> substitutionReference(m, base);
            case REFERENCE -> reference(m);
            case FOOTNOTE -> footnoteReference(m, base);
            case INTERPRETED -> interpretedOrPhraseRef(m, base);
        };
    }

    // ---- helpers

    private static String restore(String text) {
        return Escapes.restoreBackslashes(text);
    }

    private Element warning(String text) {
        Element msg = reporter.warning(text, lineno);
        messages.add(msg);
        return msg;
    }

    @Override
    public Document document() {
        return document;
    }

    @Override
    public Reporter reporter() {
        return reporter;
    }

    @Override
    public Element parent() {
        return parent;
    }

    @Override
    public Element problematic(String text, String rawsource, Element message) {
        String msgid = document.setId(message, parent, "");
        Element problematic = Element.text(NodeType.PROBLEMATIC, rawsource, text);
        problematic.set("refid", msgid);
        String prbid = document.setId(problematic);
        message.backrefs().add(prbid);
        return problematic;
    }

    /** Work done by the scanner (see MarkupScanner#steps). */
    long scanSteps() {
        return scanner.steps();
    }

    // ---- constructs with start- and end-strings

    private Outcome inlineObject(Start m, int base, NodeType type, String typeName) {
        int matchstart = m.start();
        int matchend = m.end();
        if (scanner.quotedStart(matchstart, matchend, base)) {
            return Outcome.none(matchend);
        }
        End end = scanner.findEnd(m.kind(), matchend);
        if (end != null && end.start() > matchend) {
            String text = s.substring(matchend, end.start());
            if (m.kind() == Kind.LITERAL) {
                text = restore(text);
            }
            String rawsource = restore(s.substring(matchstart, end.end()));
            Element node = Element.text(type, rawsource, text);
            return new Outcome(matchstart, List.of(node), end.end(), s.substring(end.start(), end.end()));
        }
        Element msg = warning("Inline " + typeName + " start-string without end-string.");
        String text = restore(s.substring(matchstart, matchend));
        return new Outcome(matchstart, List.of(problematic(text, text, msg)), matchend, "");
    }

    private Outcome inlineTarget(Start m, int base) {
        Outcome outcome = inlineObject(m, base, NodeType.TARGET, "target");
        if (outcome.nodes().size() == 1 && outcome.nodes().get(0) instanceof Element target
                && target.is(NodeType.TARGET)) {
            target.names().add(Names.fullyNormalize(target.astext()));
            document.noteExplicitTarget(target, parent);
        }
        return outcome;
    }

    private Outcome substitutionReference(Start m, int base) {
        Outcome outcome = inlineObject(m, base, NodeType.SUBSTITUTION_REFERENCE, "substitution_reference");
        if (outcome.nodes().size() == 1 && outcome.nodes().get(0) instanceof Element subref
                && subref.is(NodeType.SUBSTITUTION_REFERENCE)) {
            String subrefText = subref.astext();
            document.noteSubstitutionRef(subref, subrefText);
            String endString = outcome.endString();
            if (endString.endsWith("_")) {
                Element reference = new Element(NodeType.REFERENCE, "|" + subrefText + endString);
                if (endString.endsWith("__")) {
                    reference.set("anonymous", 1);
                } else {
                    reference.set("refname", Names.fullyNormalize(subrefText));
                    document.noteRefname(reference);
                }
                reference.add(subref);
                return new Outcome(outcome.beforeEnd(), List.of(reference), outcome.resume(), endString);
            }
        }
        return outcome;
    }

    // ---- whole constructs

    private Outcome reference(Start m) {
        String name = s.substring(m.nameStart(), m.nameEnd());
        Element reference = Element.text(NodeType.REFERENCE, name + m.refend(), name);
        reference.set("name", Names.whitespaceNormalize(name));
        if (m.refend().equals("__")) {
            reference.set("anonymous", 1);
        } else {
            reference.set("refname", Names.fullyNormalize(name));
            document.noteRefname(reference);
        }
        return new Outcome(m.start(), List.of(reference), m.end(), "");
    }

    private Outcome footnoteReference(Start m, int base) {
        String label = s.substring(m.nameStart(), m.nameEnd());
        String refname = Names.fullyNormalize(label);
        int beforeEnd = m.start();
        Element refnode;
        if (m.citation()) {
            refnode = Element.text(NodeType.CITATION_REFERENCE, "[" + label + "]_", label);
            refnode.set("refname", refname);
            document.noteCitationRef(refnode);
        } else {
            refnode = new Element(NodeType.FOOTNOTE_REFERENCE, "[" + label + "]_");
            if (refname.startsWith("#")) {
                refname = refname.substring(1);
                refnode.set("auto", 1);
                document.noteAutofootnoteRef(refnode);
            } else if (refname.equals("*")) {
                refname = "";
                refnode.set("auto", "*");
                document.noteSymbolFootnoteRef(refnode);
            } else {
                refnode.add(new Text(label));
            }
            if (!refname.isEmpty()) {
                refnode.set("refname", refname);
                document.noteFootnoteRef(refnode);
            }
            if (inliner.settings().trimFootnoteReferenceSpace()) {
                while (beforeEnd > base && PyText.isSpace(s.codePointBefore(beforeEnd))) {
                    beforeEnd -= Character.charCount(s.codePointBefore(beforeEnd));
                }
            }
        }
        return new Outcome(beforeEnd, List.of(refnode), m.end(), "");
    }

    // ---- interpreted text and phrase references

    private Outcome interpretedOrPhraseRef(Start m, int base) {
        int matchstart = m.start();
        int matchend = m.end();
        int rolestart = m.nameStart();
        String role = null;
        String position = "";
        if (m.nameEnd() > m.nameStart()) {
            role = s.substring(m.nameStart() + 1, m.nameEnd() - 1);
            position = "prefix";
        } else if (scanner.quotedStart(matchstart, matchend, base)) {
            return Outcome.none(matchend);
        }
        End end = scanner.findEnd(Kind.INTERPRETED, matchend);
        if (end != null && end.start() > matchend) {
            int textend = end.end();
            if (end.hasRole()) {
                if (role != null) {
                    Element msg = warning("Multiple roles in interpreted text (both prefix and suffix present;"
                            + " only one allowed).");
                    String text = restore(s.substring(rolestart, textend));
                    return new Outcome(rolestart, List.of(problematic(text, text, msg)), textend, "");
                }
                // docutils takes the suffix group without its first and last character
                String suffix = s.substring(end.roleStart(), textend);
                role = suffix.substring(1, suffix.length() - 1);
                position = "suffix";
            }
            String escaped = s.substring(matchend, end.start());
            String rawsource = restore(s.substring(matchstart, textend));
            if (rawsource.endsWith("_")) {
                if (role != null) {
                    Element msg = warning("Mismatch: both interpreted text role " + position
                            + " and reference suffix.");
                    String text = restore(s.substring(rolestart, textend));
                    return new Outcome(rolestart, List.of(problematic(text, text, msg)), textend, "");
                }
                List<Node> nodes = new PhraseReference(this, inliner.implicit()).build(rawsource, escaped);
                return new Outcome(matchstart, nodes, textend, "");
            }
            rawsource = restore(s.substring(rolestart, textend));
            List<Node> nodes = interpreted(rawsource, escaped, role == null ? "" : role);
            return new Outcome(rolestart, nodes, textend, "");
        }
        Element msg = warning("Inline interpreted text or phrase reference start-string without end-string.");
        String text = restore(s.substring(matchstart, matchend));
        return new Outcome(matchstart, List.of(problematic(text, text, msg)), matchend, "");
    }

    private List<Node> interpreted(String rawsource, String text, String role) {
        Roles.Lookup lookup = inliner.roleLookup().lookUp(role, lineno, reporter);
        messages.addAll(lookup.messages());
        if (lookup.role() != null) {
            InlineResult result = lookup.role().apply(role, rawsource, text, lineno, this, Map.of(), List.of());
            messages.addAll(result.messages());
            return result.nodes();
        }
        Element msg = reporter.error("Unknown interpreted text role \"" + role + "\".", lineno);
        messages.add(msg);
        return List.of(problematic(rawsource, rawsource, msg));
    }
}
