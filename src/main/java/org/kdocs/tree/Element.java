package org.kdocs.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An element of the document tree (docutils.nodes.Element): a {@link NodeType},
 * attributes and an ordered list of children. The list attributes
 * {@code ids classes names dupnames backrefs} always exist, as in docutils.
 * Attribute values are String, Integer, Boolean, null or List&lt;String&gt;.
 */
public non-sealed class Element extends Node {
    /** Attributes that every element has as (possibly empty) lists. */
    public static final List<String> LIST_ATTRIBUTES = List.of("ids", "classes", "names", "dupnames", "backrefs");
    /** Attributes that may be moved to a replacement node (docutils basic_attributes). */
    public static final List<String> BASIC_ATTRIBUTES = List.of("ids", "classes", "names", "dupnames");

    private final NodeType type;
    private final Map<String, Object> attributes = new AttributeMap();
    private final ArrayList<Node> children = new ArrayList<>();
    // how many children are elements: a search skips the text-only children of leaf elements unseen
    private int elementChildren;
    private String rawsource;
    private boolean referenced;

    public Element(NodeType type) {
        this(type, "");
    }

    public Element(NodeType type, String rawsource) {
        this.type = Objects.requireNonNull(type);
        this.rawsource = rawsource == null ? "" : rawsource;
        for (String name : LIST_ATTRIBUTES) {
            attributes.put(name, new ArrayList<String>());
        }
        if (type.is(Category.FIXED_TEXT_ELEMENT)) {
            attributes.put("xml:space", "preserve");
        }
    }

    /** An element with children. */
    public static Element of(NodeType type, Node... children) {
        Element element = new Element(type);
        for (Node child : children) {
            element.add(child);
        }
        return element;
    }

    /** A text element holding one Text child (none when text is empty), as docutils' TextElement(rawsource, text). */
    public static Element text(NodeType type, String rawsource, String text) {
        Element element = new Element(type, rawsource);
        if (!text.isEmpty()) {
            element.add(new Text(text));
        }
        return element;
    }

    public NodeType type() {
        return type;
    }

    public String tagname() {
        return type.tagname();
    }

    public boolean is(NodeType other) {
        return type == other;
    }

    public boolean is(Category category) {
        return type.is(category);
    }

    public String rawsource() {
        return rawsource;
    }

    public void setRawsource(String rawsource) {
        this.rawsource = rawsource;
    }

    /** Set when something refers to this element, or when docutils marks it so to silence messages. */
    public boolean referenced() {
        return referenced;
    }

    public void setReferenced(boolean referenced) {
        this.referenced = referenced;
    }

    // ---- attributes

    public Map<String, Object> attributes() {
        return attributes;
    }

    public Object get(String name) {
        return attributes.get(name);
    }

    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    /** The attribute as a string, or null when absent. Non-string values are formatted as Python's str(). */
    public String getString(String name) {
        Object value = attributes.get(name);
        return value == null ? null : PyRepr.str(value);
    }

    public Element set(String name, Object value) {
        attributes.put(name, value);
        return this;
    }

    public Object remove(String name) {
        if (LIST_ATTRIBUTES.contains(name)) {
            List<String> old = list(name);
            attributes.put(name, new ArrayList<String>());
            return old;
        }
        return attributes.remove(name);
    }

    /** A mutable list attribute, created empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object value = attributes.get(name);
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        List<String> created = new ArrayList<>();
        if (value != null) {
            created.add(PyRepr.str(value));
        }
        attributes.put(name, created);
        return created;
    }

    public List<String> ids() {
        return list("ids");
    }

    public List<String> names() {
        return list("names");
    }

    public List<String> classes() {
        return list("classes");
    }

    public List<String> dupnames() {
        return list("dupnames");
    }

    public List<String> backrefs() {
        return list("backrefs");
    }

    /** Moves a name to dupnames (docutils.nodes.dupname). */
    public void dupname(String name) {
        dupnames().add(name);
        names().remove(name);
        referenced = true;
    }

    /** Copies ids, classes, names and dupnames from another element, appending to what is here. */
    public void updateBasicAttributes(Element other) {
        for (String name : BASIC_ATTRIBUTES) {
            for (String value : other.list(name)) {
                if (!list(name).contains(value)) {
                    list(name).add(value);
                }
            }
        }
    }

    // ---- children

    /** The children, read-only; change them through add, insert, remove and replace. */
    public List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    public int size() {
        return children.size();
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    public Node child(int index) {
        return children.get(index);
    }

    public int indexOf(Node child) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) == child) {
                return i;
            }
        }
        return -1;
    }

    public Element add(Node child) {
        setupChild(child);
        children.add(child);
        elementChildren += child instanceof Element ? 1 : 0;
        return this;
    }

    public Element addAll(List<? extends Node> nodes) {
        for (Node node : List.copyOf(nodes)) {
            add(node);
        }
        return this;
    }

    public void insert(int index, Node child) {
        setupChild(child);
        children.add(index, child);
        elementChildren += child instanceof Element ? 1 : 0;
    }

    public void insertAll(int index, List<? extends Node> nodes) {
        int at = index;
        for (Node node : List.copyOf(nodes)) {
            insert(at++, node);
        }
    }

    public void remove(Node child) {
        int index = indexOf(child);
        if (index >= 0) {
            removeAt(index);
        }
    }

    public Node removeAt(int index) {
        Node removed = children.remove(index);
        elementChildren -= removed instanceof Element ? 1 : 0;
        removed.parent = null;
        return removed;
    }

    public void clearChildren() {
        for (Node child : children) {
            child.parent = null;
        }
        children.clear();
        elementChildren = 0;
    }

    /** Replaces one child by a list of nodes (possibly empty). */
    public void replace(Node old, List<? extends Node> replacements) {
        int index = indexOf(old);
        if (index < 0) {
            throw new IllegalArgumentException("not a child: " + old);
        }
        removeAt(index);
        insertAll(index, replacements);
    }

    public void replace(Node old, Node replacement) {
        replace(old, List.of(replacement));
    }

    /** Replaces this element in its parent, moving its basic attributes to the new element (replace_self). */
    public void replaceSelf(Node replacement) {
        if (replacement instanceof Element element) {
            element.updateBasicAttributes(this);
        }
        parent.replace(this, replacement);
    }

    // docutils setup_child: a child inherits the document's current source and line.
    private void setupChild(Node child) {
        if (child.parent != null && child.parent != this) {
            child.parent.remove(child);
        }
        child.parent = this;
        Document document = document();
        if (document != null) {
            if (child.source() == null) {
                child.setSource(document.currentSource());
            }
            if (child.line() == 0 && document.currentLine() > 0) {
                child.setLine(document.currentLine());
            }
        }
    }

    /** Index of the first child whose type is not one of these, or -1. */
    public int firstChildNotMatching(Predicate<Node> skip) {
        for (int i = 0; i < children.size(); i++) {
            if (!skip.test(children.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first child matching, or -1. */
    public int firstChildMatching(Predicate<Node> match) {
        for (int i = 0; i < children.size(); i++) {
            if (match.test(children.get(i))) {
                return i;
            }
        }
        return -1;
    }

    // ---- traversal

    /** This element and all descendants in document order (pre-order), as a snapshot. */
    public List<Node> traverse() {
        List<Node> out = new ArrayList<>();
        preorder(out::add, null, null, null);
        return out;
    }

    /** All elements of this type in the subtree, this one included, in document order. */
    public List<Element> findAll(NodeType wanted) {
        List<Element> out = new ArrayList<>();
        preorder(null, wanted, null, out);
        return out;
    }

    /**
     * All elements in the subtree (this one included) matching the predicate, in document order.
     * A site build runs this on every page dozens of times, so texts are skipped unseen.
     */
    public List<Element> findAll(Predicate<Element> wanted) {
        List<Element> out = new ArrayList<>();
        preorder(null, null, wanted, out);
        return out;
    }

    /** Visits this element and its descendants in document order without a snapshot (no deep recursion). */
    public void walk(Consumer<Node> visitor) {
        preorder(visitor, null, null, null);
    }

    /**
     * The pre-order walk behind walk, traverse and findAll: with a visitor, every node goes to it;
     * else the elements of {@code type}, or those {@code wanted}, go to {@code found}. A node is
     * visited before its children are looked at, so a visitor may change the children of the
     * node it visits. The path down is held in two arrays, not a deque of nodes or iterators, and
     * a search by type calls nothing per node: on the large generated pages of the kernel (ABI
     * books, kernel-doc), with some 45 walks per page, these walks were a third of their CPU (JFR).
     */
    private void preorder(Consumer<Node> visitor, NodeType type, Predicate<Element> wanted, List<Element> found) {
        Element[] parents = new Element[16];
        int[] nextIndex = new int[16];
        int depth = 0;
        Element at = this;
        int next = -1; // -1: this element itself, not yet visited
        while (true) {
            ArrayList<Node> kids = at.children;
            Node node;
            if (next < 0) {
                node = this;
                next = 0;
            } else if (next < kids.size()) {
                node = kids.get(next++);
            } else if (depth == 0) {
                return;
            } else {
                at = parents[--depth];
                next = nextIndex[depth];
                parents[depth] = null;
                continue;
            }
            if (visitor != null) {
                visitor.accept(node);
            }
            if (node instanceof Element element) {
                if (visitor == null && (type != null ? element.type == type : wanted.test(element))) {
                    found.add(element);
                }
                if (element != this && (visitor != null ? !element.children.isEmpty() : element.elementChildren > 0)) {
                    if (depth == parents.length) {
                        parents = Arrays.copyOf(parents, depth * 2);
                        nextIndex = Arrays.copyOf(nextIndex, depth * 2);
                    }
                    parents[depth] = at;
                    nextIndex[depth++] = next;
                    at = element;
                    next = 0;
                }
            }
        }
    }

    // ---- text and copies

    @Override
    public String astext() {
        String separator = type.is(Category.TEXT_ELEMENT) ? "" : "\n\n";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(children.get(i).astext());
        }
        return out.toString();
    }

    /** A copy of this element alone: attributes (lists copied) but no children. */
    public Element shallowCopy() {
        Element copy = newInstance();
        copyStateTo(copy);
        return copy;
    }

    /** Creates an empty element of the same class; subclasses with state override it. */
    protected Element newInstance() {
        return new Element(type, rawsource);
    }

    protected void copyStateTo(Element copy) {
        copy.rawsource = rawsource;
        copy.referenced = referenced;
        copy.setOrigin(this);
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            Object value = entry.getValue();
            copy.attributes.put(entry.getKey(), value instanceof List<?> list ? new ArrayList<>(list) : value);
        }
    }

    @Override
    public Element deepCopy() {
        Element copy = shallowCopy();
        for (Node child : children) {
            copy.children.add(child.deepCopy());
            copy.children.get(copy.children.size() - 1).parent = copy;
        }
        copy.elementChildren = elementChildren;
        return copy;
    }

    // ---- pseudo-XML

    /** The start tag as pformat prints it: attributes sorted, empty list attributes left out. */
    public String starttag() {
        StringBuilder out = new StringBuilder();
        appendStarttag(out);
        return out.toString();
    }

    private void appendStarttag(StringBuilder out) {
        out.append('<').append(type.tagname());
        // empty list attributes are left out before sorting: most elements have nothing else
        String[] names = new String[attributes.size()];
        int count = 0;
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            if (!(entry.getValue() instanceof List<?> list && list.isEmpty()
                    && LIST_ATTRIBUTES.contains(entry.getKey()))) {
                names[count++] = entry.getKey();
            }
        }
        Arrays.sort(names, 0, count);
        for (int i = 0; i < count; i++) {
            out.append(' ').append(names[i]).append("=\"").append(attributeText(attributes.get(names[i])))
                    .append('"');
        }
        out.append('>');
    }

    private static String attributeText(Object value) {
        if (value == null) {
            return "True";
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder();
            for (Object item : list) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(PyRepr.str(item).replace("\\", "\\\\").replace(" ", "\\ "));
            }
            return out.toString();
        }
        return PyRepr.str(value);
    }

    @Override
    void pformat(StringBuilder out, String indent, int level) {
        appendIndent(out, indent, level);
        appendStarttag(out);
        out.append('\n');
        for (Node child : children) {
            child.pformat(out, indent, level + 1);
        }
    }

    @Override
    public String toString() {
        return starttag();
    }
}
