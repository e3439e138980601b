package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.writers.html.TocEntry;

/**
 * One page while the site is built: its source, its tree, and what the
 * environment learns about it (title, outline, place in the toctree).
 * Filled in phases by {@link SiteBuilder}; not shared across builds. Its
 * doctree is held only while a stage works on it ({@link #document()}):
 * between stages the page keeps its {@link PageFacts}, and the build cache
 * keeps the doctree.
 */
public final class Page {
    private final SourceDoc source;
    private Document document;
    private PageFacts facts;
    private final String title;
    private final List<TocEntry> outline;
    private final boolean orphan;
    /** The :tocdepth: metadata, 0 when unset. */
    int tocdepth;
    /**
     * The digest of all the page gives the site's tables ({@link SiteEnvironment.Contribution}): of its
     * {@link PageSummary}; null when it has none (a domain that cannot save its declarations).
     */
    String contributionDigest;
    /** Whether the doctree came from the build cache (its source and what it depends on are unchanged). */
    boolean readFromCache;
    /** The digest of the source's bytes when it was read, "-" or null when unknown (see {@link BuildCache}). */
    String sourceHash;
    private final String generatedSource;
    /** Pages listed by this page's toctrees, in order (hidden ones included). */
    final List<Page> children = new ArrayList<>();
    Page parent;
    Page previous;
    Page next;
    /** Section numbers by section id, "" for the page's own title (Sphinx's secnumbers); set by Numbering. */
    final java.util.Map<String, String> sectionNumbers = new java.util.HashMap<>();

    Page(SourceDoc source, Document document, String title, List<TocEntry> outline, boolean orphan) {
        this(source, document, title, outline, orphan, null);
    }

    /** A page the build made itself (no source file), shown at its source link as {@code generatedSource}. */
    Page(SourceDoc source, Document document, String title, List<TocEntry> outline, boolean orphan,
         String generatedSource) {
        this.generatedSource = generatedSource;
        this.source = source;
        this.document = document;
        this.title = title;
        this.outline = List.copyOf(outline);
        this.orphan = orphan;
    }

    public SourceDoc source() {
        return source;
    }

    /** The page's doctree; only while it is held (reading, resolving and writing the page). */
    public Document document() {
        if (document == null) {
            throw new IllegalStateException("the doctree of " + source.key() + " is not held now");
        }
        return document;
    }

    /** Whether the doctree is held now. */
    boolean holdsDocument() {
        return document != null;
    }

    /** Holds a (re)loaded doctree of this page. */
    void hold(Document loaded) {
        this.document = loaded;
    }

    /** Lets the doctree go; {@link #hold} gives it back. */
    void release() {
        this.document = null;
    }

    /** What the whole-site stages know of the page without its doctree; taken once it is read ({@link #takeFacts}). */
    PageFacts facts() {
        if (facts == null) {
            throw new IllegalStateException("the facts of " + source.key() + " are not taken yet");
        }
        return facts;
    }

    /** Takes the facts from the held doctree, whose {@code nodes} are given. */
    void takeFacts(PageFacts.Nodes nodes) {
        facts = PageFacts.of(this, document(), nodes);
    }

    /** Gives the facts a summary of the page kept ({@link PageSummary}). */
    void restoreFacts(PageFacts restored) {
        facts = restored;
    }

    /** The page title as plain text; the docname when the document has no title. */
    public String title() {
        return title;
    }

    /** The page title with its section number ("1.2. Title") when a numbered toctree gives it one. */
    public String numberedTitle() {
        return numbered("", title);
    }

    /** {@code text} after the number of the section {@code id} ("" the page itself), if it has one. */
    public String numbered(String id, String text) {
        String number = sectionNumbers.get(id == null ? "" : id);
        return number == null ? text : number + ". " + text;
    }

    /** The sections below the page title. */
    public List<TocEntry> outline() {
        return outline;
    }

    /** The text of a generated page's source copy; null for a page read from a source file. */
    String generatedSource() {
        return generatedSource;
    }

    public boolean orphan() {
        return orphan;
    }

    public Page parent() {
        return parent;
    }

    public Page previous() {
        return previous;
    }

    public Page next() {
        return next;
    }

    public List<Page> children() {
        return List.copyOf(children);
    }

    /** The output path relative to the site root. */
    public String path() {
        return source.outputPath();
    }

    /** Its key: records that name a page (labels, toctrees) describe it so. */
    @Override
    public String toString() {
        return source.key();
    }
}
