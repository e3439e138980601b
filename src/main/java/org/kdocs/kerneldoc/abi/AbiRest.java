package org.kdocs.kerneldoc.abi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.kdocs.kerneldoc.PerlText;

/**
 * The ABI book as {@code scripts/get_abi.pl rest} writes it (create_labels and output_rest): a
 * label and a grid of names per symbol group, sections per path prefix, the description with
 * cross-references to other symbols and ABI files, then each file with the symbols it defines.
 */
final class AbiRest {
    private static final Pattern LABEL_SPECIALS = Pattern.compile("([\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xff])");
    private static final Pattern SYMBOL_SPECIALS = Pattern.compile("([\\x01-\\x08\\x0e-\\x1f\\x21-\\x2f\\x3a-\\x40\\x7b-\\xff])");
    private static final Pattern CONTENT_SPECIALS = Pattern.compile("([\\x00-\\x1f\\x21-\\x2f\\x3a-\\x40\\x7b-\\xff])");
    private static final Pattern TEXT_SPECIALS = Pattern.compile(
            "([\\x00-\\x08\\x0b-\\x1f\\x21-\\x2a\\x2d\\x2f\\x3c-\\x40\\x5c\\x5e-\\x60\\x7b-\\xff])");
    private static final Pattern PART = Pattern.compile("^(/?(?:[\\w\\-]+/?){1,2})");
    private static final Pattern TITLE_MARKUP = Pattern.compile("\\n[\\-\\*\\=\\^\\~]+\\n");
    private static final Pattern LITERAL_START = Pattern.compile("()::$", Pattern.UNIX_LINES);
    private static final Pattern COMMENT_OR_DIRECTIVE = Pattern.compile("^\\s*\\.\\.");
    private static final Pattern DOC_LINK = Pattern.compile("Documentation/(?!devicetree)(\\S+)\\.rst");
    private static final Pattern ABI_LINK = Pattern.compile("Documentation/ABI/([\\w/\\-]+)");
    private static final String START = "(^|\\s|\\()";
    private static final String BOUNDARY = "([,.:;\\)\\s]|\\z)";
    private static final Pattern XREF = Pattern.compile(START + "(/(sys|config|proc|dev|kvd)/[^,.:;\\)\\s]+)" + BOUNDARY);
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$", Pattern.UNIX_LINES);
    private static final Pattern ALL_SPACE = Pattern.compile("^\\s*$", Pattern.UNIX_LINES);
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final Pattern SEPARATOR = Pattern.compile(AbiFiles.WHAT_SEPARATOR);

    private final AbiFiles abi;
    private final StringBuilder out = new StringBuilder();

    private AbiRest(AbiFiles abi) {
        this.abi = abi;
    }

    /**
     * The book. {@code prefix} is the --dir value with a trailing slash (for the line markers);
     * {@code descriptionIsRst} is the script's --rst-source (the default).
     */
    static String write(AbiFiles abi, String prefix, boolean lineMarkers, boolean descriptionIsRst) {
        AbiRest rest = new AbiRest(abi);
        rest.createLabels();
        rest.output(prefix, lineMarkers, descriptionIsRst);
        return rest.out.toString();
    }

    /**
     * create_labels: "abi_" and the group's first symbol, lower case, other characters as "_". The
     * script breaks a tie with a random letter and visits the groups in Perl's hash order, so a tie
     * gives a different label at each run; here the groups go in file order and the letters come from
     * a fixed sequence, so a build is repeatable.
     */
    private void createLabels() {
        Set<String> taken = new HashSet<>();
        Random letters = new Random(0);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (AbiFiles.Entry entry : abi.data.values()) {
            if ("File".equals(entry.file) || entry.labelList == null || entry.labelList.isEmpty()) {
                continue;
            }
            String label = PerlText.lowerAscii("abi_" + entry.labelList.get(0)[1] + " ");
            label = LABEL_SPECIALS.matcher(label).replaceAll("_").replaceAll("_+", "_");
            if (label.endsWith("_")) {
                label = label.substring(0, label.length() - 1);
            }
            while (taken.contains(label)) {
                label += alphabet.charAt(letters.nextInt(alphabet.length()));
            }
            taken.add(label);
            entry.label = label;
        }
    }

    private static String escape(Pattern specials, String text) {
        return PerlText.replaceAll(specials, text, m -> "\\" + m.group(1));
    }

    private static String fileReference(String path) {
        return "abi_file_" + path.replaceFirst(".*/(.*/.*)", "$1").replaceAll("[/\\-]", "_");
    }

    private void output(String prefix, boolean lineMarkers, boolean descriptionIsRst) {
        List<Map.Entry<String, AbiFiles.Entry>> entries = new ArrayList<>(abi.data.entrySet());
        // the symbol groups first, then the files; each by name
        entries.sort((a, b) -> {
            boolean fileA = "File".equals(a.getValue().type);
            boolean fileB = "File".equals(b.getValue().type);
            return fileA != fileB ? (fileA ? 1 : -1) : a.getKey().compareTo(b.getKey());
        });
        String part = "";
        for (Map.Entry<String, AbiFiles.Entry> item : entries) {
            String what = item.getKey();
            AbiFiles.Entry entry = item.getValue();
            boolean isFile = "File".equals(entry.type);
            List<String> files = entry.file == null ? List.of() : PerlText.split(SPACE, entry.file);
            List<String> paths = entry.filepath == null ? List.of() : PerlText.split(SPACE, entry.filepath);
            if (lineMarkers) {
                out.append(".. LINENO ").append(prefix).append(files.isEmpty() ? "" : files.get(0)).append('#')
                        .append(entry.lineNo == null ? "" : entry.lineNo).append("\n\n");
            }
            if (!isFile) {
                String currentPart = what;
                Matcher m = PART.matcher(what);
                if (what.contains("/") && m.find()) {
                    currentPart = "Symbols under " + m.group(1);
                    if (currentPart.endsWith("/")) {
                        currentPart = currentPart.substring(0, currentPart.length() - 1);
                    }
                }
                if (!currentPart.isEmpty() && !part.equals(currentPart)) {
                    part = currentPart;
                    out.append(part).append('\n').append("-".repeat(part.length())).append("\n\n");
                }
                out.append(".. _").append(entry.label == null ? "" : entry.label).append(":\n\n");
                names(what);
            }
            for (int i = 0; i < paths.size(); i++) {
                String reference = fileReference(paths.get(i));
                if (isFile) {
                    out.append(".. _").append(reference).append(":\n\n");
                } else {
                    out.append("Defined on file :ref:`").append(i < files.size() ? files.get(i) : "").append(" <")
                            .append(reference).append(">`\n\n");
                }
            }
            if (isFile) {
                out.append(what).append('\n').append("-".repeat(what.length())).append("\n\n");
            }
            description(what, entry, descriptionIsRst);
            if (entry.symbols != null) {
                out.append("Has the following ABI:\n\n");
                for (String content : entry.symbols) {
                    AbiFiles.Symbol symbol = abi.symbols.get(content);
                    AbiFiles.Entry group = abi.data.get(symbol == null || symbol.xref == null ? "" : symbol.xref);
                    String label = group == null || group.label == null ? "" : group.label;
                    out.append("- :ref:`").append(escape(CONTENT_SPECIALS, content)).append(" <").append(label)
                            .append(">`\n\n");
                }
            }
            String users = entry.tags.get("users");
            if (users != null && !users.isEmpty()) {
                out.append("Users:\n\t").append(users.replace("\n", "\n\t")).append("\n\n");
            }
        }
    }

    // the symbols of a group in a one-column grid table, in bold
    private void names(String what) {
        List<String> names = new ArrayList<>();
        int width = 0;
        for (String name : PerlText.split(SEPARATOR, what)) {
            String bold = "**" + escape(SYMBOL_SPECIALS, name) + "**";
            names.add(bold);
            width = Math.max(width, bold.length());
        }
        String rule = "+-" + "-".repeat(width) + "-+\n";
        out.append(rule);
        for (String name : names) {
            out.append("| ").append(PerlText.padRight(name, width)).append(" |\n").append(rule);
        }
        out.append('\n');
    }

    private void description(String what, AbiFiles.Entry entry, boolean descriptionIsRst) {
        String desc = entry.description() == null ? "" : entry.description();
        Matcher trailing = TRAILING_SPACE.matcher(desc);
        if (trailing.find()) {
            desc = desc.substring(0, trailing.start()) + "\n";
        }
        if (ALL_SPACE.matcher(desc).find()) {
            if (!entry.isFile) {
                out.append("DESCRIPTION MISSING for ").append(what).append("\n\n");
            }
            return;
        }
        if (!descriptionIsRst) {
            plainDescription(desc);
            return;
        }
        desc = TITLE_MARKUP.matcher(desc).replaceAll("\n\n");
        StringBuilder text = new StringBuilder();
        int literalIndent = -1;
        for (String line : PerlText.lines(desc)) {
            // the script measures "indentation" as the truth value of a match: 1 or 0
            int spaces = !line.isEmpty() && PerlText.isSpace(line.charAt(0)) ? 1 : 0;
            if (literalIndent >= 0) {
                if (spaces > literalIndent) {
                    text.append(line);
                    continue;
                }
                literalIndent = -1;
            } else if (LITERAL_START.matcher(line).find() && !COMMENT_OR_DIRECTIVE.matcher(line).find()) {
                literalIndent = spaces;
            }
            text.append(crossReferences(line));
        }
        out.append(text).append("\n\n");
    }

    private String crossReferences(String line) {
        String d = DOC_LINK.matcher(line).replaceAll(":doc:`/$1`");
        List<String> abiFiles = new ArrayList<>();
        Matcher m = ABI_LINK.matcher(d);
        while (m.find()) {
            abiFiles.add(m.group(1));
        }
        for (String f : abiFiles) {
            String xref = f + " <" + fileReference(f) + ">";
            Pattern p = PerlText.rx("\\bDocumentation/ABI/" + f + "\\b");
            d = PerlText.replaceAll(p, d, ":ref:`" + xref + "`");
        }
        List<String> targets = new ArrayList<>();
        m = XREF.matcher(d);
        while (m.find()) {
            targets.add(m.group(2));
        }
        for (String s : targets) {
            AbiFiles.Entry target = abi.data.get(s);
            if (target == null || target.label == null) {
                continue;
            }
            String xref = ":ref:`" + escape(SYMBOL_SPECIALS, s) + " <" + target.label + ">`";
            try {
                Pattern p = PerlText.interpolated(START + s + BOUNDARY);
                d = PerlText.replaceAll(p, d, r -> r.group(1) + xref + r.group(r.groupCount()));
            } catch (PatternSyntaxException e) {
                // a symbol that is no valid pattern would have stopped the script; leave the line
            }
        }
        return d;
    }

    // --no-rst-source: the description as a literal block when it looks formatted, else escaped text
    private void plainDescription(String text) {
        String desc = PerlText.stripLeading(text);
        desc = TITLE_MARKUP.matcher(desc).replaceAll("\n\n");
        if (desc.contains(":\n") || Pattern.compile("\\n[\\t ]+").matcher(desc).find()
                || Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7b-\\xff]").matcher(desc).find()) {
            out.append("::\n\n").append(' ').append(desc.replace("\n", "\n ")).append("\n\n");
        } else {
            out.append(escape(TEXT_SPECIALS, desc)).append("\n\n");
        }
    }
}
