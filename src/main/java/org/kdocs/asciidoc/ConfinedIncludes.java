package org.kdocs.asciidoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.kdocs.site.Warning;
import org.kdocs.source.Confinement;
import org.kdocs.tree.Severity;

/**
 * AsciiDoc's {@code include::} read through the project's gate instead of by
 * Asciidoctor: Asciidoctor's SAFE mode checks the spelling of a path, not
 * where its symbolic links lead. The target is resolved against the
 * including file's directory and must lie, links resolved, inside the source
 * tree. The {@code lines} and {@code tag}/{@code tags} attributes select
 * parts as Asciidoctor does (tag names, no wildcards); {@code leveloffset}
 * is applied by Asciidoctor. Since Asciidoctor's own depth limit does not
 * apply to an include processor, this one keeps Asciidoctor's default depth
 * of 64 and a budget of includes per document, so that neither a cycle nor
 * a file that includes another twice per level runs for ever.
 */
final class ConfinedIncludes extends IncludeProcessor {
    static final int MAX_DEPTH = 64;
    static final int MAX_INCLUDES = 1024;

    /** The document being converted: where includes may come from, and where warnings go. */
    private record Conversion(Confinement gate, Path baseDir, String location, Consumer<Warning> warnings,
                              Map<String, Integer> depths, int[] count) {
    }

    // conversions run in parallel on one Asciidoctor instance, each on its own thread
    private final ThreadLocal<Conversion> conversions = new ThreadLocal<>();

    /** Starts a conversion on this thread. */
    void begin(Path treeRoot, Path baseDir, String location, Consumer<Warning> warnings) {
        conversions.set(new Conversion(Confinement.within(treeRoot), baseDir, location, warnings, new HashMap<>(),
                new int[1]));
    }

    void end() {
        conversions.remove();
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Conversion conversion = conversions.get();
        if (conversion == null) {
            return;
        }
        String from = reader.getFile() == null || reader.getFile().isEmpty() ? null : reader.getFile();
        String where = from == null ? conversion.location() : from;
        int line = Math.max(1, reader.getLineNumber() - 1);
        int depth = conversion.depths().getOrDefault(from, 0) + 1;
        if (depth > MAX_DEPTH) {
            warn(conversion, where, line, "maximum include depth of " + MAX_DEPTH + " exceeded");
            return;
        }
        if (++conversion.count()[0] > MAX_INCLUDES) {
            warn(conversion, where, line, "include limit of " + MAX_INCLUDES + " per document reached: include::"
                    + target + "[] skipped");
            return;
        }
        Path file;
        String text;
        try {
            String dir = reader.getDir();
            Path base = dir == null || dir.isEmpty() || dir.equals(".") ? conversion.baseDir() : Path.of(dir);
            file = base.resolve(target).normalize();
            text = new String(conversion.gate().read(file), StandardCharsets.UTF_8);
        } catch (Confinement.Refused refused) {
            warn(conversion, where, line, "include file outside the source tree not read: " + target);
            return;
        } catch (IOException | InvalidPathException e) {
            warn(conversion, where, line, "include file not found: " + target);
            return;
        }
        String selected = select(text, attributes);
        conversion.depths().merge(file.toString(), depth, Math::max);
        reader.pushInclude(selected, file.toString(), target, 1, attributes);
    }

    private static void warn(Conversion conversion, String where, int line, String message) {
        conversion.warnings().accept(new Warning(where, line, Severity.WARNING, message));
    }

    /** The lines the {@code lines} or {@code tag}/{@code tags} attribute selects, else the whole text. */
    static String select(String text, Map<String, Object> attributes) {
        List<String> lines = text.lines().toList();
        Object ranges = attributes.get("lines");
        Object tags = attributes.containsKey("tags") ? attributes.get("tags") : attributes.get("tag");
        List<String> kept;
        if (ranges != null) {
            kept = byLines(lines, ranges.toString());
        } else if (tags != null) {
            kept = byTags(lines, tags.toString());
        } else {
            return text;
        }
        return kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
    }

    // "1..5;8", "3..-1", "7", separated by ';' or ','
    private static List<String> byLines(List<String> lines, String spec) {
        List<String> kept = new ArrayList<>();
        for (String range : spec.split("[;,]")) {
            String r = range.strip();
            if (r.isEmpty()) {
                continue;
            }
            int dots = r.indexOf("..");
            try {
                int from = Integer.parseInt(dots < 0 ? r : r.substring(0, dots).strip());
                int to = dots < 0 ? from : r.substring(dots + 2).strip().isEmpty() ? -1
                        : Integer.parseInt(r.substring(dots + 2).strip());
                int last = to < 0 ? lines.size() : Math.min(to, lines.size());
                for (int i = Math.max(from, 1); i <= last; i++) {
                    kept.add(lines.get(i - 1));
                }
            } catch (NumberFormatException ignored) {
                // Asciidoctor ignores a range it cannot read
            }
        }
        return kept;
    }

    // the lines between "tag::NAME[]" and "end::NAME[]" of the named tags, tag lines left out
    private static List<String> byTags(List<String> lines, String spec) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : spec.split("[;,]")) {
            if (!name.isBlank()) {
                wanted.add(name.strip());
            }
        }
        List<String> kept = new ArrayList<>();
        Set<String> open = new LinkedHashSet<>();
        for (String line : lines) {
            String tag = marker(line, "tag::");
            String end = marker(line, "end::");
            if (tag != null) {
                open.add(tag);
            } else if (end != null) {
                open.remove(end);
            } else if (open.stream().anyMatch(wanted::contains)) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static String marker(String line, String kind) {
        int at = line.indexOf(kind);
        if (at < 0) {
            return null;
        }
        int close = line.indexOf("[]", at);
        return close < 0 ? null : line.substring(at + kind.length(), close);
    }
}
