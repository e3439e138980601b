package org.kdocs.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The skeleton of a new translation of a Markdown or AsciiDoc page, with the
 * header this project's translations of such pages carry: the original's
 * SPDX comment and page title, then {@code :Original:} and the translator
 * field (Markdown field lines under the title, AsciiDoc attribute entries
 * in the header) and the tree's disclaimer text (a block quote in Markdown,
 * a WARNING admonition in AsciiDoc), then the original's body to translate
 * in place. Code blocks stay as they are, as everything else does: neither
 * format has adornments to widen or labels to rename.
 */
final class ForeignSkeleton {
    private static final Pattern MARKDOWN_TITLE = Pattern.compile(" {0,3}# .*");
    private static final Pattern ASCIIDOC_TITLE = Pattern.compile("= .*");

    private ForeignSkeleton() {
    }

    static boolean handles(Path page) {
        String name = page.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".adoc");
    }

    static String of(TranslationLayout layout, Path original, String text, String translator) throws IOException {
        boolean markdown = original.getFileName().toString().endsWith(".md");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Pattern title = markdown ? MARKDOWN_TITLE : ASCIIDOC_TITLE;
        int at = 0; // the header goes after the title, or after leading comments when there is none
        while (at < lines.size() && (lines.get(at).isBlank() || lines.get(at).startsWith(markdown ? "<!--" : "//"))) {
            at++;
        }
        boolean titled = at < lines.size() && title.matcher(lines.get(at)).matches();
        int insert = titled ? at + 1 : at;
        String field = layout.originalField(original);
        String disclaimer = disclaimer(layout).orElse(null);
        List<String> header = new ArrayList<>();
        if (markdown) {
            header.addAll(List.of("", ":Original: " + field, "", ":" + layout.translatorField() + ": " + translator));
            if (disclaimer != null) {
                header.addAll(List.of("", "> " + disclaimer));
            }
            if (insert < lines.size() && !lines.get(insert).isBlank()) {
                header.add("");
            }
        } else {
            header.addAll(List.of(":Original: " + field, ":" + layout.translatorField() + ": " + translator));
            // attribute entries end the header; what followed the title directly (more entries) stays in it
            while (insert < lines.size() && lines.get(insert).startsWith(":")) {
                insert++;
            }
            if (disclaimer != null) {
                header.addAll(List.of("", "[WARNING]", disclaimer));
            }
            if (insert < lines.size() && !lines.get(insert).isBlank()) {
                header.add("");
            }
        }
        lines.addAll(insert, header);
        return String.join("\n", lines) + "\n";
    }

    // the text of the tree's disclaimer page: its paragraph lines joined (without a space between Chinese lines)
    private static Optional<String> disclaimer(TranslationLayout layout) throws IOException {
        for (String name : List.of("disclaimer-" + layout.language() + ".rst", "disclaimer.rst")) {
            Path file = layout.translationRoot().resolve(name);
            if (Files.isRegularFile(file)) {
                StringBuilder text = new StringBuilder();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith(":") && !s.startsWith("..")) {
                        boolean wide = !text.isEmpty() && text.charAt(text.length() - 1) >= '\u2E80'
                                && s.charAt(0) >= '\u2E80';
                        text.append(text.isEmpty() || wide ? "" : " ").append(s);
                    }
                }
                return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
            }
        }
        return Optional.empty();
    }
}
