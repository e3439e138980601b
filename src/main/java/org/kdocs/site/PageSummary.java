package org.kdocs.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.site.CrossReferences.Label;
import org.kdocs.site.CrossReferences.Numbered;
import org.kdocs.site.PageDefinitions.CitationDefinition;
import org.kdocs.site.PageDefinitions.Definition;
import org.kdocs.site.PageDefinitions.DomainDeclarations;
import org.kdocs.site.PageDefinitions.LabelDefinition;
import org.kdocs.site.PageDefinitions.ObjectDefinition;
import org.kdocs.site.PageDefinitions.TermDefinition;
import org.kdocs.tree.ByteArrayInput;
import org.kdocs.tree.ByteArrayOutput;
import org.kdocs.writers.html.TocEntry;

/**
 * All the site learns of a page when it reads it, without its doctree (Sphinx keeps the like in its
 * pickled environment): title, outline, metadata, {@link PageFacts}, and what the page gives the
 * site's tables (its {@link PageDefinitions}, the domains' declarations and its index entries). The
 * build cache keeps it at the head of the page's entry, so that a rebuild adds an unchanged page to
 * the tables without loading its doctree. The bytes change exactly when what the page gives the site
 * changes, so their digest is the page's contribution digest ({@link PageRecords#siteDigest}).
 *
 * <p>The form is written and read here alone, field by field, and tied to the kdocs build that wrote
 * it through the cache's read key.
 */
final class PageSummary {
    private static final byte LABEL = 'L';
    private static final byte OBJECT = 'O';
    private static final byte CITATION = 'C';
    private static final byte TERM = 'T';
    private static final byte DOMAIN = 'D';

    private PageSummary() {
    }

    /**
     * The summary of a read page whose facts are taken, with what it gives the tables; null when a
     * part cannot be kept (a domain that cannot save its declarations, a value of no known kind).
     */
    static byte[] encode(Page page, PageDefinitions definitions, List<GeneralIndex.Entry> indexEntries) {
        ByteArrayOutput bytes = new ByteArrayOutput(1024);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            writeString(out, page.source().key());
            writeString(out, page.path());
            writeString(out, page.title());
            writeOutline(out, page.outline());
            out.writeBoolean(page.orphan());
            out.writeInt(page.tocdepth);
            writeFacts(out, page.facts());
            writeDefinitions(out, definitions);
            out.writeInt(indexEntries.size());
            for (GeneralIndex.Entry entry : indexEntries) {
                writeString(out, entry.line());
                writeString(out, entry.place().url());
                writeString(out, entry.place().title());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException cannotKeep) {
            return null;
        }
    }

    /**
     * The page of {@code doc} as its summary tells it, its doctree not held, with what it gives the
     * tables; throws IOException when the summary is not one of this page, or names a domain this
     * build does not have.
     */
    static SiteEnvironment.Contribution restore(SourceDoc doc, byte[] summary, Map<String, XrefDomain> domains)
            throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInput(summary, 0, summary.length));
        if (!doc.key().equals(readString(in)) || !doc.outputPath().equals(readString(in))) {
            throw new IOException("the summary of another page");
        }
        String title = readString(in);
        List<TocEntry> outline = readOutline(in);
        boolean orphan = in.readBoolean();
        Page page = new Page(doc, null, title, outline, orphan);
        page.tocdepth = in.readInt();
        page.restoreFacts(readFacts(in, page));
        PageDefinitions definitions = readDefinitions(in, page, domains);
        int count = count(in);
        List<GeneralIndex.Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String line = readString(in);
            entries.add(new GeneralIndex.Entry(line, new GeneralIndex.Place(readString(in), readString(in))));
        }
        if (in.available() != 0) {
            throw new IOException("trailing bytes after the summary");
        }
        page.readFromCache = true;
        page.contributionDigest = digest(summary);
        return new SiteEnvironment.Contribution(page, definitions, entries, summary);
    }

    /** The digest of a summary: the page's contribution digest. */
    static String digest(byte[] summary) {
        return java.util.HexFormat.of().formatHex(new ContentDigest().digest(summary));
    }

    private static void writeOutline(DataOutputStream out, List<TocEntry> entries) throws IOException {
        out.writeInt(entries.size());
        for (TocEntry entry : entries) {
            writeString(out, entry.id());
            writeString(out, entry.title());
            writeOutline(out, entry.children());
        }
    }

    private static List<TocEntry> readOutline(DataInputStream in) throws IOException {
        int count = count(in);
        List<TocEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new TocEntry(readString(in), readString(in), readOutline(in)));
        }
        return entries;
    }

    private static void writeFacts(DataOutputStream out, PageFacts facts) throws IOException {
        out.writeInt(facts.toctrees().size());
        for (PageFacts.TocTree toctree : facts.toctrees()) {
            out.writeInt(toctree.line());
            writeStrings(out, toctree.entries());
            out.writeBoolean(toctree.glob());
            out.writeBoolean(toctree.reversed());
            out.writeBoolean(toctree.hidden());
            out.writeBoolean(toctree.includehidden());
            out.writeInt(toctree.numberedDepth());
        }
        writeShapes(out, facts.shape());
        writeStrings(out, facts.included());
        writeStrings(out, facts.dependencies());
        writeStrings(out, new ArrayList<>(new java.util.TreeSet<>(facts.ids())));
        writeString(out, facts.manName());
        writeString(out, facts.manVolume());
        writeString(out, facts.manPurpose());
        out.writeBoolean(facts.hasSpecs());
        out.writeBoolean(facts.showsFiles());
    }

    private static PageFacts readFacts(DataInputStream in, Page page) throws IOException {
        int count = count(in);
        List<PageFacts.TocTree> toctrees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            toctrees.add(new PageFacts.TocTree(page, i, in.readInt(), readStrings(in), in.readBoolean(),
                    in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readInt()));
        }
        List<PageFacts.Shape> shape = readShapes(in);
        List<String> included = readStrings(in);
        List<String> dependencies = readStrings(in);
        List<String> ids = readStrings(in);
        return new PageFacts(toctrees, shape, included, dependencies, java.util.Set.copyOf(ids), readString(in),
                readString(in), readString(in), in.readBoolean(), in.readBoolean());
    }

    private static void writeShapes(DataOutputStream out, List<PageFacts.Shape> shapes) throws IOException {
        out.writeInt(shapes.size());
        for (PageFacts.Shape shape : shapes) {
            out.writeByte(shape.kind().ordinal());
            out.writeInt(shape.index());
            writeString(out, shape.id());
            writeString(out, shape.title());
            writeString(out, shape.figtype());
            out.writeBoolean(shape.numberable());
            writeShapes(out, shape.children());
        }
    }

    private static List<PageFacts.Shape> readShapes(DataInputStream in) throws IOException {
        int count = count(in);
        List<PageFacts.Shape> shapes = new ArrayList<>(count);
        PageFacts.Kind[] kinds = PageFacts.Kind.values();
        for (int i = 0; i < count; i++) {
            int kind = in.readByte();
            if (kind < 0 || kind >= kinds.length) {
                throw new IOException("bad shape kind " + kind);
            }
            shapes.add(new PageFacts.Shape(kinds[kind], in.readInt(), readString(in), readString(in), readString(in),
                    in.readBoolean(), readShapes(in)));
        }
        return List.copyOf(shapes);
    }

    private static void writeDefinitions(DataOutputStream out, PageDefinitions definitions) throws IOException {
        out.writeInt(definitions.list.size());
        for (Definition definition : definitions.list) {
            if (definition instanceof LabelDefinition d) {
                out.writeByte(LABEL);
                writeString(out, d.name());
                writeLabel(out, d.label());
                XrefDomain.writePlace(out, d.where());
                out.writeBoolean(d.unlessKnown());
            } else if (definition instanceof ObjectDefinition d) {
                out.writeByte(OBJECT);
                writeString(out, d.key());
                writeLabel(out, d.label());
            } else if (definition instanceof CitationDefinition d) {
                out.writeByte(CITATION);
                writeString(out, d.key());
                writeString(out, d.label());
                writeLabel(out, d.target());
                XrefDomain.writePlace(out, d.where());
            } else if (definition instanceof TermDefinition d) {
                out.writeByte(TERM);
                writeString(out, d.key());
                writeLabel(out, d.label());
            } else if (definition instanceof DomainDeclarations d) {
                out.writeByte(DOMAIN);
                writeString(out, d.domain());
                d.declarations().save(out);
            } else {
                throw new IOException("a definition of no known kind: " + definition);
            }
        }
    }

    private static PageDefinitions readDefinitions(DataInputStream in, Page page, Map<String, XrefDomain> domains)
            throws IOException {
        int count = count(in);
        List<Definition> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte kind = in.readByte();
            list.add(switch (kind) {
                case LABEL -> new LabelDefinition(readString(in), readLabel(in, page), XrefDomain.readPlace(in),
                        in.readBoolean());
                case OBJECT -> new ObjectDefinition(readString(in), readLabel(in, page));
                case CITATION -> new CitationDefinition(readString(in), readString(in), readLabel(in, page),
                        XrefDomain.readPlace(in));
                case TERM -> new TermDefinition(readString(in), readLabel(in, page));
                case DOMAIN -> {
                    String name = readString(in);
                    XrefDomain domain = domains.get(name);
                    if (domain == null) {
                        throw new IOException("no domain " + name + " in this build");
                    }
                    yield new DomainDeclarations(name, domain.restore(page, in));
                }
                default -> throw new IOException("bad definition kind " + kind);
            });
        }
        return PageDefinitions.of(page, list);
    }

    // the labels of a summary are the page's own
    private static void writeLabel(DataOutputStream out, Label label) throws IOException {
        writeString(out, label.anchor());
        writeString(out, label.title());
        Numbered numbered = label.numbered();
        out.writeBoolean(numbered != null);
        if (numbered != null) {
            writeString(out, numbered.figtype());
            out.writeInt(numbered.index());
            writeString(out, numbered.name());
            out.writeBoolean(numbered.named());
            writeString(out, numbered.nameId());
        }
    }

    private static Label readLabel(DataInputStream in, Page page) throws IOException {
        String anchor = readString(in);
        String title = readString(in);
        Numbered numbered = in.readBoolean() ? new Numbered(readString(in), in.readInt(), readString(in),
                in.readBoolean(), readString(in)) : null;
        return new Label(page, anchor, title, numbered);
    }

    /** Writes a string or null, of any length. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a string written by {@link #writeString}. */
    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Writes a list of strings. */
    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    /** Reads a list written by {@link #writeStrings}. */
    static List<String> readStrings(DataInputStream in) throws IOException {
        int count = count(in);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return List.copyOf(strings);
    }

    // a count of items that each take at least a byte
    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}
