package org.kdocs.site;

import java.util.function.Consumer;

import org.kdocs.tree.Document;
import org.kdocs.tree.Severity;

/**
 * Shows a source as plain text instead of rendering it, with a warning saying so. An untrusted build
 * reads AsciiDoc this way: Asciidoctor's passthroughs put HTML into the page and cannot be turned off,
 * so rendering would be unsafe.
 */
public final class SourceAsText implements DocumentReader {
    private final String format;

    /** @param format the format's name for the warning, such as "AsciiDoc" */
    public SourceAsText(String format) {
        this.format = format;
    }

    @Override
    public Document read(SourceDoc source, Consumer<Warning> warnings) {
        String text = DocumentReader.readText(source, warnings);
        if (text == null) {
            return null;
        }
        warnings.accept(new Warning(source.file().toString(), 1, Severity.WARNING,
                format + " is not rendered in an untrusted build; shown as text"));
        return ForeignPages.plainPage(source, text);
    }
}
