package org.kdocs.site.ext.kernel.prestep;

import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.bold;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.bullet;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.field;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.headroom;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.inline;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.list;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.listInline;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.map;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.ref;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.required;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.sanitize;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.section;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.string;
import static org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.subsubsection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.site.ext.kernel.prestep.NetlinkSpecRst.BadSpec;
import org.kdocs.transforms.Truth;

/** The sections of a netlink spec page, one method per parse_* function of ynl-gen-rst.py. */
final class NetlinkSections {
    private NetlinkSections() {
    }

    /** parse_operations. */
    static String operations(List<?> operations, String namespace) throws BadSpec {
        List<String> preprocessed = List.of("name", "doc", "title", "do", "dump", "flags");
        List<String> linkable = List.of("fixed-header", "attribute-set");
        List<String> lines = new ArrayList<>();
        for (Object item : operations) {
            Map<String, Object> operation = map(item, "an operation");
            lines.add(section(namespace, "operation", PythonText.str(required(operation, "name"))));
            lines.add(string(required(operation, "doc"), "an operation's doc") + "\n");
            for (Map.Entry<String, Object> e : operation.entrySet()) {
                if (preprocessed.contains(e.getKey())) {
                    continue;
                }
                Object value = linkable.contains(e.getKey()) ? ref(namespace, e.getKey(), e.getValue()) : e.getValue();
                lines.add(field(e.getKey(), value, 0));
            }
            if (operation.containsKey("flags")) {
                lines.add(field("flags", listInline(list(operation.get("flags")), 0), 0));
            }
            if (operation.containsKey("do")) {
                lines.add(":do:");
                lines.add(doSection(map(operation.get("do"), "do"), 0));
            }
            if (operation.containsKey("dump")) {
                lines.add(":dump:");
                lines.add(doSection(map(operation.get("dump"), "dump"), 0));
            }
            lines.add("\n");
        }
        return String.join("\n", lines);
    }

    /** parse_do: request and reply as attribute lists, anything else (pre, post) as text. */
    private static String doSection(Map<String, Object> doDict, int level) throws BadSpec {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Object> e : doDict.entrySet()) {
            lines.add(headroom(level + 1) + bold(e.getKey()));
            if (e.getKey().equals("request") || e.getKey().equals("reply")) {
                lines.add(doAttributes(map(e.getValue(), e.getKey()), level + 1) + "\n");
            } else {
                lines.add(headroom(level + 2) + string(e.getValue(), e.getKey()) + "\n");
            }
        }
        return String.join("\n", lines);
    }

    /** parse_do_attributes. */
    private static String doAttributes(Map<String, Object> attrs, int level) throws BadSpec {
        if (!attrs.containsKey("attributes")) {
            return "";
        }
        return field("attributes", listInline(list(attrs.get("attributes")), 0), level + 1);
    }

    /** parse_entries: entries or members of a definition. */
    private static String entries(List<?> entries, int level) throws BadSpec {
        List<String> lines = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?>) {
                Map<String, Object> fields = map(entry, "an entry");
                String fieldName = PythonText.str(fields.getOrDefault("name", ""));
                if (fieldName.equals("pad")) {
                    continue;
                }
                Object type = fields.get("type");
                if (Truth.of(type)) {
                    fieldName += " (" + inline(type) + ")";
                }
                lines.add(field(fieldName, sanitize(fields.getOrDefault("doc", "")), level));
            } else if (entry instanceof List<?> items) {
                lines.add(listInline(items, level));
            } else {
                lines.add(bullet(inline(sanitize(entry)), level));
            }
        }
        lines.add("\n");
        return String.join("\n", lines);
    }

    /** parse_definitions. */
    static String definitions(List<?> definitions, String namespace) throws BadSpec {
        List<String> skipped = List.of("name", "entries", "members", "render-max");
        List<String> lines = new ArrayList<>();
        for (Object item : definitions) {
            Map<String, Object> definition = map(item, "a definition");
            lines.add(section(namespace, "definition", PythonText.str(required(definition, "name"))));
            for (Map.Entry<String, Object> e : definition.entrySet()) {
                if (!skipped.contains(e.getKey())) {
                    lines.add(field(e.getKey(), sanitize(e.getValue()), 0));
                }
            }
            lines.add("\n");
            if (definition.containsKey("entries")) {
                lines.add(":entries:");
                lines.add(entries(list(definition.get("entries")), 1));
            }
            if (definition.containsKey("members")) {
                lines.add(":members:");
                lines.add(entries(list(definition.get("members")), 1));
            }
        }
        return String.join("\n", lines);
    }

    /** parse_attr_sets. */
    static String attributeSets(List<?> sets, String namespace) throws BadSpec {
        List<String> skipped = List.of("name", "type", "checks");
        List<String> linkable = List.of("enum", "nested-attributes", "struct", "sub-message");
        List<String> lines = new ArrayList<>();
        for (Object item : sets) {
            Map<String, Object> set = map(item, "an attribute set");
            lines.add(section(namespace, "attribute-set", PythonText.str(required(set, "name"))));
            for (Object attrItem : list(required(set, "attributes"))) {
                Map<String, Object> attr = map(attrItem, "an attribute");
                String line = PythonText.str(required(attr, "name"));
                Object type = attr.get("type");
                if (Truth.of(type)) {
                    line += " (" + inline(type) + ")";
                }
                lines.add(subsubsection(line));
                for (Map.Entry<String, Object> e : attr.entrySet()) {
                    if (skipped.contains(e.getKey())) {
                        continue;
                    }
                    Object value = linkable.contains(e.getKey()) ? ref(namespace, e.getKey(), e.getValue())
                            : sanitize(e.getValue());
                    lines.add(field(e.getKey(), value, 0));
                }
                lines.add("\n");
            }
        }
        return String.join("\n", lines);
    }

    /** parse_sub_messages. */
    static String subMessages(List<?> messages, String namespace) throws BadSpec {
        List<String> lines = new ArrayList<>();
        for (Object item : messages) {
            Map<String, Object> message = map(item, "a sub-message");
            lines.add(section(namespace, "sub-message", PythonText.str(required(message, "name"))));
            for (Object formatItem : list(required(message, "formats"))) {
                Map<String, Object> format = map(formatItem, "a format");
                lines.add(bullet(bold(required(format, "value")), 0));
                for (String attr : List.of("fixed-header", "attribute-set")) {
                    if (format.containsKey(attr)) {
                        lines.add(field(attr, ref(namespace, attr, format.get(attr)), 1));
                    }
                }
                lines.add("\n");
            }
        }
        return String.join("\n", lines);
    }
}
