package org.kdocs.transforms;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;

/**
 * What a transform works on: the document, the settings, and the per-node
 * state docutils keeps in Python attributes outside the tree ({@code resolved},
 * {@code expect_referenced_by_name/id}, {@code multiply_indirect}).
 */
public final class TransformContext {
    private final Document document;
    private final TransformSettings settings;
    private final Set<Element> resolved = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> multiplyIndirect = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Map<String, Element>> expectedByName = new IdentityHashMap<>();
    private final Map<Element, Map<String, Element>> expectedById = new IdentityHashMap<>();

    public TransformContext(Document document, TransformSettings settings) {
        this.document = document;
        this.settings = settings;
    }

    public Document document() {
        return document;
    }

    public TransformSettings settings() {
        return settings;
    }

    public Reporter reporter() {
        return document.reporter();
    }

    public boolean isResolved(Element node) {
        return resolved.contains(node);
    }

    public void markResolved(Element node) {
        resolved.add(node);
    }

    boolean isMultiplyIndirect(Element node) {
        return multiplyIndirect.contains(node);
    }

    void setMultiplyIndirect(Element node, boolean on) {
        if (on) {
            multiplyIndirect.add(node);
        } else {
            multiplyIndirect.remove(node);
        }
    }

    /** Records that {@code source}'s referenced flag follows {@code node}'s, by name and id (target propagation). */
    void expectReferencedBy(Element node, Element source) {
        Map<String, Element> byName = expectedByName.computeIfAbsent(node, k -> new HashMap<>());
        Map<String, Element> byId = expectedById.computeIfAbsent(node, k -> new HashMap<>());
        for (String id : source.ids()) {
            byId.put(id, source);
        }
        for (String name : source.names()) {
            byName.put(name, source);
        }
        byName.putAll(expectedByName.getOrDefault(source, Map.of()));
        byId.putAll(expectedById.getOrDefault(source, Map.of()));
    }

    /** docutils Element.note_referenced_by: marks the node, and any target propagated into it, referenced. */
    public void noteReferencedBy(Element node, String name, String id) {
        node.setReferenced(true);
        Element byName = name == null ? null : expectedByName.getOrDefault(node, Map.of()).get(name);
        Element byId = id == null ? null : expectedById.getOrDefault(node, Map.of()).get(id);
        if (byName != null) {
            byName.setReferenced(true);
        }
        if (byId != null) {
            byId.setReferenced(true);
        }
    }
}
