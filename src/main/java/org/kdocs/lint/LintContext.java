package org.kdocs.lint;

import java.util.List;
import java.util.Optional;

import org.kdocs.lint.history.GitHistory;

/**
 * Everything a rule may look at for one document: the document, its original
 * when it is a translation, the pairing, the glossary and the settings.
 * Title candidates and the markup inventory are computed once, on demand.
 */
public final class LintContext {
    private final LintedDocument doc;
    private final LintedDocument original;
    private final Pairing pairing;
    private final Terminology glossary;
    private final LintConfig config;
    private final java.util.function.Supplier<Optional<GitHistory>> history;
    private final Overlay files;
    private List<Title> titles;
    private MarkupScan scan;
    private MarkupScan originalScan;
    private final java.util.Map<String, Object> derived = new java.util.HashMap<>();

    public LintContext(LintedDocument doc, LintedDocument original, Pairing pairing, Terminology glossary, LintConfig config) {
        this(doc, original, pairing, glossary, config, Optional::empty);
    }

    public LintContext(LintedDocument doc, LintedDocument original, Pairing pairing, Terminology glossary, LintConfig config,
            java.util.function.Supplier<Optional<GitHistory>> history) {
        this(doc, original, pairing, glossary, config, history, Overlay.DISK);
    }

    public LintContext(LintedDocument doc, LintedDocument original, Pairing pairing, Terminology glossary, LintConfig config,
            java.util.function.Supplier<Optional<GitHistory>> history, Overlay files) {
        this.history = history;
        this.files = files;
        this.doc = doc;
        this.original = original;
        this.pairing = pairing;
        this.glossary = glossary == null ? Terminology.EMPTY : glossary;
        this.config = config;
    }

    public LintedDocument doc() {
        return doc;
    }

    /** The original document, when this one is a translation and the original was found. */
    public Optional<LintedDocument> original() {
        return Optional.ofNullable(original);
    }

    public Optional<Pairing> pairing() {
        return Optional.ofNullable(pairing);
    }

    /** The files this run sees: the disk, and those of the patch under review. */
    public Overlay files() {
        return files;
    }

    public Terminology glossary() {
        return glossary;
    }

    /** The git history of the project, looked up only when a rule asks. */
    public Optional<GitHistory> history() {
        return history.get();
    }

    public LintConfig config() {
        return config;
    }

    /** The markup language of the document, by its name. */
    public SourceFormat format() {
        return SourceFormat.of(doc.name());
    }

    /** Section titles; for AsciiDoc and Markdown, the headings (see {@link ForeignMarkup}). */
    public List<Title> titles() {
        if (titles == null) {
            titles = format() == SourceFormat.RST ? TitleScanner.scan(doc)
                    : derived("foreign-markup", () -> ForeignMarkup.of(doc)).headings();
        }
        return titles;
    }

    public MarkupScan scan() {
        if (scan == null) {
            scan = format() == SourceFormat.RST ? MarkupScan.of(doc, titles())
                    : derived("foreign-markup", () -> ForeignMarkup.of(doc)).scan();
        }
        return scan;
    }

    /** A value derived from this document once and shared by the rules that need it. */
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, java.util.function.Supplier<T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.get();
            derived.put(key, value);
        }
        return (T) value;
    }

    /** Title candidates of the original (empty without one). */
    public List<Title> originalTitles() {
        if (original == null) {
            return List.of();
        }
        return derived("original-titles", () -> SourceFormat.of(original.name()) == SourceFormat.RST
                ? TitleScanner.scan(original) : originalForeignMarkup().headings());
    }

    public Optional<MarkupScan> originalScan() {
        if (original == null) {
            return Optional.empty();
        }
        if (originalScan == null) {
            originalScan = SourceFormat.of(original.name()) == SourceFormat.RST
                    ? MarkupScan.of(original, originalTitles()) : originalForeignMarkup().scan();
        }
        return Optional.of(originalScan);
    }

    private ForeignMarkup originalForeignMarkup() {
        return derived("original-foreign-markup", () -> ForeignMarkup.of(original));
    }
}
