package org.kdocs.site.ext.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.kdocs.site.Digests;
import org.kdocs.site.Page;
import org.kdocs.site.SiteExtension;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Trust;
import org.kdocs.site.Warning;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;

/**
 * The HTML side of the kernel's kfigure.py: a {@code .dot} file shown by kernel-image or
 * kernel-figure, and {@code kernel-render:: DOT} content, become SVG files in {@code _images/}
 * made by Graphviz's {@code dot -Tsvg}; {@code kernel-render:: SVG} content is written out as an
 * SVG file. Without dot (kfigure warns once, as its builder-inited check does) a DOT file is shown
 * as a literal block and kernel-render keeps its literal block; a failing dot run is a warning and
 * falls back the same way. SVG files are named by content (kernel-render's
 * {@code DOT-<sha1>.svg}; for files {@code <name>-<sha1>.svg}), so a rebuild copies the previous
 * site's file instead of running dot again. A page's record lists its figures (kind, content name,
 * name in _images/, whether it made the file or found it made, a DOT file's path in its tree), so a
 * rebuild in which the page comes out as before makes them again without its doctree.
 */
final class KernelFigures implements SiteExtension.FigureConversion {
    static final long DOT_TIMEOUT_SECONDS = 60;

    /** Starts the conversion of a build; it works on kernel-render blocks besides images. */
    record Converter(String dotCommand) implements SiteExtension.FigureConverter {
        @Override
        public SiteExtension.FigureConversion start(List<SourceTree> trees, SiteExtension.Images images) {
            return new KernelFigures(trees, images, dotCommand);
        }

        @Override
        public boolean converts(Element element) {
            return element.is(NodeType.LITERAL_BLOCK) && element.has(KernelDirectives.SRCLANG);
        }
    }

    private final SiteExtension.Images assets;
    private final Path previousImages;
    private final String dot;
    private final Trust trust;
    private final Consumer<Warning> warn;
    /** Content name to the name it got in _images/ in this build. */
    private final Map<String, String> made = new HashMap<>();
    // what converting the last page did, a line per figure, for its replay record; null when it cannot be replayed
    private List<String> done;

    KernelFigures(List<SourceTree> trees, SiteExtension.Images assets, String dotCommand) {
        this.assets = assets;
        this.previousImages = assets.previousImages();
        this.trust = assets.trust();
        this.dot = trust.runPrograms() ? Programs.locate(dotCommand) : null;
        this.warn = assets::warn;
        boolean kernelTrees = trees.stream().anyMatch(t -> KernelDirectives.isKernelTree(t.root()));
        if (kernelTrees && dot == null && trust.runPrograms()) {
            warn.accept(new Warning("", 0, Severity.WARNING,
                    "dot(1) not found, for better output quality install graphviz from https://www.graphviz.org"));
        }
    }

    /** Converts the page's kernel DOT images and kernel-render blocks. */
    @Override
    public void convert(Page page) throws IOException {
        done = new ArrayList<>();
        for (Element image : page.document().findAll(NodeType.IMAGE)) {
            String uri = image.getString("uri");
            if (image.remove(KernelDirectives.KFIGURE) != null && uri != null && uri.endsWith(".dot")) {
                dotFile(page, image, uri);
            }
        }
        for (Element block : page.document().findAll(NodeType.LITERAL_BLOCK)) {
            Object language = block.remove(KernelDirectives.SRCLANG);
            if (language != null) {
                render(page, block, language.toString());
            }
        }
    }

    // kfigure convert_image for a .dot file in HTML mode
    private void dotFile(Page page, Element image, String uri) throws IOException {
        String relative = assets.treeRelative(page, uri);
        Path file = page.source().tree().root().resolve(relative).normalize();
        byte[] bytes;
        try {
            bytes = assets.read(page, file);
        } catch (IOException unreadableOrRefused) {
            return; // Assets warns about the image
        }
        String stem = file.getFileName().toString();
        stem = stem.substring(0, stem.length() - ".dot".length());
        if (!trust.runPrograms()) {
            assets.warn(page, image, "dot(1) not run for " + uri + " (untrusted build)");
        }
        String contentName = stem + "-" + Digests.hex("SHA-1", bytes) + ".svg";
        boolean making = !made.containsKey(contentName);
        String name = dot == null ? null : svg(page, image, contentName, file, bytes);
        record(FILE, contentName, name, making, relative);
        if (name == null) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            image.replaceSelf(Element.text(NodeType.LITERAL_BLOCK, text, text));
            return;
        }
        assets.show(page, image, name);
    }

    // kfigure visit_kernel_render: the content becomes a file named by its SHA-1, then an image
    private void render(Page page, Element block, String language) throws IOException {
        String code = block.astext();
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        String hash = Digests.hex("SHA-1", bytes);
        String contentName = language + "-" + hash + ".svg";
        boolean making = !made.containsKey(contentName);
        String name;
        if (!trust.rawEnabled() || !trust.runPrograms()) {
            // inline SVG is raw markup, and DOT needs dot(1): an untrusted page keeps its literal block
            assets.warn(page, block, "kernel-render " + language + " not rendered (untrusted build)");
            name = null;
        } else if (language.equals("SVG")) {
            name = made.get("SVG-" + hash + ".svg");
            if (name == null) {
                name = assets.uniqueName("SVG-" + hash + ".svg");
                Files.createDirectories(assets.path(name).getParent());
                Files.write(assets.path(name), bytes);
                made.put("SVG-" + hash + ".svg", name);
            }
        } else if (language.equals("DOT") && dot != null) {
            name = svg(page, block, "DOT-" + hash + ".svg", null, bytes);
        } else {
            name = null;
        }
        record(language, contentName, name, making, "");
        if (name == null) {
            return;
        }
        Element image = new Element(NodeType.IMAGE);
        image.set("alt", block.getString("alt") == null ? "" : block.getString("alt"));
        assets.show(page, image, name);
        image.setLine(block.line());
        block.parent().replace(block, image); // not replaceSelf: the block's "highlight" class is no image's
    }

    // kinds of figure in a page's record, besides kernel-render's languages (DOT, SVG)
    private static final String FILE = "file";

    // a figure of the page converted to name (null: it stayed a literal block, which no record replays)
    private void record(String kind, String contentName, String name, boolean making, String relative) {
        if (done == null) {
            return;
        }
        if (name == null || relative.contains("\t") || relative.contains("\n")) {
            done = null;
        } else {
            done.add(String.join("\t", kind, contentName, name, making ? "1" : "0", relative));
        }
    }

    @Override
    public String replayRecord() {
        return done == null ? null : String.join("\n", done);
    }

    /**
     * Whether the figures in {@code record} would come out as they did: dot is still there, a DOT file
     * has the content it had, a figure found made is made by a page before this one again, and a figure
     * made here is in the previous site (an SVG, as it was) and made by no page before.
     */
    @Override
    public boolean canReplay(Page page, String record) {
        Map<String, String> madeHere = new HashMap<>();
        for (String line : record.isEmpty() ? new String[0] : record.split("\n")) {
            String[] figure = line.split("\t", -1);
            if (figure.length != 5) {
                return false;
            }
            String kind = figure[0];
            String contentName = figure[1];
            if (kind.equals("SVG") ? !trust.rawEnabled() || !trust.runPrograms() : dot == null
                    || kind.equals(FILE) && !contentName.equals(dotFileName(page, figure[4]))) {
                return false;
            }
            String madeBefore = made.containsKey(contentName) ? made.get(contentName) : madeHere.get(contentName);
            if (figure[3].equals("1")) {
                if (madeBefore != null || !previouslyMade(kind, contentName)) {
                    return false;
                }
                madeHere.put(contentName, figure[2]);
            } else if (!figure[2].equals(madeBefore)) {
                return false;
            }
        }
        return true;
    }

    // the content name of a DOT file of the page's tree as it is now, or null when it cannot be read
    private String dotFileName(Page page, String relative) {
        Path file = page.source().tree().root().resolve(relative).normalize();
        try {
            String stem = file.getFileName().toString();
            return stem.substring(0, stem.length() - ".dot".length()) + "-"
                    + Digests.hex("SHA-1", assets.read(page, file)) + ".svg";
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    // whether the previous site has the SVG: dot's output is taken as svg() takes it, an SVG's content is checked
    private boolean previouslyMade(String kind, String contentName) {
        Path file = previousImages == null ? null : previousImages.resolve(contentName);
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return !kind.equals("SVG")
                    || contentName.equals("SVG-" + Digests.hex("SHA-1", Files.readAllBytes(file)) + ".svg");
        } catch (IOException unreadable) {
            return false;
        }
    }

    @Override
    public void replay(Page page, String record) throws IOException {
        for (String line : record.isEmpty() ? new String[0] : record.split("\n")) {
            String[] figure = line.split("\t", -1);
            if (figure[3].equals("1")) {
                String name = assets.uniqueName(figure[1]);
                if (!name.equals(figure[2])) {
                    throw new IllegalStateException(page.path() + ": replayed figure " + figure[1] + " named " + name);
                }
                takePrevious(figure[1], name);
            }
        }
    }

    /** The _images/ name of the SVG for this DOT source, made now or copied from the last build; null on failure. */
    private String svg(Page page, Element node, String contentName, Path file, byte[] source) throws IOException {
        String done = made.get(contentName);
        if (done != null) {
            return done;
        }
        if (previousImages != null && Files.isRegularFile(previousImages.resolve(contentName))) {
            String name = assets.uniqueName(contentName);
            takePrevious(contentName, name);
            return name;
        }
        Path svgFile = Files.createTempFile("kdocs-dot", ".svg");
        try {
            if (!runDot(page, node, file, source, svgFile)) {
                return null;
            }
            String name = assets.uniqueName(contentName);
            Files.createDirectories(assets.path(name).getParent());
            Files.move(svgFile, assets.path(name));
            made.put(contentName, name);
            return name;
        } finally {
            Files.deleteIfExists(svgFile);
        }
    }

    // the previous site's figure of this content as this site's _images/ name: kept where it is when the name is
    // the same (a rebuild copied the kernel's 37 figures after every edit), else copied
    private void takePrevious(String contentName, String name) throws IOException {
        if (!name.equals(contentName) || !assets.keepPrevious(name)) {
            Files.createDirectories(assets.path(name).getParent());
            Files.copy(previousImages.resolve(contentName), assets.path(name), StandardCopyOption.REPLACE_EXISTING);
        }
        made.put(contentName, name);
    }

    // dot -Tsvg FILE, no shell, stdout to the target, with a time limit; inline source goes through a temp file
    private boolean runDot(Page page, Element node, Path file, byte[] source, Path target) throws IOException {
        List<String> shown = new ArrayList<>(List.of(dot, "-Tsvg"));
        if (file != null) {
            shown.add(file.toString());
        }
        Path input = file != null ? file : Files.write(Files.createTempFile("kdocs-render", ".dot"), source);
        Path errors = Files.createTempFile("kdocs-dot", ".err");
        Process process = null;
        try {
            try {
                process = new ProcessBuilder(dot, "-Tsvg", input.toString()).redirectOutput(target.toFile())
                        .redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .start();
            } catch (IOException e) {
                assets.warn(page, node, "cannot run " + String.join(" ", shown) + ": " + e.getMessage());
                return false;
            }
            if (!process.waitFor(DOT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                assets.warn(page, node, "timed out after " + DOT_TIMEOUT_SECONDS + " s when calling: "
                        + String.join(" ", shown));
                return false;
            }
            if (process.exitValue() != 0) {
                String detail = new String(Files.readAllBytes(errors), StandardCharsets.UTF_8).strip().lines()
                        .findFirst().map(line -> " (" + line + ")").orElse("");
                assets.warn(page, node, "Error #" + process.exitValue() + " when calling: "
                        + String.join(" ", shown) + detail);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running dot", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(errors);
            if (file == null) {
                Files.deleteIfExists(input);
            }
        }
    }

    private static File nullDevice() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }
}
