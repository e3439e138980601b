package org.kdocs.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root element and its bookkeeping (docutils.nodes.document): ids and
 * names of targets with docutils' duplicate-name rules (kept in {@link DocumentIds}),
 * references waiting to be resolved, footnotes, citations, substitutions, pending
 * transforms and the messages produced while parsing and transforming.
 */
public final class Document extends Element {
    /** A pending node registered for a transform, with the transform's priority. */
    public record PendingTransform(Pending node, int priority) {
    }

    private final Reporter reporter;
    private final String idPrefix;
    private final String autoIdPrefix;
    private String currentSource;
    private int currentLine;

    // docutils.nodes.document's bookkeeping; read through the methods below, which give
    // unmodifiable views, and changed only by the note*/register* methods
    /** ids, nameids and nametypes, with set_id and set_name_id_map. */
    private final DocumentIds targets;
    private final Map<String, List<Element>> refnames = new LinkedHashMap<>();
    private final Map<String, List<Element>> refids = new LinkedHashMap<>();
    private final List<Element> indirectTargets = new ArrayList<>();
    private final Map<String, Element> substitutionDefs = new LinkedHashMap<>();
    /** Case-normalised substitution name to the name as defined. */
    private final Map<String, String> substitutionNames = new HashMap<>();
    private final Map<String, List<Element>> footnoteRefs = new LinkedHashMap<>();
    private final Map<String, List<Element>> citationRefs = new LinkedHashMap<>();
    private final List<Element> autofootnotes = new ArrayList<>();
    private final List<Element> autofootnoteRefs = new ArrayList<>();
    private final List<Element> symbolFootnotes = new ArrayList<>();
    private final List<Element> symbolFootnoteRefs = new ArrayList<>();
    private final List<Element> footnotes = new ArrayList<>();
    private final List<Element> citations = new ArrayList<>();
    private final List<Element> transformMessages = new ArrayList<>();
    private final List<PendingTransform> pendings = new ArrayList<>();
    private int autofootnoteStart = 1;
    private int symbolFootnoteStart = 0;
    private Element decoration;
    private final java.util.Set<String> dependencies = new java.util.LinkedHashSet<>();

    /**
     * @param source       the document's source path or description (its {@code source} attribute)
     * @param reporter     creates this document's system messages
     * @param idPrefix     docutils' id_prefix setting (default "")
     * @param autoIdPrefix docutils' auto_id_prefix setting (default "%")
     */
    public Document(String source, Reporter reporter, String idPrefix, String autoIdPrefix) {
        super(NodeType.DOCUMENT);
        this.reporter = reporter;
        this.idPrefix = idPrefix;
        this.autoIdPrefix = autoIdPrefix;
        this.targets = new DocumentIds(reporter, idPrefix, autoIdPrefix);
        set("source", source);
        setSource(source);
    }

    /** A document with docutils' default id settings. */
    public Document(String source, Reporter reporter) {
        this(source, reporter, "", "%");
    }

    public Reporter reporter() {
        return reporter;
    }

    @Override
    public Document document() {
        return this;
    }

    /**
     * The dependency noted by what gives another result at each reading (the
     * date directive): a build cache must read such a document every time.
     */
    public static final String UNREPEATABLE = "<unrepeatable>";

    /** The dependency on an environment variable (kernel-include's {@code $VAR}): its value, set or not. */
    public static String environmentDependency(String name) {
        return ENVIRONMENT + name;
    }

    /** What starts a dependency on an environment variable rather than a file. */
    public static final String ENVIRONMENT = "<env>";

    /** Records that reading this document read a file other than its source (Sphinx's env.note_dependency). */
    public void noteDependency(String path) {
        synchronized (dependencies) {
            dependencies.add(path);
        }
    }

    /** The files, besides its source, that reading this document read or looked for, in the order noted. */
    public java.util.Set<String> dependencies() {
        synchronized (dependencies) {
            return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(dependencies));
        }
    }

    String idPrefix() {
        return idPrefix;
    }

    String autoIdPrefix() {
        return autoIdPrefix;
    }

    public String currentSource() {
        return currentSource;
    }

    public int currentLine() {
        return currentLine;
    }

    /** Records where parsing is (note_source); offset is zero-based, -1 for none. */
    public void noteSource(String source, int offset) {
        this.currentSource = source;
        this.currentLine = offset + 1;
    }

    // ---- ids and names

    /** Gives the element an id (from its names, or generated) and registers it; returns the id. */
    public String setId(Element node, Element msgnode, String suggestedPrefix) {
        return targets.setId(node, msgnode, suggestedPrefix);
    }

    public String setId(Element node) {
        return setId(node, null, "");
    }

    /** Maps the element's names to its id, applying docutils' duplicate-name rules. */
    public void setNameIdMap(Element node, String id, Element msgnode, boolean explicit) {
        targets.setNameIdMap(node, id, msgnode, explicit);
    }

    public boolean hasName(String name) {
        return targets.nameids.containsKey(name);
    }

    public void noteImplicitTarget(Element target, Element msgnode) {
        String id = setId(target, msgnode, "");
        setNameIdMap(target, id, msgnode, false);
    }

    public void noteExplicitTarget(Element target, Element msgnode) {
        String id = setId(target, msgnode, "");
        setNameIdMap(target, id, msgnode, true);
    }

    public void noteRefname(Element node) {
        refnames.computeIfAbsent(node.getString("refname"), k -> new ArrayList<>()).add(node);
    }

    public void noteRefid(Element node) {
        refids.computeIfAbsent(node.getString("refid"), k -> new ArrayList<>()).add(node);
    }

    public void noteIndirectTarget(Element target) {
        indirectTargets.add(target);
        if (!target.names().isEmpty()) {
            noteRefname(target);
        }
    }

    public void noteAnonymousTarget(Element target) {
        setId(target);
    }

    public void noteAutofootnote(Element footnote) {
        setId(footnote);
        autofootnotes.add(footnote);
    }

    public void noteAutofootnoteRef(Element ref) {
        setId(ref);
        autofootnoteRefs.add(ref);
    }

    public void noteSymbolFootnote(Element footnote) {
        setId(footnote);
        symbolFootnotes.add(footnote);
    }

    public void noteSymbolFootnoteRef(Element ref) {
        setId(ref);
        symbolFootnoteRefs.add(ref);
    }

    public void noteFootnote(Element footnote) {
        setId(footnote);
        footnotes.add(footnote);
    }

    public void noteFootnoteRef(Element ref) {
        setId(ref);
        footnoteRefs.computeIfAbsent(ref.getString("refname"), k -> new ArrayList<>()).add(ref);
        noteRefname(ref);
    }

    public void noteCitation(Element citation) {
        citations.add(citation);
    }

    public void noteCitationRef(Element ref) {
        setId(ref);
        citationRefs.computeIfAbsent(ref.getString("refname"), k -> new ArrayList<>()).add(ref);
        noteRefname(ref);
    }

    public void noteSubstitutionDef(Element subdef, String defName, Element msgnode) {
        String name = Names.whitespaceNormalize(defName);
        if (substitutionDefs.containsKey(name)) {
            Element msg = reporter.messageAt(Severity.ERROR,
                    "Duplicate substitution definition name: \"" + name + "\".", subdef);
            if (msgnode != null) {
                msgnode.add(msg);
            }
            substitutionDefs.get(name).dupname(name);
        }
        substitutionDefs.put(name, subdef);
        substitutionNames.put(Names.fullyNormalize(name), name);
    }

    public void noteSubstitutionRef(Element subref, String refname) {
        subref.set("refname", Names.whitespaceNormalize(refname));
    }

    /** Registers a pending node for its transform; priority null means the transform's default. */
    public void notePending(Pending pending, Integer priority) {
        pendings.add(new PendingTransform(pending, priority == null ? -1 : priority));
    }

    public void noteTransformMessage(Element message) {
        transformMessages.add(message);
    }

    public List<Element> transformMessages() {
        return Collections.unmodifiableList(transformMessages);
    }

    /** Forgets the transform messages once they have been placed in the tree. */
    public void clearTransformMessages() {
        transformMessages.clear();
    }

    /** The pending nodes in the order registered; a live view, which grows while transforms run. */
    public List<PendingTransform> pendings() {
        return Collections.unmodifiableList(pendings);
    }

    // ---- lookups

    /** The element registered under this id, or null. */
    public Element elementById(String id) {
        return targets.ids.get(id);
    }

    public boolean hasId(String id) {
        return targets.ids.containsKey(id);
    }

    /** Every registered id with its element (a view). */
    public Map<String, Element> elementsById() {
        return Collections.unmodifiableMap(targets.ids);
    }

    /**
     * Registers an id for an element as it is, without setId's generation and
     * duplicate check: for ids made elsewhere (Sphinx anchors, a tree read back).
     */
    public void registerId(String id, Element element) {
        targets.ids.put(id, element);
    }

    public void unregisterId(String id) {
        targets.ids.remove(id);
    }

    /** The id a name refers to; null when the name is unknown or ambiguous. */
    public String idForName(String name) {
        return targets.nameids.get(name);
    }

    /** Every name with its id (null for an ambiguous one), in the order first noted (a view). */
    public Map<String, String> nameIds() {
        return Collections.unmodifiableMap(targets.nameids);
    }

    /** Whether an explicit target carries this name (docutils' nametypes[name]). */
    public boolean isExplicitName(String name) {
        return Boolean.TRUE.equals(targets.nametypes.get(name));
    }

    /** Every name with its hyperlink type, true for explicit (a view). */
    public Map<String, Boolean> nameTypes() {
        return Collections.unmodifiableMap(targets.nametypes);
    }

    /**
     * Registers a name as a reader of a finished tree found it, without the
     * duplicate-name rules; an explicit type adds to (ORs with) one noted before,
     * a null type notes none.
     */
    public void registerName(String name, String id, Boolean explicit) {
        targets.nameids.put(name, id);
        if (explicit != null) {
            targets.nametypes.merge(name, explicit, Boolean::logicalOr);
        }
    }

    /** Registers a name found as a dupname by a reader of a finished tree: ambiguous unless already known. */
    public void registerDuplicateName(String name, boolean explicit) {
        targets.nameids.putIfAbsent(name, null);
        targets.nametypes.merge(name, explicit, Boolean::logicalOr);
    }

    /** The references waiting for this refname (a view; empty when none). */
    public List<Element> referencesToName(String refname) {
        return view(refnames.get(refname));
    }

    /** The references noted with this refid (a view; empty when none). */
    public List<Element> referencesToId(String refid) {
        return view(refids.get(refid));
    }

    public List<Element> indirectTargets() {
        return Collections.unmodifiableList(indirectTargets);
    }

    /** The definition of a substitution by its whitespace-normalised name, or null. */
    public Element substitutionDefinition(String name) {
        return substitutionDefs.get(name);
    }

    public boolean hasSubstitutionDefinition(String name) {
        return substitutionDefs.containsKey(name);
    }

    /** The substitution name as defined, for its case-normalised form; null when none. */
    public String substitutionNameFor(String normalizedName) {
        return substitutionNames.get(normalizedName);
    }

    /** Registers a substitution definition as a reader of a finished tree found it, without the duplicate check. */
    public void registerSubstitutionDefinition(String name, Element subdef) {
        substitutionDefs.put(name, subdef);
        substitutionNames.put(Names.fullyNormalize(name), name);
    }

    /** The footnote references with this label (a view; empty when none). */
    public List<Element> footnoteReferencesTo(String label) {
        return view(footnoteRefs.get(label));
    }

    /** The citation references with this label (a view; empty when none). */
    public List<Element> citationReferencesTo(String label) {
        return view(citationRefs.get(label));
    }

    public List<Element> autofootnotes() {
        return Collections.unmodifiableList(autofootnotes);
    }

    public List<Element> autofootnoteRefs() {
        return Collections.unmodifiableList(autofootnoteRefs);
    }

    public List<Element> symbolFootnotes() {
        return Collections.unmodifiableList(symbolFootnotes);
    }

    public List<Element> symbolFootnoteRefs() {
        return Collections.unmodifiableList(symbolFootnoteRefs);
    }

    public List<Element> footnotes() {
        return Collections.unmodifiableList(footnotes);
    }

    public List<Element> citations() {
        return Collections.unmodifiableList(citations);
    }

    /** Registers a footnote as a reader of a finished tree found it (no id is given). */
    public void registerFootnote(Element footnote, FootnoteKind kind) {
        (kind == FootnoteKind.AUTONUMBERED ? autofootnotes : kind == FootnoteKind.SYMBOL ? symbolFootnotes : footnotes)
                .add(footnote);
    }

    /** Registers a numbered or symbol footnote reference as a reader of a finished tree found it. */
    public void registerFootnoteRef(Element ref, FootnoteKind kind) {
        if (kind != FootnoteKind.LABELLED) {
            (kind == FootnoteKind.AUTONUMBERED ? autofootnoteRefs : symbolFootnoteRefs).add(ref);
        }
    }

    /** How a footnote gets its label: numbered ([#]), a symbol ([*]) or written out. */
    public enum FootnoteKind { AUTONUMBERED, SYMBOL, LABELLED }

    /** The first number the next autonumbering pass gives (docutils' autofootnote_start). */
    public int autofootnoteStart() {
        return autofootnoteStart;
    }

    public void setAutofootnoteStart(int next) {
        autofootnoteStart = next;
    }

    /** The running index of the next symbol footnote (docutils' symbol_footnote_start), then advances it. */
    public int takeSymbolFootnoteIndex() {
        return symbolFootnoteStart++;
    }

    private static List<Element> view(List<Element> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** The document's decoration element, created after the titles and meta when first asked for. */
    public Element decoration() {
        if (decoration == null) {
            decoration = new Element(NodeType.DECORATION);
            int index = firstChildNotMatching(n -> n instanceof Element e
                    && (e.is(Category.TITULAR) || e.is(NodeType.META)));
            if (index < 0) {
                add(decoration);
            } else {
                insert(index, decoration);
            }
        }
        return decoration;
    }

    @Override
    protected Element newInstance() {
        return new Document(getString("source"), reporter, idPrefix, autoIdPrefix);
    }
}
