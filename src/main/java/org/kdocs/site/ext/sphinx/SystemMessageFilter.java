package org.kdocs.site.ext.sphinx;

import java.util.HashSet;
import java.util.Set;

import org.kdocs.site.SphinxConfig;
import org.kdocs.transforms.TransformKind;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * sphinx.transforms.FilterSystemMessages: docutils' system messages leave the page (they were
 * reported as warnings already); with {@code keep_warnings = True} those of level WARNING and above
 * stay. Where Sphinx then keeps a "problematic" mark linking to a removed message, the mark here
 * loses its link, so the page has no link to nowhere.
 */
final class SystemMessageFilter {
    private SystemMessageFilter() {
    }

    static TransformKind kind(SphinxConfig config) {
        // keep_warnings keeps WARNING and above; otherwise no message stays (null: none)
        Severity keepFrom = Boolean.TRUE.equals(config.values().get("keep_warnings")) ? Severity.WARNING : null;
        return new TransformKind("sphinx.transforms.FilterSystemMessages", 999, (context, pending) -> {
            Set<String> removed = new HashSet<>();
            for (Element message : context.document().findAll(NodeType.SYSTEM_MESSAGE)) {
                Severity level = Reporter.severityOf(message);
                if ((level == null || !level.reaches(keepFrom)) && message.parent() != null) {
                    removed.addAll(message.ids());
                    message.parent().remove(message);
                }
            }
            // the messages of transforms were never placed in the tree: their marks lose the link too
            Set<String> present = new HashSet<>();
            for (Element e : context.document().findAll(e -> !e.ids().isEmpty())) {
                present.addAll(e.ids());
            }
            for (Element problematic : context.document().findAll(NodeType.PROBLEMATIC)) {
                String refid = problematic.getString("refid");
                if (refid != null && (removed.contains(refid) || !present.contains(refid))) {
                    problematic.remove("refid");
                }
            }
        });
    }
}
