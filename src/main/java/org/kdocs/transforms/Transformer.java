package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Pending;

/**
 * Applies transforms to a parsed document in docutils' order
 * (docutils.transforms.Transformer): the pending nodes the parser registered
 * come first, then the default transforms; each gets a key
 * "priority-serial" (three digits each, as strings) and they run from the
 * smallest key, so equal priorities run in the order they were added.
 * Messages raised meanwhile are recorded as the document's transform messages.
 *
 * <pre>{@code
 * Transformer.standard(TransformSettings.defaults()).apply(document);
 * }</pre>
 */
public final class Transformer {
    /** A transform queued with its sort key and, for pending transforms, its pending node. */
    public record Queued(String key, TransformKind kind, Pending pending) {
    }

    private final TransformSettings settings;
    private final List<TransformKind> defaults;
    private final Map<String, TransformKind> known;

    private Transformer(TransformSettings settings, List<TransformKind> defaults, Map<String, TransformKind> known) {
        this.settings = settings;
        this.defaults = List.copyOf(defaults);
        this.known = Map.copyOf(known);
    }

    /** rst2pseudoxml.py's transforms. */
    public static Transformer standard(TransformSettings settings) {
        return new Transformer(settings, StandardTransforms.DEFAULTS, StandardTransforms.byName());
    }

    /** A transformer that also knows these transforms (for pending nodes, and as defaults when asked). */
    public Transformer with(TransformKind kind, boolean asDefault) {
        Map<String, TransformKind> more = new LinkedHashMap<>(known);
        more.put(kind.name(), kind);
        List<TransformKind> moreDefaults = new ArrayList<>(defaults);
        if (asDefault) {
            moreDefaults.add(kind);
        }
        return new Transformer(settings, moreDefaults, more);
    }

    public TransformSettings settings() {
        return settings;
    }

    /** The queue for this document, in the order the transforms will run. */
    public List<Queued> plan(Document document) {
        List<Queued> queue = new ArrayList<>();
        int serial = 0;
        for (Document.PendingTransform registered : document.pendings) {
            TransformKind kind = known.get(registered.node().transform());
            if (kind == null) {
                continue;
            }
            int priority = registered.priority() >= 0 ? registered.priority() : kind.defaultPriority();
            queue.add(new Queued(key(priority, ++serial), kind, registered.node()));
        }
        for (TransformKind kind : defaults) {
            queue.add(new Queued(key(kind.defaultPriority(), ++serial), kind, null));
        }
        queue.sort((a, b) -> a.key().compareTo(b.key()));
        return queue;
    }

    /**
     * Transforms the document in place. A message at the halt level stops the
     * run with {@link org.kdocs.tree.Reporter.Halt}, as in docutils.
     */
    public void apply(Document document) {
        TransformContext context = new TransformContext(document, settings);
        Consumer<Element> observer = document::noteTransformMessage;
        document.reporter().attachObserver(observer);
        try {
            for (Queued queued : plan(document)) {
                queued.kind().transform().apply(context, queued.pending());
            }
        } finally {
            document.reporter().detachObserver(observer);
        }
    }

    // docutils sorts "%03d-%03d" strings, so a serial past 999 sorts as text does.
    private static String key(int priority, int serial) {
        return String.format("%03d-%03d", priority, serial);
    }
}
