package org.kdocs.site.ext.kernel;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.source.Confinement;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Node;
import org.kdocs.tree.PyText;

/**
 * maintainers-include (Documentation/sphinx/maintainers_include.py): the top-level MAINTAINERS file
 * rewritten as reStructuredText and read in place of the directive, as the kernel does. The heading
 * lines stay headings; the field descriptions under "Descriptions ..." become a line block, from
 * which the field names are learnt (the starred word of each "X: ..." line: M is "Mail", F "Files");
 * every subsystem entry becomes a section whose fields form a field list with those names, paths and
 * patterns (F, N, X, K) as literals and Documentation/*.rst paths as :doc: links. Each generated line
 * keeps the MAINTAINERS line it came from, so messages point into MAINTAINERS.
 */
final class MaintainersInclude implements Directive {
    private static final Pattern DOC_PATH = Pattern.compile("Documentation/([^\\s?*]*)\\.rst");
    private static final Pattern FIELD_LETTER = Pattern.compile("\\s(\\S):\\s");
    private static final Pattern STARRED = Pattern.compile("\\*([^*]+)\\*");
    private static final Pattern SUBSYSTEM_START = Pattern.compile("^[A-Z0-9]");
    private static final Set<String> LITERAL_FIELDS = Set.of("F", "N", "X", "K");
    private static final Set<String> COMMA_FIELDS = Set.of("M", "R", "L");
    private static final String FIELD_INDENT = "\t";

    private final Path srctree;

    MaintainersInclude(Path srctree) {
        this.srctree = srctree;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        if (!call.context().settings().fileInsertionEnabled()) {
            throw DirectiveError.warning("\"" + call.name() + "\" directive disabled.");
        }
        Path file = srctree.resolve("MAINTAINERS");
        call.context().document().noteDependency(file.toString());
        if (!Files.isRegularFile(file)) {
            throw DirectiveError.warning("maintainers-include: " + file + " missing");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Confinement.within(srctree).read(file))).toString();
        } catch (CharacterCodingException e) {
            throw DirectiveError.warning("maintainers-include: " + file + " is not UTF-8");
        } catch (IOException e) {
            throw DirectiveError.warning("maintainers-include: cannot read " + file + ": " + e.getMessage());
        }
        call.context().insertInput(toRst(PyText.splitlines(text), file.toString(),
                call.context().settings().tabWidth()), file.toString());
        return List.of();
    }

    /** The reStructuredText for the lines of a MAINTAINERS file, each line tagged with its origin. */
    static SourceLines toRst(List<String> lines, String source, int tabWidth) {
        Converter converter = new Converter(source, tabWidth);
        converter.emit(".. _maintainers:", 0);
        converter.emit("", 0);
        for (int i = 0; i < lines.size(); i++) {
            converter.line(lines.get(i), i);
        }
        converter.flushField(lines.size() - 1);
        return converter.out;
    }

    /** The kernel's line-by-line state machine: preamble, descriptions, list intro, subsystem entries. */
    private static final class Converter {
        private final String source;
        private final int tabWidth;
        final SourceLines out = new SourceLines();
        private boolean descriptions;
        private boolean maintainers;
        private boolean subsystems;
        private String fieldLetter;
        private final Map<String, String> fieldNames = new HashMap<>();
        private String previous;
        private String previousField = "";
        private final List<String> fieldContent = new ArrayList<>();
        private final List<Integer> fieldOrigins = new ArrayList<>();

        Converter(String source, int tabWidth) {
            this.source = source;
            this.tabWidth = tabWidth;
        }

        void emit(String line, int offset) {
            out.add(PyText.rstrip(SourceLines.expandTabs(line, tabWidth)), new SourceLines.Origin(source, offset));
        }

        void line(String raw, int offset) {
            if (descriptions && raw.startsWith("Maintainers")) {
                descriptions = false;
                emit("", offset);
            }
            if (maintainers && !subsystems && SUBSYSTEM_START.matcher(raw).find()) {
                subsystems = true;
            }
            String line = linkDocuments(PyText.rstrip(raw));
            if (descriptions) {
                description(line, offset);
            } else if (subsystems) {
                entryLine(line, offset);
            } else {
                emit(line, offset);
            }
            if (line.startsWith("----------") && previous != null) {
                descriptions |= previous.startsWith("Descriptions");
                maintainers |= previous.startsWith("Maintainers");
            }
            previous = line;
        }

        // each Documentation/NAME.rst becomes a :doc: link; maintainers.rst sits one directory down
        private static String linkDocuments(String line) {
            Matcher m = DOC_PATH.matcher(line);
            StringBuilder linked = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(linked, Matcher.quoteReplacement(
                        ":doc:`" + m.group(1) + " <../" + m.group(1) + ">`"));
            }
            m.appendTail(linked);
            return linked.toString();
        }

        // a line of the preformatted descriptions, kept as a line block; learns "X: ... *Name*"
        private void description(String line, int offset) {
            emit("| " + line.replace("\\", "\\\\"), offset);
            Matcher letter = FIELD_LETTER.matcher(line);
            if (letter.find()) {
                fieldLetter = letter.group(1);
            }
            if (fieldLetter != null && !fieldNames.containsKey(fieldLetter)) {
                Matcher name = STARRED.matcher(line);
                if (name.find()) {
                    fieldNames.put(fieldLetter, name.group(1));
                }
            }
        }

        private void entryLine(String line, int offset) {
            if (line.isEmpty()) {
                return;
            }
            if (line.length() < 2 || line.charAt(1) != ':') {
                // a subsystem name: a section title underlined with '~'
                flushField(offset);
                String heading = line.replaceAll("\\s+", " ");
                emit("", offset);
                emit(heading, offset);
                emit("~".repeat(heading.codePointCount(0, heading.length())), offset);
                previousField = "";
                return;
            }
            String field = line.substring(0, 1);
            String details = PyText.strip(line.substring(2));
            if (LITERAL_FIELDS.contains(field) && !details.contains(":doc:")) {
                details = "``" + details + "``";
            }
            if (field.equals(previousField) && COMMA_FIELDS.contains(field)) {
                int last = fieldContent.size() - 1;
                fieldContent.set(last, fieldContent.get(last) + ",");
            }
            if (!field.equals(previousField)) {
                flushField(offset);
                fieldContent.add(":" + fieldNames.getOrDefault(field, field) + ":");
                fieldOrigins.add(offset);
            }
            fieldContent.add(FIELD_INDENT + details);
            fieldOrigins.add(offset);
            previousField = field;
        }

        // the lines of the field being collected, then a blank line
        void flushField(int offset) {
            if (fieldContent.isEmpty()) {
                return;
            }
            for (int i = 0; i < fieldContent.size(); i++) {
                emit(fieldContent.get(i), fieldOrigins.get(i));
            }
            emit("", offset);
            fieldContent.clear();
            fieldOrigins.clear();
        }
    }
}
