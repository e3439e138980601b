package org.kdocs.asciidoc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.kdocs.site.ForeignPages;
import org.kdocs.tree.Document;

/**
 * What makes an AsciiDoc page a man page, read as Asciidoctor's manpage
 * doctype reads it (parser.rb, ManpageTitleVolnumRx and ManpageNamePurposeRx):
 * a title {@code NAME(VOLUME)} and a first section NAME whose first paragraph
 * is {@code name - purpose}. kdocs reads such pages as articles (their NAME
 * section stays on the page) and records name, volume and purpose on the
 * document for the man-page index ({@link ForeignPages#MAN_NAME} ...).
 *
 * @param name    the name(s) before the dash, e.g. "perf-record"
 * @param volume  the manual section, e.g. "1"
 * @param purpose the one-line description after the dash, as written (lines joined)
 */
record ManPage(String name, String volume, String purpose) {
    private static final Pattern TITLE = Pattern.compile("(.+?) *\\( *(.+?) *\\)");
    private static final Pattern NAME_PURPOSE = Pattern.compile("(.+?) +- +(.+)");

    static Optional<ManPage> of(org.asciidoctor.ast.Document parsed) {
        String title = parsed.getDoctitle();
        Matcher volume = TITLE.matcher(title == null ? "" : ForeignPages.plainText(title).strip());
        if (!parsed.hasAttribute("doctitle") || !volume.matches()) {
            return Optional.empty();
        }
        for (StructuralNode block : parsed.getBlocks()) {
            if (block instanceof Section section) {
                return nameSection(section).map(m -> new ManPage(m.group(1).strip(), volume.group(2), m.group(2).strip()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Matcher> nameSection(Section section) {
        if (!ForeignPages.plainText(section.getTitle()).strip().equalsIgnoreCase("name")) {
            return Optional.empty();
        }
        for (StructuralNode block : section.getBlocks()) {
            if (block instanceof Block paragraph && block.getContext().equals("paragraph")) {
                String text = paragraph.getSource().strip().replaceAll("\\s+", " ");
                Matcher m = NAME_PURPOSE.matcher(text);
                return m.matches() ? Optional.of(m) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    void record(Document document) {
        document.set(ForeignPages.MAN_NAME, name);
        document.set(ForeignPages.MAN_VOLUME, volume);
        document.set(ForeignPages.MAN_PURPOSE, purpose);
    }
}
