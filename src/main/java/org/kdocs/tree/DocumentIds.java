package org.kdocs.tree;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids and names of one document's elements, as docutils.nodes.document keeps them (ids, nameids,
 * nametypes, id_counter) and gives them (set_id, set_name_id_map, set_duplicate_name_id, with
 * docutils' duplicate-name rules). {@link Document} offers them; only it changes them.
 */
final class DocumentIds {
    private final Reporter reporter;
    private final String idPrefix;
    private final String autoIdPrefix;
    final Map<String, Element> ids = new HashMap<>();
    /** Name to id; the id is null when the name is ambiguous (a duplicate). */
    final Map<String, String> nameids = new LinkedHashMap<>();
    /** Name to hyperlink type: true for explicit targets, false for implicit ones. */
    final Map<String, Boolean> nametypes = new HashMap<>();
    private final Map<String, Integer> idCounter = new HashMap<>();

    DocumentIds(Reporter reporter, String idPrefix, String autoIdPrefix) {
        this.reporter = reporter;
        this.idPrefix = idPrefix;
        this.autoIdPrefix = autoIdPrefix;
    }

    /** Gives the element an id (from its names, or generated) and registers it; returns the id. */
    String setId(Element node, Element msgnode, String suggestedPrefix) {
        if (!node.ids().isEmpty()) {
            String last = null;
            for (String id : node.ids()) {
                ids.putIfAbsent(id, node);
                if (ids.get(id) != node) {
                    Element msg = reporter.severe("Duplicate ID: \"" + id + "\".", null);
                    if (msgnode != null) {
                        msgnode.add(msg);
                    }
                }
                last = id;
            }
            return last;
        }
        String baseId = "";
        String id = "";
        boolean found = false;
        for (String name : node.names()) {
            baseId = idPrefix.isEmpty() ? Names.makeId(name) : Names.makeId("x" + name).substring(1);
            id = idPrefix + baseId;
            if (!baseId.isEmpty() && !ids.containsKey(id)) {
                found = true;
                break;
            }
        }
        if (!found) {
            String prefix;
            if (!baseId.isEmpty() && autoIdPrefix.endsWith("%")) {
                prefix = id + "-";
            } else {
                prefix = idPrefix + autoIdPrefix;
                if (prefix.endsWith("%")) {
                    String suggested = suggestedPrefix == null || suggestedPrefix.isEmpty()
                            ? Names.makeId(node.tagname()) : suggestedPrefix;
                    prefix = prefix.substring(0, prefix.length() - 1) + suggested + "-";
                }
            }
            do {
                int n = idCounter.merge(prefix, 1, Integer::sum);
                id = prefix + n;
            } while (ids.containsKey(id));
        }
        node.ids().add(id);
        ids.put(id, node);
        return id;
    }

    /** Maps the element's names to its id, applying docutils' duplicate-name rules. */
    void setNameIdMap(Element node, String id, Element msgnode, boolean explicit) {
        for (String name : List.copyOf(node.names())) {
            if (nameids.containsKey(name)) {
                setDuplicateNameId(node, id, name, msgnode, explicit);
            } else {
                nameids.put(name, id);
                nametypes.put(name, explicit);
            }
        }
    }

    private void setDuplicateNameId(Element node, String id, String name, Element msgnode, boolean explicit) {
        String oldId = nameids.get(name);
        boolean oldExplicit = nametypes.get(name);
        nametypes.put(name, oldExplicit || explicit);
        if (explicit) {
            if (oldExplicit) {
                Severity level = Severity.WARNING;
                if (oldId != null) {
                    Element oldNode = ids.get(oldId);
                    if (node.has("refuri")) {
                        Object refuri = node.get("refuri");
                        if (!oldNode.names().isEmpty() && oldNode.has("refuri")
                                && java.util.Objects.equals(oldNode.get("refuri"), refuri)) {
                            level = Severity.INFO;
                        }
                    }
                    if (level != Severity.INFO) {
                        oldNode.dupname(name);
                        nameids.put(name, null);
                    }
                }
                Element msg = reporter.messageAt(level, "Duplicate explicit target name: \"" + name + "\".", node);
                msg.backrefs().add(id);
                if (msgnode != null) {
                    msgnode.add(msg);
                }
                node.dupname(name);
            } else {
                nameids.put(name, id);
                if (oldId != null) {
                    ids.get(oldId).dupname(name);
                }
            }
        } else {
            if (oldId != null && !oldExplicit) {
                nameids.put(name, null);
                ids.get(oldId).dupname(name);
            }
            node.dupname(name);
        }
        if (!explicit || (!oldExplicit && oldId != null)) {
            Element msg = reporter.messageAt(Severity.INFO, "Duplicate implicit target name: \"" + name + "\".", node);
            msg.backrefs().add(id);
            if (msgnode != null) {
                msgnode.add(msg);
            }
        }
    }
}
