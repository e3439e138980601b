package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Names;
import org.kdocs.tree.PyRepr;
import org.kdocs.tree.PyText;

/**
 * The options a role accepts in the role directive, and the reading of the
 * option field list there (docutils' role option specs, class_option, and
 * the extension-option parsing of parse_directive_block). Errors are
 * thrown as {@link IllegalArgumentException} carrying docutils' wording.
 */
final class RoleOptions {
    private RoleOptions() {
    }

    /** Options of a role by canonical name: "class" always, "format" for raw, "language" for code. */
    static List<String> accepted(String canonicalName) {
        return switch (canonicalName == null ? "" : canonicalName) {
            case "raw" -> List.of("class", "format");
            case "code" -> List.of("class", "language");
            default -> List.of("class");
        };
    }

    /** docutils' class_option: the words of the value as identifiers. */
    static List<String> classOption(String value) {
        if (value == null) {
            throw new IllegalArgumentException("argument required but none supplied");
        }
        List<String> classes = new ArrayList<>();
        for (String word : PyText.split(value)) {
            String id = Names.makeId(word);
            if (id.isEmpty()) {
                throw new IllegalArgumentException("cannot make \"" + word + "\" into a class name");
            }
            classes.add(id);
        }
        return classes;
    }

    /**
     * Reads the directive lines after the role name: an option field list,
     * then nothing else (roles take no content).
     */
    static Map<String, Object> parse(List<String> lines, List<String> accepted) {
        List<String> block = new ArrayList<>(lines);
        while (!block.isEmpty() && PyText.isBlank(block.get(0))) {
            block.remove(0);
        }
        while (!block.isEmpty() && PyText.isBlank(block.get(block.size() - 1))) {
            block.remove(block.size() - 1);
        }
        int blank = 0;
        while (blank < block.size() && !PyText.isBlank(block.get(blank))) {
            blank++;
        }
        List<String> optionLines = block.subList(0, blank);
        boolean contentAfter = blank < block.size();
        int firstField = 0;
        while (firstField < optionLines.size() && fieldName(optionLines.get(firstField)) == null) {
            firstField++;
        }
        if (firstField > 0 || contentAfter) {
            throw new IllegalArgumentException("no content permitted");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        int i = 0;
        while (i < optionLines.size()) {
            String line = optionLines.get(i);
            String name = fieldName(line);
            if (name == null) {
                throw new IllegalArgumentException("invalid option block");
            }
            List<String> body = new ArrayList<>();
            String first = PyText.strip(line.substring(name.length() + 2));
            if (!first.isEmpty()) {
                body.add(first);
            }
            i++;
            while (i < optionLines.size() && PyText.isSpace(optionLines.get(i).codePointAt(0))) {
                body.add(PyText.strip(optionLines.get(i)));
                i++;
            }
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (PyText.split(name).size() != 1) {
                throw new IllegalArgumentException(
                        "invalid option data: extension option field name may not contain multiple words");
            }
            if (!accepted.contains(key)) {
                throw new IllegalArgumentException("unknown option: \"" + key + "\"");
            }
            if (options.containsKey(key)) {
                throw new IllegalArgumentException("invalid option data: duplicate option \"" + key + "\"");
            }
            String value = body.isEmpty() ? null : String.join("\n", body);
            try {
                options.put(key, convert(key, value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid option value: (option: \"" + key + "\"; value: "
                        + (value == null ? "None" : PyRepr.repr(value)) + ")\n" + e.getMessage());
            }
        }
        return options;
    }

    private static Object convert(String key, String value) {
        if (key.equals("class")) {
            return classOption(value);
        }
        return value == null ? "" : value;
    }

    /** The field name when the line starts an option field ({@code :name: value}), else null. */
    private static String fieldName(String line) {
        if (line.length() < 3 || line.charAt(0) != ':' || line.charAt(1) == ' ' || line.charAt(1) == ':') {
            return null;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ':' && line.charAt(i - 1) != ' '
                    && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return line.substring(1, i);
            }
        }
        return null;
    }
}
