package org.kdocs.rst;

import java.util.function.Consumer;

import org.kdocs.rst.blocks.BlockParser;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.directives.StandardDirectives;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Document;
import org.kdocs.tree.Reporter;

/**
 * The reStructuredText parser: text in, docutils-shaped document tree out
 * (docutils.parsers.rst.Parser). Configure once with {@link #builder()}, then
 * parse any number of documents; a parser is immutable and thread-safe.
 *
 * <pre>{@code
 * Document doc = RstParser.builder().build().parse(text, "test data");
 * }</pre>
 */
public final class RstParser {
    private final RstSettings settings;
    private final DirectiveRegistry directives;
    private final Consumer<String> warningStream;

    private RstParser(Builder builder) {
        this.settings = builder.settings;
        this.directives = builder.directives;
        this.warningStream = builder.warningStream;
    }

    public static Builder builder() {
        return new Builder();
    }

    public RstSettings settings() {
        return settings;
    }

    /** The directive types this parser knows. */
    public DirectiveRegistry directives() {
        return directives;
    }

    /** A new, empty document with a reporter configured from the settings. */
    public Document newDocument(String sourceName) {
        Reporter reporter = new Reporter(sourceName, settings.reportLevel(), settings.haltLevel(), false,
                warningStream);
        Document document = new Document(sourceName, reporter, settings.idPrefix(), settings.autoIdPrefix());
        document.noteSource(sourceName, -1);
        return document;
    }

    /**
     * Parses text into a new document. Messages at or above the halt level
     * stop parsing with {@link Reporter.Halt}, as docutils does.
     */
    public Document parse(String text, String sourceName) {
        Document document = newDocument(sourceName);
        parseInto(text, document);
        return document;
    }

    /** Parses text into an existing (normally empty) document. */
    public void parseInto(String text, Document document) {
        SourceLines lines = SourceLines.of(SourceLines.string2lines(text, settings.tabWidth()),
                document.getString("source"), 0);
        new BlockParser(settings, directives).parse(lines, document);
    }

    /** Configures a parser. */
    public static final class Builder {
        private RstSettings settings = RstSettings.defaults();
        private DirectiveRegistry directives = StandardDirectives.create();
        private Consumer<String> warningStream;

        private Builder() {
        }

        public Builder settings(RstSettings settings) {
            this.settings = settings;
            return this;
        }

        /** The directive types known to the parser (the standard ones unless replaced). */
        public Builder directives(DirectiveRegistry directives) {
            this.directives = directives;
            return this;
        }

        /** Where messages at or above the report level are written (docutils' warning stream). */
        public Builder warningStream(Consumer<String> stream) {
            this.warningStream = stream;
            return this;
        }

        public RstParser build() {
            return new RstParser(this);
        }
    }
}
