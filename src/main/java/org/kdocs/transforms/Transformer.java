package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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

    /** A transformer without these default transforms (Sphinx drops the writer's message transforms). */
    public Transformer without(TransformKind... kinds) {
        List<TransformKind> fewer = new ArrayList<>(defaults);
        fewer.removeAll(List.of(kinds));
        return new Transformer(settings, fewer, known);
    }

    public TransformSettings settings() {
        return settings;
    }

    /** The queue for this document before any transform runs, in the order they will run. */
    public List<Queued> plan(Document document) {
        Run run = new Run(document);
        List<Queued> queue = new ArrayList<>();
        while (!run.queue.isEmpty()) {
            queue.add(run.queue.poll());
        }
        return queue;
    }

    /**
     * Transforms the document in place. Pending nodes that a transform
     * registers meanwhile join the queue, as in docutils. A message at the
     * halt level stops the run with {@link org.kdocs.tree.Reporter.Halt}.
     */
    public void apply(Document document) {
        TransformContext context = new TransformContext(document, settings);
        Consumer<Element> observer = document::noteTransformMessage;
        document.reporter().attachObserver(observer);
        try {
            Run run = new Run(document);
            while (!run.queue.isEmpty()) {
                Queued next = run.queue.poll();
                next.kind().transform().apply(context, next.pending());
                run.takeNewPendings();
            }
        } finally {
            document.reporter().detachObserver(observer);
        }
    }

    /** One run's queue: the registered pendings first, then the defaults, each with the next serial number. */
    private final class Run {
        final PriorityQueue<Queued> queue = new PriorityQueue<>(Comparator.comparing(Queued::key));
        private final Document document;
        private int serial;
        private int pendingsSeen;

        Run(Document document) {
            this.document = document;
            takeNewPendings();
            for (TransformKind kind : defaults) {
                queue.add(new Queued(key(kind.defaultPriority(), ++serial), kind, null));
            }
        }

        void takeNewPendings() {
            List<Document.PendingTransform> pendings = document.pendings();
            for (; pendingsSeen < pendings.size(); pendingsSeen++) {
                Document.PendingTransform registered = pendings.get(pendingsSeen);
                TransformKind kind = known.get(registered.node().transform());
                if (kind == null) {
                    continue;
                }
                int priority = registered.priority() >= 0 ? registered.priority() : kind.defaultPriority();
                queue.add(new Queued(key(priority, ++serial), kind, registered.node()));
            }
        }
    }

    // docutils sorts "%03d-%03d" strings, so a serial past 999 sorts as text does.
    private static String key(int priority, int serial) {
        return threeDigits(priority) + "-" + threeDigits(serial);
    }

    // String.format("%03d") without the formatter, which cost a transform run more than its sorting
    private static String threeDigits(int n) {
        String digits = Integer.toString(n);
        return n < 0 || digits.length() >= 3 ? String.format("%03d", n) : "000".substring(digits.length()) + digits;
    }
}
