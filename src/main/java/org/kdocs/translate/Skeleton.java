package org.kdocs.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.LintedDocument;
import org.kdocs.lint.Title;
import org.kdocs.lint.TitleFixer;
import org.kdocs.lint.TitleScanner;

/**
 * The skeleton of a new translation, laid out as the kernel's zh_CN
 * translation guide asks: the SPDX line, the include of the tree's
 * disclaimer at the page's depth, {@code :Original:} and the translator
 * field, then the original's body to translate in place. Titles keep their
 * adornment characters, with the adornment made as wide as the title;
 * code, literal blocks and spec examples stay as they are; labels get the
 * language's prefix ({@code .. _cn_x:}), and references to them follow;
 * toctrees list only the pages that are translated already. Markdown and
 * AsciiDoc pages get their formats' header instead ({@link ForeignSkeleton}).
 */
public final class Skeleton {
    private static final Pattern SPDX = Pattern.compile("^\\.\\. SPDX-License-Identifier: *(.+)$");
    private static final Pattern LABEL = Pattern.compile("^(\\s*\\.\\. _)(`?)([^`:]+|[^`]+)\\2:\\s*$");
    private static final Pattern REF = Pattern.compile(":ref:`([^`<]*<)?([^`<>]+)(>?)`");

    private Skeleton() {
    }

    /**
     * The skeleton text of {@code original}. {@code translatedLabels} are labels (without prefix) that
     * translated pages already define with the prefix, so references to them are renamed too.
     */
    public static String of(TranslationLayout layout, Path original, String text, String translator,
            Set<String> translatedLabels) throws java.io.IOException {
        if (ForeignSkeleton.handles(original)) {
            return ForeignSkeleton.of(layout, original, text, translator);
        }
        LintedDocument doc = LintedDocument.of(original.toString(), text);
        List<Title> titles = TitleScanner.scan(doc);
        MarkupScan scan = MarkupScan.of(doc, titles);
        Set<String> renamed = new HashSet<>(translatedLabels);
        Set<Integer> labelLines = new HashSet<>();
        for (MarkupScan.Named label : scan.labels()) {
            renamed.add(label.name());
            labelLines.add(label.line());
        }
        Set<Integer> untranslatedEntries = TranslatedToctrees.untranslatedEntries(layout, original, doc, scan);
        List<String> lines = doc.rawLines();

        StringBuilder out = new StringBuilder();
        int first = 0;
        Matcher spdx = lines.isEmpty() ? null : SPDX.matcher(lines.get(0).replace("\uFEFF", ""));
        String license = "GPL-2.0";
        if (spdx != null && spdx.matches()) {
            license = spdx.group(1).strip();
            first = lines.size() > 1 && lines.get(1).isBlank() ? 2 : 1;
        }
        out.append(".. SPDX-License-Identifier: ").append(license).append('\n');
        disclaimer(layout, original).ifPresent(path -> out.append(".. include:: ").append(path).append('\n'));
        out.append('\n').append(":Original: ").append(layout.originalField(original)).append("\n\n");
        out.append(':').append(layout.translatorField()).append(":\n\n ").append(translator).append("\n\n");
        for (int i = first; i < lines.size(); i++) {
            if (untranslatedEntries.contains(i)) {
                continue;
            }
            String line = lines.get(i);
            Matcher label = LABEL.matcher(line);
            if (labelLines.contains(i) && label.matches()) {
                line = label.group(1) + label.group(2) + layout.labelPrefix() + label.group(3) + label.group(2) + ":";
            } else if (scan.kind(i) == MarkupScan.Kind.PROSE) {
                line = renameReferences(line, renamed, layout.labelPrefix());
            }
            out.append(line).append('\n');
        }
        LintedDocument skeleton = LintedDocument.of(original.toString(), out.toString());
        return TitleFixer.fix(skeleton, TitleScanner.scan(skeleton), false);
    }

    /** Adds a new translation to the translated index mirroring the original's index that lists it; says what it did. */
    public static String addToIndex(TranslationLayout layout, Path original) throws java.io.IOException {
        return TranslatedToctrees.addToIndex(layout, original);
    }

    /** Labels the translation tree defines with the language's prefix, without it. */
    public static Set<String> translatedLabels(TranslationLayout layout) throws java.io.IOException {
        Set<String> labels = new HashSet<>();
        if (!Files.isDirectory(layout.translationRoot())) {
            return labels;
        }
        try (var files = Files.walk(layout.translationRoot())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rst") && Files.isRegularFile(f)).toList()) {
                LintedDocument doc = LintedDocument.of(file.toString(), Files.readString(file));
                for (MarkupScan.Named label : MarkupScan.of(doc, TitleScanner.scan(doc)).labels()) {
                    if (label.name().startsWith(layout.labelPrefix())) {
                        labels.add(label.name().substring(layout.labelPrefix().length()));
                    }
                }
            }
        }
        return labels;
    }

    // the include line for the tree's disclaimer, relative to the translation's directory
    private static Optional<String> disclaimer(TranslationLayout layout, Path original) {
        Path translation = layout.translationOf(original);
        for (String name : List.of("disclaimer-" + layout.language() + ".rst", "disclaimer.rst")) {
            Path file = layout.translationRoot().resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(translation.getParent().relativize(file).toString().replace('\\', '/'));
            }
        }
        return Optional.empty();
    }

    private static String renameReferences(String line, Set<String> renamed, String prefix) {
        Matcher m = REF.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(2).strip();
            String replacement = m.group(0);
            if (renamed.contains(target)) {
                replacement = ":ref:`" + (m.group(1) == null ? "" : m.group(1)) + prefix + target + m.group(3) + "`";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
