package org.kdocs.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates system messages (docutils.utils.Reporter): a {@code system_message}
 * element with level, type, source and line; writes it as
 * {@code source:line: (TYPE/level) text} to the warning stream when its level
 * reaches the report level; stops processing ({@link Halt}) when it reaches
 * the halt level; and tells observers (the document's message lists). A null
 * report or halt level is docutils' "none": no message reaches it.
 */
public final class Reporter {

    /** Where a line number reported by the parser really is. */
    public record SourceLine(String source, Integer line) {
    }

    /** Maps the parser's absolute line number (null: the current line) to source and line. */
    @FunctionalInterface
    public interface Locator {
        SourceLine locate(Integer absoluteLine);
    }

    /** Thrown when a message reaches the halt level; processing of the document stops. */
    public static final class Halt extends RuntimeException {
        private final transient Element message;
        private final Severity level;

        Halt(Element message, Severity level) {
            super(message.astext(), null, false, false);
            this.message = message;
            this.level = level;
        }

        public Element message() {
            return message;
        }

        public Severity level() {
            return level;
        }
    }

    private final String source;
    private Severity reportLevel;
    private Severity haltLevel;
    private final boolean debug;
    private Consumer<String> stream;
    private Locator locator;
    private final List<Consumer<Element>> observers = new ArrayList<>();
    private final List<Consumer<String>> relayObservers = new ArrayList<>();
    private Severity maxLevel;

    public Reporter(String source, Severity reportLevel, Severity haltLevel, boolean debug, Consumer<String> stream) {
        this.source = source;
        this.reportLevel = reportLevel;
        this.haltLevel = haltLevel;
        this.debug = debug;
        this.stream = stream;
    }

    /** A reporter with docutils' defaults: report WARNING and above, halt at SEVERE, print nothing. */
    public static Reporter quiet(String source) {
        return new Reporter(source, Severity.WARNING, Severity.SEVERE, false, null);
    }

    public String source() {
        return source;
    }

    public Severity reportLevel() {
        return reportLevel;
    }

    public Severity haltLevel() {
        return haltLevel;
    }

    public void setReportLevel(Severity reportLevel) {
        this.reportLevel = reportLevel;
    }

    public void setHaltLevel(Severity haltLevel) {
        this.haltLevel = haltLevel;
    }

    public void setStream(Consumer<String> stream) {
        this.stream = stream;
    }

    /** Installs the parser's line mapping; null removes it. */
    public void setLocator(Locator locator) {
        this.locator = locator;
    }

    public Locator locator() {
        return locator;
    }

    public void attachObserver(Consumer<Element> observer) {
        observers.add(observer);
    }

    public void detachObserver(Consumer<Element> observer) {
        observers.remove(observer);
    }

    /** Receives what {@link #relay(String)} passes on. */
    public void attachRelayObserver(Consumer<String> observer) {
        relayObservers.add(observer);
    }

    /**
     * Passes on, word for word, what a tool run by a directive printed about its own input (the
     * kernel's Sphinx extensions copy kernel-doc's standard error to Sphinx's). It is no system
     * message: nothing goes into the tree and no level applies.
     */
    public void relay(String text) {
        for (Consumer<String> observer : List.copyOf(relayObservers)) {
            observer.accept(text);
        }
    }

    /** The highest level reported so far, or null. */
    public Severity maxLevel() {
        return maxLevel;
    }

    /** A message whose line is the parser's absolute line number (null: wherever the parser is now). */
    public Element message(Severity level, String text, Integer absoluteLine, Node... children) {
        SourceLine where = locator == null ? new SourceLine(null, null) : locator.locate(absoluteLine);
        return create(level, text, where.source(), where.line(), children);
    }

    /** A message located at a node, or at its nearest ancestor that knows its line (base_node). */
    public Element messageAt(Severity level, String text, Node baseNode, Node... children) {
        String src = null;
        Integer line = null;
        for (Node node = baseNode; node != null; node = node.parent()) {
            if (node.source() != null || node.line() > 0) {
                src = node.source();
                line = node.line() > 0 ? node.line() : null;
                break;
            }
        }
        if (src == null) {
            // docutils then treats the node's line as an absolute parser line
            return message(level, text, line, children);
        }
        return create(level, text, src, line, children);
    }

    /** A message with explicitly given source and line (either may be null). */
    public Element messageWithSource(Severity level, String text, String src, Integer line, Node... children) {
        return create(level, text, src, line, children);
    }

    public Element debug(String text, Integer line, Node... children) {
        return debug ? message(Severity.DEBUG, text, line, children) : null;
    }

    public Element info(String text, Integer line, Node... children) {
        return message(Severity.INFO, text, line, children);
    }

    public Element warning(String text, Integer line, Node... children) {
        return message(Severity.WARNING, text, line, children);
    }

    public Element error(String text, Integer line, Node... children) {
        return message(Severity.ERROR, text, line, children);
    }

    public Element severe(String text, Integer line, Node... children) {
        return message(Severity.SEVERE, text, line, children);
    }

    private Element create(Severity level, String text, String src, Integer line, Node... children) {
        Element msg = new Element(NodeType.SYSTEM_MESSAGE);
        if (text != null && !text.isEmpty()) {
            msg.add(Element.text(NodeType.PARAGRAPH, "", text));
        }
        for (Node child : children) {
            msg.add(child);
        }
        msg.set("level", level.level());
        msg.set("type", level.docutilsName());
        msg.set("source", src != null ? src : source);
        if (line != null) {
            msg.set("line", line);
        }
        boolean halts = level.reaches(haltLevel);
        if (stream != null && (level.reaches(reportLevel) || (debug && level == Severity.DEBUG) || halts)) {
            stream.accept(format(msg) + "\n");
        }
        if (halts) {
            throw new Halt(msg, level);
        }
        if (level != Severity.DEBUG || debug) {
            for (Consumer<Element> observer : List.copyOf(observers)) {
                observer.accept(msg);
            }
        }
        if (maxLevel == null || level.compareTo(maxLevel) > 0) {
            maxLevel = level;
        }
        return msg;
    }

    /** The severity of a {@code system_message} element, from its level attribute; null when it has none. */
    public static Severity severityOf(Element msg) {
        return msg.get("level") instanceof Integer level ? Severity.ofLevel(level) : null;
    }

    /** A system message as docutils prints it: {@code source:line: (TYPE/level) text}. */
    public static String format(Element msg) {
        Object line = msg.get("line");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < msg.size(); i++) {
            if (i > 0) {
                body.append("\n\n");
            }
            body.append(msg.child(i).astext());
        }
        return PyRepr.str(msg.get("source")) + ":" + (line == null ? "" : PyRepr.str(line)) + ": ("
                + msg.get("type") + "/" + msg.get("level") + ") " + body;
    }
}
