package org.kdocs.rst;

import java.nio.file.Path;

/**
 * The settings that change how reStructuredText is parsed, with docutils
 * 0.19's defaults ({@link #defaults()}). Mirrors the parser and general
 * settings of docutils.frontend that the parser reads.
 *
 * @param tabWidth                        columns per tab stop (--tab-width)
 * @param reportLevel                     lowest message level written to the warning stream
 * @param haltLevel                       message level that stops parsing (docutils: SEVERE)
 * @param idPrefix                        prefix of every generated id
 * @param autoIdPrefix                    prefix of ids without a name ("%" = the element's tag name)
 * @param rawEnabled                      whether the raw directive and role work (--no-raw turns them off)
 * @param fileInsertionEnabled            whether include and file options work
 * @param includeRoot                     directory that include may not leave; null: the source's directory
 * @param characterLevelInlineMarkup      docutils' --character-level-inline-markup
 * @param pepReferences                   recognise "PEP nnn" in text
 * @param pepBaseUrl                      base of PEP links
 * @param pepFileUrlTemplate              file name template of PEP links
 * @param rfcReferences                   recognise "RFC nnn" in text
 * @param rfcBaseUrl                      base of RFC links
 * @param trimFootnoteReferenceSpace      remove the space before footnote references
 * @param syntaxHighlight                 "long", "short" or "none": classes of code tokens
 * @param lineLengthLimit                 longest line parsed before it is refused
 * @param languageCode                    language of directive and role names, and of labels
 */
public record RstSettings(
        int tabWidth,
        int reportLevel,
        int haltLevel,
        String idPrefix,
        String autoIdPrefix,
        boolean rawEnabled,
        boolean fileInsertionEnabled,
        Path includeRoot,
        boolean characterLevelInlineMarkup,
        boolean pepReferences,
        String pepBaseUrl,
        String pepFileUrlTemplate,
        boolean rfcReferences,
        String rfcBaseUrl,
        boolean trimFootnoteReferenceSpace,
        String syntaxHighlight,
        int lineLengthLimit,
        String languageCode) {

    /** docutils 0.19's defaults. */
    public static RstSettings defaults() {
        return new RstSettings(8, 2, 4, "", "%", true, true, null, false, false,
                "https://peps.python.org/", "pep-%04d", false, "https://tools.ietf.org/html/",
                false, "long", 10000, "en");
    }

    public RstSettings withRawEnabled(boolean enabled) {
        return new RstSettings(tabWidth, reportLevel, haltLevel, idPrefix, autoIdPrefix, enabled,
                fileInsertionEnabled, includeRoot, characterLevelInlineMarkup, pepReferences, pepBaseUrl,
                pepFileUrlTemplate, rfcReferences, rfcBaseUrl, trimFootnoteReferenceSpace, syntaxHighlight,
                lineLengthLimit, languageCode);
    }

    public RstSettings withIncludeRoot(Path root) {
        return new RstSettings(tabWidth, reportLevel, haltLevel, idPrefix, autoIdPrefix, rawEnabled,
                fileInsertionEnabled, root, characterLevelInlineMarkup, pepReferences, pepBaseUrl,
                pepFileUrlTemplate, rfcReferences, rfcBaseUrl, trimFootnoteReferenceSpace, syntaxHighlight,
                lineLengthLimit, languageCode);
    }

    public RstSettings withLevels(int report, int halt) {
        return new RstSettings(tabWidth, report, halt, idPrefix, autoIdPrefix, rawEnabled,
                fileInsertionEnabled, includeRoot, characterLevelInlineMarkup, pepReferences, pepBaseUrl,
                pepFileUrlTemplate, rfcReferences, rfcBaseUrl, trimFootnoteReferenceSpace, syntaxHighlight,
                lineLengthLimit, languageCode);
    }
}
