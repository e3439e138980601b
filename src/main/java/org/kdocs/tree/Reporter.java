package org.kdocs.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates system messages (docutils.utils.Reporter): a {@code system_message}
 * element with level, type, source and line; writes it as
 * {@code source:line: (TYPE/level) text} to the warning stream when its level
 * reaches the report level; stops processing ({@link Halt}) when it reaches
 * the halt level; and tells observers (the document's message lists).
 */
public final class Reporter {
    public static final int DEBUG = 0;
    public static final int INFO = 1;
    public static final int WARNING = 2;
    public static final int ERROR = 3;
    public static final int SEVERE = 4;
    private static final String[] LEVEL_NAMES = {"DEBUG", "INFO", "WARNING", "ERROR", "SEVERE"};

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

        Halt(Element message) {
            super(message.astext(), null, false, false);
            this.message = message;
        }

        public Element message() {
            return message;
        }

        public int level() {
            return (Integer) message.get("level");
        }
    }

    private final String source;
    private int reportLevel;
    private int haltLevel;
    private final boolean debug;
    private Consumer<String> stream;
    private Locator locator;
    private final List<Consumer<Element>> observers = new ArrayList<>();
    private final List<Consumer<String>> relayObservers = new ArrayList<>();
    private int maxLevel = -1;

    public Reporter(String source, int reportLevel, int haltLevel, boolean debug, Consumer<String> stream) {
        this.source = source;
        this.reportLevel = reportLevel;
        this.haltLevel = haltLevel;
        this.debug = debug;
        this.stream = stream;
    }

    /** A reporter with docutils' defaults: report WARNING and above, halt at SEVERE, print nothing. */
    public static Reporter quiet(String source) {
        return new Reporter(source, WARNING, SEVERE, false, null);
    }

    public static String levelName(int level) {
        return LEVEL_NAMES[level];
    }

    public String source() {
        return source;
    }

    public int reportLevel() {
        return reportLevel;
    }

    public int haltLevel() {
        return haltLevel;
    }

    public void setReportLevel(int reportLevel) {
        this.reportLevel = reportLevel;
    }

    public void setHaltLevel(int haltLevel) {
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

    /** The highest level reported so far, or -1. */
    public int maxLevel() {
        return maxLevel;
    }

    /** A message whose line is the parser's absolute line number (null: wherever the parser is now). */
    public Element message(int level, String text, Integer absoluteLine, Node... children) {
        SourceLine where = locator == null ? new SourceLine(null, null) : locator.locate(absoluteLine);
        return create(level, text, where.source(), where.line(), children);
    }

    /** A message located at a node, or at its nearest ancestor that knows its line (base_node). */
    public Element messageAt(int level, String text, Node baseNode, Node... children) {
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
    public Element messageWithSource(int level, String text, String src, Integer line, Node... children) {
        return create(level, text, src, line, children);
    }

    public Element debug(String text, Integer line, Node... children) {
        return debug ? message(DEBUG, text, line, children) : null;
    }

    public Element info(String text, Integer line, Node... children) {
        return message(INFO, text, line, children);
    }

    public Element warning(String text, Integer line, Node... children) {
        return message(WARNING, text, line, children);
    }

    public Element error(String text, Integer line, Node... children) {
        return message(ERROR, text, line, children);
    }

    public Element severe(String text, Integer line, Node... children) {
        return message(SEVERE, text, line, children);
    }

    private Element create(int level, String text, String src, Integer line, Node... children) {
        Element msg = new Element(NodeType.SYSTEM_MESSAGE);
        if (text != null && !text.isEmpty()) {
            msg.add(Element.text(NodeType.PARAGRAPH, "", text));
        }
        for (Node child : children) {
            msg.add(child);
        }
        msg.set("level", level);
        msg.set("type", LEVEL_NAMES[level]);
        msg.set("source", src != null ? src : source);
        if (line != null) {
            msg.set("line", line);
        }
        if (stream != null && (level >= reportLevel || (debug && level == DEBUG) || level >= haltLevel)) {
            stream.accept(format(msg) + "\n");
        }
        if (level >= haltLevel) {
            throw new Halt(msg);
        }
        if (level > DEBUG || debug) {
            for (Consumer<Element> observer : List.copyOf(observers)) {
                observer.accept(msg);
            }
        }
        maxLevel = Math.max(maxLevel, level);
        return msg;
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
