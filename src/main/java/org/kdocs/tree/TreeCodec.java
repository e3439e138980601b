package org.kdocs.tree;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of a document tree, so that a site build can keep a
 * read document between runs (what Sphinx's pickled doctrees are for). It
 * keeps everything pformat shows and what later phases look up: node types
 * with their categories, attributes in their order, rawsource, source and
 * line, pending details, the document's ids, nameids, nametypes and
 * dependencies. Parse-time bookkeeping (refnames, footnotes, pendings) is
 * not kept: it is finished once the transforms have run.
 *
 * <p>Values other than String, Integer, Long, Double, Boolean, null, lists,
 * maps and nodes cannot be written; {@link #write} then throws.
 */
public final class TreeCodec {
    private static final int MAGIC = 0x6b444f43; // "kDOC"
    private static final int VERSION = 1;
    private static final byte TEXT = 1;
    private static final byte ELEMENT = 2;
    private static final byte PENDING = 3;
    private static final byte V_NULL = 0;
    private static final byte V_STRING = 1;
    private static final byte V_INT = 2;
    private static final byte V_BOOLEAN = 3;
    private static final byte V_LIST = 4;
    private static final byte V_LONG = 5;
    private static final byte V_DOUBLE = 6;
    private static final byte V_NODE = 7;
    private static final byte V_MAP = 8;

    private TreeCodec() {
    }

    /** Writes the document; throws IOException for a value this form cannot hold. */
    public static void write(Document document, DataOutputStream out) throws IOException {
        // encoded in memory and handed over at once: the caller's streams (buffered, digesting) lock and
        // digest per call, and a doctree is many small writes (they were a fifth of a kernel build's CPU)
        ByteArrayOutput bytes = new ByteArrayOutput(8192);
        writeDocument(document, new DataOutputStream(bytes));
        bytes.writeTo(out);
    }

    /** The bytes {@link #write} writes for the document. */
    public static byte[] encode(Document document) throws IOException {
        ByteArrayOutput bytes = new ByteArrayOutput(8192);
        writeDocument(document, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static void writeDocument(Document document, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeString(out, document.getString("source"));
        writeString(out, document.idPrefix());
        writeString(out, document.autoIdPrefix());
        // the document-order index of each element that has an id: ids refer to nodes by it
        Numbering order = new Numbering(false);
        for (Element element : document.elementsById().values()) {
            order.indexes.put(element, -1);
        }
        order.number(document);
        writeElementBody(out, document, order);
        out.writeInt(document.elementsById().size());
        for (Map.Entry<String, Element> id : new java.util.TreeMap<>(document.elementsById()).entrySet()) {
            writeString(out, id.getKey());
            int index = order.indexes.get(id.getValue());
            out.writeInt(index);
            if (index < 0) {
                writeString(out, id.getValue().tagname());
            }
        }
        out.writeInt(document.nameIds().size());
        for (Map.Entry<String, String> name : document.nameIds().entrySet()) {
            writeString(out, name.getKey());
            writeString(out, name.getValue());
            Boolean explicit = document.nameTypes().get(name.getKey());
            out.writeByte(explicit == null ? 0 : explicit ? 2 : 1);
        }
        out.writeInt(document.dependencies().size());
        for (String dependency : document.dependencies()) {
            writeString(out, dependency);
        }
    }

    /** Reads a document written by {@link #write}; throws IOException when the data is not such a document. */
    public static Document read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a kdocs document tree of this version");
        }
        String source = readString(in);
        String idPrefix = readString(in);
        String autoIdPrefix = readString(in);
        Document document = new Document(source, Reporter.quiet(source), idPrefix, autoIdPrefix);
        Numbering numbering = new Numbering(true);
        numbering.number(document);
        readElementBody(in, document, numbering);
        List<Node> order = numbering.nodes;
        int ids = in.readInt();
        for (int i = 0; i < ids; i++) {
            String id = readString(in);
            int index = in.readInt();
            if (index < 0) {
                document.registerId(id, new Element(type(readString(in), EnumSet.noneOf(Category.class))));
            } else if (index < order.size() && order.get(index) instanceof Element element) {
                document.registerId(id, element);
            } else {
                throw new IOException("bad id reference " + index);
            }
        }
        int names = in.readInt();
        for (int i = 0; i < names; i++) {
            String name = readString(in);
            String id = readString(in);
            byte explicit = in.readByte();
            document.registerName(name, id, explicit == 0 ? null : explicit == 2);
        }
        int dependencies = in.readInt();
        for (int i = 0; i < dependencies; i++) {
            document.noteDependency(readString(in));
        }
        return document;
    }

    /**
     * The document-order numbers of the nodes of the tree proper (not of nodes inside attribute
     * values), given as they are written or read: ids refer to elements by them. Numbering while
     * coding, instead of walking the tree apart, saves a walk of a large page per write and read.
     */
    private static final class Numbering {
        /** On write: the elements that have ids, with their numbers (-1 until met). */
        final Map<Node, Integer> indexes = new IdentityHashMap<>();
        /** On read: the nodes in document order. */
        final List<Node> nodes;
        private int next;

        Numbering(boolean reading) {
            nodes = reading ? new ArrayList<>() : null;
        }

        void number(Node node) {
            int index = next++;
            if (nodes != null) {
                nodes.add(node);
            } else if (indexes.containsKey(node)) {
                indexes.put(node, index);
            }
        }
    }

    private static void writeNode(DataOutputStream out, Node node, Numbering order) throws IOException {
        if (order != null) {
            order.number(node);
        }
        if (node instanceof Text text) {
            out.writeByte(TEXT);
            writeString(out, text.raw());
            writeString(out, text.source());
            out.writeInt(text.line());
            return;
        }
        Element element = (Element) node;
        if (element instanceof Document) {
            throw new IOException("a document inside a document");
        }
        if (element instanceof Pending pending) {
            out.writeByte(PENDING);
            writeString(out, pending.transform());
            writeValue(out, pending.details());
        } else {
            out.writeByte(ELEMENT);
        }
        writeString(out, element.tagname());
        int categories = 0;
        for (Category category : element.type().categories()) {
            categories |= 1 << category.ordinal();
        }
        out.writeInt(categories);
        writeElementBody(out, element, order);
    }

    private static void writeElementBody(DataOutputStream out, Element element, Numbering order) throws IOException {
        writeString(out, element.rawsource());
        out.writeBoolean(element.referenced());
        writeString(out, element.source());
        out.writeInt(element.line());
        out.writeInt(element.attributes().size());
        for (Map.Entry<String, Object> attribute : element.attributes().entrySet()) {
            writeString(out, attribute.getKey());
            writeValue(out, attribute.getValue());
        }
        out.writeInt(element.size());
        for (Node child : element.children()) {
            writeNode(out, child, order);
        }
    }

    private static Node readNode(DataInputStream in, Numbering order) throws IOException {
        byte kind = in.readByte();
        if (kind == TEXT) {
            Text text = new Text(readString(in));
            text.setSource(readString(in));
            text.setLine(in.readInt());
            if (order != null) {
                order.number(text);
            }
            return text;
        }
        if (kind != ELEMENT && kind != PENDING) {
            throw new IOException("bad node kind " + kind);
        }
        Element element;
        if (kind == PENDING) {
            String transform = readString(in);
            if (!(readValue(in) instanceof Map<?, ?> details)) {
                throw new IOException("pending details are not a map");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) details;
            element = new Pending(transform, typed);
            readString(in);
            in.readInt();
        } else {
            String tagname = readString(in);
            int bits = in.readInt();
            Set<Category> categories = EnumSet.noneOf(Category.class);
            for (Category category : Category.values()) {
                if ((bits & 1 << category.ordinal()) != 0) {
                    categories.add(category);
                }
            }
            element = new Element(type(tagname, categories));
        }
        if (order != null) {
            order.number(element);
        }
        readElementBody(in, element, order);
        return element;
    }

    private static void readElementBody(DataInputStream in, Element element, Numbering order) throws IOException {
        element.setRawsource(readString(in));
        element.setReferenced(in.readBoolean());
        element.setSource(readString(in));
        element.setLine(in.readInt());
        element.attributes().clear();
        int attributes = in.readInt();
        for (int i = 0; i < attributes; i++) {
            String name = readString(in);
            element.attributes().put(name, readValue(in));
        }
        int children = in.readInt();
        for (int i = 0; i < children; i++) {
            Node child = readNode(in, order);
            String source = child.source();
            int line = child.line();
            element.add(child);
            child.setSource(source);
            child.setLine(line);
        }
    }

    private static NodeType type(String tagname, Set<Category> categories) throws IOException {
        if (tagname == null) {
            throw new IOException("element without a tag name");
        }
        NodeType known = NodeType.byName(tagname);
        return known != null ? known : NodeType.define(tagname, categories.toArray(new Category[0]));
    }

    /**
     * Writes a value of the kinds an attribute holds (null, String, Integer, Boolean, Long, Double,
     * List and Map of these, Node); throws IOException for any other. {@link #readValue} reads it back.
     */
    public static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(V_NULL);
        } else if (value instanceof String s) {
            out.writeByte(V_STRING);
            writeString(out, s);
        } else if (value instanceof Integer n) {
            out.writeByte(V_INT);
            out.writeInt(n);
        } else if (value instanceof Boolean b) {
            out.writeByte(V_BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof Long n) {
            out.writeByte(V_LONG);
            out.writeLong(n);
        } else if (value instanceof Double d) {
            out.writeByte(V_DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof List<?> list) {
            out.writeByte(V_LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(V_MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writeValue(out, entry.getKey());
                writeValue(out, entry.getValue());
            }
        } else if (value instanceof Node node) {
            out.writeByte(V_NODE);
            writeNode(out, node, null);
        } else {
            throw new IOException("cannot keep a value of " + value.getClass().getName());
        }
    }

    /** Reads a value written by {@link #writeValue}; a map comes back in its written order. */
    public static Object readValue(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        switch (kind) {
            case V_NULL:
                return null;
            case V_STRING:
                return readString(in);
            case V_INT:
                return in.readInt();
            case V_BOOLEAN:
                return in.readBoolean();
            case V_LONG:
                return in.readLong();
            case V_DOUBLE:
                return in.readDouble();
            case V_LIST: {
                int size = in.readInt();
                checkSize(size);
                List<Object> list = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    list.add(readValue(in));
                }
                return list;
            }
            case V_MAP: {
                int size = in.readInt();
                checkSize(size);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(readValue(in), readValue(in));
                }
                return map;
            }
            case V_NODE:
                return readNode(in, null);
            default:
                throw new IOException("bad value kind " + kind);
        }
    }

    // strings go as UTF-8, which carries surrogate pairs but turns a lone surrogate into '?'; such a string
    // goes as its UTF-16 code units, unchecked (the JDK's UTF-16 charset would replace it too). It is found by
    // counting question marks: scanning every character for surrogates cost 3% of a kernel build.
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int marks = questionMarks(bytes);
        if (marks > 0 && marks != questionMarks(s)) {
            out.writeByte(2);
            out.writeInt(2 * s.length());
            out.writeChars(s);
            return;
        }
        out.writeByte(1);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static int questionMarks(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == '?') {
                count++;
            }
        }
        return count;
    }

    private static int questionMarks(String s) {
        int count = 0;
        for (int i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) {
            count++;
        }
        return count;
    }

    private static String readString(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind == 0) {
            return null;
        }
        if (kind != 1 && kind != 2) {
            throw new IOException("bad string kind " + kind);
        }
        int length = in.readInt();
        checkSize(length);
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated string");
        }
        if (kind == 1) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        char[] units = new char[length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff);
        }
        return new String(units);
    }

    private static void checkSize(int size) throws IOException {
        if (size < 0 || size > 1 << 28) {
            throw new IOException("bad length " + size);
        }
    }
}
