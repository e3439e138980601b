package org.kdocs.rst;

import java.nio.file.Path;

import org.kdocs.tree.Severity;

/**
 * The settings that change how reStructuredText is parsed, with docutils
 * 0.19's defaults ({@link #defaults()}). Mirrors the parser and general
 * settings of docutils.frontend that the parser reads.
 *
 * @param tabWidth                        columns per tab stop (--tab-width)
 * @param reportLevel                     lowest message level written to the warning stream (null: none)
 * @param haltLevel                       message level that stops parsing (docutils: SEVERE; null: none)
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
        Severity reportLevel,
        Severity haltLevel,
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
        return builder().build();
    }

    /** A builder starting from docutils 0.19's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tabWidth = tabWidth;
        b.reportLevel = reportLevel;
        b.haltLevel = haltLevel;
        b.idPrefix = idPrefix;
        b.autoIdPrefix = autoIdPrefix;
        b.rawEnabled = rawEnabled;
        b.fileInsertionEnabled = fileInsertionEnabled;
        b.includeRoot = includeRoot;
        b.characterLevelInlineMarkup = characterLevelInlineMarkup;
        b.pepReferences = pepReferences;
        b.pepBaseUrl = pepBaseUrl;
        b.pepFileUrlTemplate = pepFileUrlTemplate;
        b.rfcReferences = rfcReferences;
        b.rfcBaseUrl = rfcBaseUrl;
        b.trimFootnoteReferenceSpace = trimFootnoteReferenceSpace;
        b.syntaxHighlight = syntaxHighlight;
        b.lineLengthLimit = lineLengthLimit;
        b.languageCode = languageCode;
        return b;
    }

    public RstSettings withRawEnabled(boolean enabled) {
        return toBuilder().rawEnabled(enabled).build();
    }

    public RstSettings withIncludeRoot(Path root) {
        return toBuilder().includeRoot(root).build();
    }

    public RstSettings withLevels(Severity report, Severity halt) {
        return toBuilder().reportLevel(report).haltLevel(halt).build();
    }

    /** Settings by name; each setting not given keeps docutils' default. The parameters are documented above. */
    public static final class Builder {
        private int tabWidth = 8;
        private Severity reportLevel = Severity.WARNING;
        private Severity haltLevel = Severity.SEVERE;
        private String idPrefix = "";
        private String autoIdPrefix = "%";
        private boolean rawEnabled = true;
        private boolean fileInsertionEnabled = true;
        private Path includeRoot = null;
        private boolean characterLevelInlineMarkup = false;
        private boolean pepReferences = false;
        private String pepBaseUrl = "https://peps.python.org/";
        private String pepFileUrlTemplate = "pep-%04d";
        private boolean rfcReferences = false;
        private String rfcBaseUrl = "https://tools.ietf.org/html/";
        private boolean trimFootnoteReferenceSpace = false;
        private String syntaxHighlight = "long";
        private int lineLengthLimit = 10000;
        private String languageCode = "en";

        private Builder() {
        }

        public Builder tabWidth(int value) {
            tabWidth = value;
            return this;
        }

        public Builder reportLevel(Severity value) {
            reportLevel = value;
            return this;
        }

        public Builder haltLevel(Severity value) {
            haltLevel = value;
            return this;
        }

        public Builder idPrefix(String value) {
            idPrefix = value;
            return this;
        }

        public Builder autoIdPrefix(String value) {
            autoIdPrefix = value;
            return this;
        }

        public Builder rawEnabled(boolean value) {
            rawEnabled = value;
            return this;
        }

        public Builder fileInsertionEnabled(boolean value) {
            fileInsertionEnabled = value;
            return this;
        }

        public Builder includeRoot(Path value) {
            includeRoot = value;
            return this;
        }

        public Builder characterLevelInlineMarkup(boolean value) {
            characterLevelInlineMarkup = value;
            return this;
        }

        public Builder pepReferences(boolean value) {
            pepReferences = value;
            return this;
        }

        public Builder pepBaseUrl(String value) {
            pepBaseUrl = value;
            return this;
        }

        public Builder pepFileUrlTemplate(String value) {
            pepFileUrlTemplate = value;
            return this;
        }

        public Builder rfcReferences(boolean value) {
            rfcReferences = value;
            return this;
        }

        public Builder rfcBaseUrl(String value) {
            rfcBaseUrl = value;
            return this;
        }

        public Builder trimFootnoteReferenceSpace(boolean value) {
            trimFootnoteReferenceSpace = value;
            return this;
        }

        public Builder syntaxHighlight(String value) {
            syntaxHighlight = value;
            return this;
        }

        public Builder lineLengthLimit(int value) {
            lineLengthLimit = value;
            return this;
        }

        public Builder languageCode(String value) {
            languageCode = value;
            return this;
        }

        public RstSettings build() {
            return new RstSettings(tabWidth, reportLevel, haltLevel, idPrefix, autoIdPrefix, rawEnabled,
                    fileInsertionEnabled, includeRoot, characterLevelInlineMarkup, pepReferences, pepBaseUrl,
                    pepFileUrlTemplate, rfcReferences, rfcBaseUrl, trimFootnoteReferenceSpace, syntaxHighlight,
                    lineLengthLimit, languageCode);
        }
    }
}
