package org.kdocs.kerneldoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What scripts/kernel-doc keeps in its file-level variables while it reads one C file: the comment
 * being gathered (sections, parameter descriptions), the declaration after it, and the items
 * produced so far. Some of the script's tables are never cleared between comments (the start
 * lines of parameters and sections, the anonymous-member flag); they are kept here the same way,
 * because the output depends on them.
 */
final class ScanState {
    /** The canonical section names of kernel-doc. */
    static final String SECTION_DEFAULT = "Description";
    static final String SECTION_INTRO = "Introduction";
    static final String SECTION_CONTEXT = "Context";
    static final String SECTION_RETURN = "Return";
    static final String UNDESCRIBED = "-- undescribed --";

    /** An @parameter reference in a section name (the script's $type_param). */
    static final Pattern TYPE_PARAM = PerlText.rx("\\@(\\w*((\\.\\w+)|(->\\w+))*(\\.\\.\\.)?)");

    int lineNo;
    final List<Item> items = new ArrayList<>();

    // the comment being read
    String declType = "";
    String identifier = "";
    String purpose = "";
    int declarationStartLine;
    String section = SECTION_DEFAULT;
    String contents = "";
    int newStartLine;
    String prototype = "";
    int braceCount;

    // what the comment documents, cleared after each declaration (reset_state)
    final Map<String, String> parameterDescs = new LinkedHashMap<>();
    final Map<String, String> parameterTypes = new HashMap<>();
    final List<String> parameterList = new ArrayList<>();
    final Map<String, String> sections = new HashMap<>();
    final List<String> sectionList = new ArrayList<>();
    String sectionCheck = "";
    String structActual = "";

    // never cleared within a file
    final Map<String, Integer> parameterDescLines = new HashMap<>();
    final Map<String, Integer> sectionLines = new HashMap<>();
    boolean anonStructUnion;

    void warn(String message) {
        warn(message, Item.ALWAYS);
    }

    /** emit_warning: "location: warning: message". */
    void warn(String message, Item.Gate gate) {
        items.add(new Item.Message(lineNo, "warning", message, gate));
    }

    /** An error, which also makes the script exit with a non-zero status. */
    void error(String message) {
        items.add(new Item.Message(lineNo, "error", message, Item.ALWAYS));
    }

    /** dump_section: files the gathered text under a parameter or a section name. */
    void dumpSection(String name, String text) {
        Matcher param = TYPE_PARAM.matcher(name);
        if (param.find()) {
            String parameter = param.group(1);
            parameterDescs.put(parameter, text);
            sectionCheck = sectionCheck + parameter + " ";
            parameterDescLines.put(parameter, newStartLine);
            newStartLine = 0;
        } else if (name.equals("@...")) {
            parameterDescs.put("...", text);
            sectionCheck = sectionCheck + "... ";
            parameterDescLines.put("...", newStartLine);
            newStartLine = 0;
        } else if (sections.containsKey(name) && !sections.get(name).isEmpty()) {
            // only a section the writer named twice is worth a warning
            if (!name.equals(SECTION_DEFAULT)) {
                warn("duplicate section name '" + name + "'\n");
            }
            sections.put(name, sections.get(name) + text);
        } else {
            sections.put(name, text);
            sectionList.add(name);
            sectionLines.put(name, newStartLine);
            newStartLine = 0;
        }
    }

    /** The sections of the current comment, as the output functions will read them. */
    List<Item.Section> sectionSnapshot() {
        List<Item.Section> out = new ArrayList<>(sectionList.size());
        for (String name : sectionList) {
            out.add(new Item.Section(name, sections.get(name), sectionLines.get(name)));
        }
        return List.copyOf(out);
    }

    /**
     * The parameters or members of the current declaration as the output functions read them:
     * type by the name as listed, description and first line by the name without "[...]".
     */
    List<Item.Param> paramSnapshot() {
        List<Item.Param> out = new ArrayList<>(parameterList.size());
        for (String param : parameterList) {
            String key = ParameterLists.withoutIndex(param);
            out.add(new Item.Param(param, parameterTypes.get(param), parameterDescs.get(key),
                    parameterDescLines.get(key)));
        }
        return List.copyOf(out);
    }

    /** reset_state, after a declaration has been dumped. */
    void reset() {
        parameterDescs.clear();
        parameterTypes.clear();
        parameterList.clear();
        sections.clear();
        sectionList.clear();
        sectionCheck = "";
        structActual = "";
        prototype = "";
    }

    /** What the end of a DOC: block clears (less than reset_state: the section check survives). */
    void clearAfterDocBlock() {
        parameterDescs.clear();
        parameterTypes.clear();
        parameterList.clear();
        sections.clear();
        sectionList.clear();
        prototype = "";
    }
}
