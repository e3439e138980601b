package org.kdocs.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.kdocs.source.Confinement;
import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;
import org.kdocs.writers.html.Html;
import org.kdocs.writers.html.HtmlTranslator;

/**
 * Images and downloadable files of the site, as Sphinx's ImageCollector, DownloadFileCollector
 * and StandaloneHTMLBuilder handle them: every local image a page shows is copied into
 * {@code _images/} under its base name (a second file of the same name becomes name1.png,
 * name2.png...), and its {@code src} points there; every {@code :download:} target is copied to
 * {@code _downloads/<md5 of its path>/<name>}. A file that cannot be read gives Sphinx's warning
 * and keeps its link unresolved. Runs once per page, in page order, before the pages are written,
 * so the renaming is the same on every build; files go into the staging directory.
 */
final class Assets {
    /** A resized image linked to its full-size file (Sphinx's html_scaled_image_link). */
    static final NodeType SCALED_IMAGE_LINK = NodeType.define("scaled_image_link", Category.INLINE);
    // html builder's supported_image_types, best first, for "image.*"
    private static final List<String> GLOB_PREFERENCE = List.of(".svg", ".png", ".gif", ".jpg", ".jpeg");

    private final Path staging;
    private final PageOutputs outputs;
    private final BuildMemory memory;
    // where problems go: the build's, or those of the page being processed
    private Consumer<Warning> warn;
    // marks an image a figure conversion already pointed into _images/
    private static final String CONVERTED = "kdocs_converted";
    private final List<SiteExtension.FigureConversion> figures = new ArrayList<>();
    private final Trust trust;
    /** Source file to its name in _images/. */
    private final Map<Path, String> images = new HashMap<>();
    private final Set<String> imageNames = new HashSet<>();
    private final Set<Path> downloads = new HashSet<>();
    // what processing the current page did, for its record; null when no page is being processed
    private Recording recording;

    Assets(Path staging, Path previousOutput, List<SourceTree> trees, Trust trust, Consumer<Warning> warn,
           List<SiteExtension.FigureConverter> converters, PageOutputs outputs, BuildMemory memory) {
        this.staging = staging;
        this.outputs = outputs;
        this.memory = memory;
        this.warn = warn;
        this.trust = trust;
        SiteExtension.Images offered = images(previousOutput);
        for (SiteExtension.FigureConverter converter : converters) {
            figures.add(converter.start(trees, offered));
        }
    }

    private SiteExtension.Images images(Path previousOutput) {
        return new SiteExtension.Images() {
            @Override
            public byte[] read(Page page, Path file) throws IOException {
                return gate(page).read(file);
            }

            @Override
            public String uniqueName(String name) {
                return Assets.this.uniqueName(name);
            }

            @Override
            public Path path(String name) {
                return imagePath(name);
            }

            @Override
            public void show(Page page, Element image, String name) {
                image.set("uri", imageUri(page, name));
                image.set(CONVERTED, true);
            }

            @Override
            public String treeRelative(Page page, String target) {
                return Assets.treeRelative(page, target);
            }

            @Override
            public Path previousImages() {
                return previousOutput == null ? null : previousOutput.resolve("_images");
            }

            @Override
            public boolean keepPrevious(String name) {
                return outputs.keepPrevious("_images/" + name);
            }

            @Override
            public Trust trust() {
                return trust;
            }

            @Override
            public void warn(Page page, Element node, String message) {
                warn.accept(at(page, node, message));
            }

            @Override
            public void warn(Warning warning) {
                warn.accept(warning);
            }
        };
    }

    // an untrusted document may show and offer only files of its own tree, not /etc/passwd via ../.. or a link
    Confinement gate(Page page) {
        return trust.fileInsertionEnabled() ? Confinement.none() : Confinement.within(page.source().tree().root());
    }

    /** Whether the gate lets the file through; if not, the warning says why. */
    private boolean admitted(Page page, Element node, Path file, String what, String shown) {
        try {
            gate(page).check(file);
            return true;
        } catch (Confinement.Refused refused) {
            warn.accept(at(page, node, refused.outside()
                    ? what + " outside the source tree not copied (untrusted build)"
                    : what + " not readable: " + shown));
        } catch (IOException missing) {
            warn.accept(at(page, node, what + " not readable: " + shown));
        }
        return false;
    }

    /**
     * Copies what the page shows or offers and points its links at the copies; problems go to
     * {@code warnings}. One page at a time, in page order. Returns what it did, for a later build to
     * {@linkplain #replay do again}; null when that cannot be done without the doctree (a problem was
     * reported, or a conversion keeps no record).
     */
    Processing process(Page page, Consumer<Warning> warnings) throws IOException {
        Consumer<Warning> build = warn;
        Recording done = new Recording();
        warn = warning -> {
            done.warned = true;
            warnings.accept(warning);
        };
        recording = done;
        try {
            process(page);
            for (SiteExtension.FigureConversion conversion : figures) {
                String record = conversion.replayRecord();
                if (record == null) {
                    return null;
                }
                done.conversions.add(record);
            }
            return done.warned ? null : new Processing(List.copyOf(done.claims), List.copyOf(done.images),
                    List.copyOf(done.downloads), List.copyOf(done.conversions));
        } finally {
            warn = build;
            recording = null;
        }
    }

    /**
     * What processing a page did with files, in order: the names it asked of _images/ and the names it
     * got ({@code claims}, in pairs), the images it showed by their path relative to its tree, each with
     * its name in _images/ and whether it claimed it ("1") or found the file copied already ("0"), in
     * threes; the downloads it offered by their paths relative to its tree; one record per figure
     * conversion. The page's doctree, its tree and the trust are those of the build that made it.
     */
    record Processing(List<String> claims, List<String> images, List<String> downloads, List<String> conversions) {
    }

    private static final class Recording {
        final List<String> claims = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        final List<String> downloads = new ArrayList<>();
        final List<String> conversions = new ArrayList<>();
        boolean warned;
    }

    /**
     * Whether {@link #replay} would do for the page, without its doctree, what processing it did when
     * {@code done} was recorded: its conversions would make the same files of the same inputs, its
     * images and downloads are readable files as they were, and each name it claimed in _images/ is
     * still the answer (no page before it took the name). Changes nothing.
     */
    boolean canReplay(Page page, Processing done) {
        if (done.conversions().size() != figures.size()) {
            return false;
        }
        for (int i = 0; i < figures.size(); i++) {
            if (!figures.get(i).canReplay(page, done.conversions().get(i))) {
                return false;
            }
        }
        Confinement gate = gate(page);
        Map<Path, String> copiedHere = new HashMap<>();
        for (int i = 0; i + 2 < done.images().size(); i += 3) {
            Path file = imageFile(page, done.images().get(i));
            String name = done.images().get(i + 1);
            if (file == null || !gate.admits(file)) {
                return false;
            }
            String copied = images.containsKey(file) ? images.get(file) : copiedHere.get(file);
            if (done.images().get(i + 2).equals("1") ? copied != null : !name.equals(copied)) {
                return false;
            }
            copiedHere.put(file, name);
        }
        for (String relative : done.downloads()) {
            if (!gate.admits(treeFile(page, relative))) {
                return false;
            }
        }
        Set<String> claimedHere = new HashSet<>();
        for (int i = 0; i + 1 < done.claims().size(); i += 2) {
            String got = uniqueName(done.claims().get(i), name -> imageNames.contains(name) || claimedHere.contains(name));
            if (!got.equals(done.claims().get(i + 1))) {
                return false;
            }
            claimedHere.add(got);
        }
        return true;
    }

    /**
     * Does for the page what processing it did when {@code done} was recorded, once {@link #canReplay}
     * said it can: claims the same names in _images/ and copies the same files, without the doctree.
     */
    void replay(Page page, Processing done) throws IOException {
        for (int i = 0; i < figures.size(); i++) {
            figures.get(i).replay(page, done.conversions().get(i));
        }
        for (int i = 0; i + 2 < done.images().size(); i += 3) {
            if (done.images().get(i + 2).equals("1")) {
                Path file = imageFile(page, done.images().get(i));
                String name = uniqueName(file.getFileName().toString());
                if (!name.equals(done.images().get(i + 1))) {
                    throw new IllegalStateException(page.path() + ": replayed image " + file + " named " + name);
                }
                images.put(file, name);
                copy(gate(page), file, staging.resolve("_images").resolve(name));
            }
        }
        for (String relative : done.downloads()) {
            Path file = treeFile(page, relative);
            if (downloads.add(file)) {
                copy(gate(page), file, staging.resolve(downloadDirectory(page, relative) + file.getFileName()));
            }
        }
    }

    private static Path treeFile(Page page, String relative) {
        return page.source().tree().root().resolve(relative).normalize();
    }

    // the file an image's tree-relative path shows ("pic.*": the best candidate), or null
    private static Path imageFile(Page page, String relative) {
        Path file = treeFile(page, relative);
        try {
            return relative.endsWith(".*") ? bestCandidate(file) : file;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /**
     * Where the images of a processed page point, in document order: their names in _images/ depend on
     * the pages before it, so a page may show the same images under other names on the next build.
     */
    static List<String> imageLinks(Page page) {
        List<String> links = new ArrayList<>();
        for (Element image : page.document().findAll(NodeType.IMAGE)) {
            links.add(String.valueOf(image.getString("uri")));
        }
        return links;
    }

    private void process(Page page) throws IOException {
        for (SiteExtension.FigureConversion conversion : figures) {
            conversion.convert(page);
        }
        for (Element image : page.document().findAll(NodeType.IMAGE)) {
            if (!Boolean.TRUE.equals(image.get(CONVERTED))) {
                image(page, image);
            }
            image.remove(CONVERTED);
            linkScaled(image);
        }
        for (Element download : page.document().findAll(SphinxNodes.DOWNLOAD_REFERENCE)) {
            download(page, download);
        }
    }

    private void image(Page page, Element image) throws IOException {
        String uri = image.getString("uri");
        if (uri == null || uri.startsWith("data:") || uri.contains("://")) {
            return;
        }
        String relative = treeRelative(page, uri);
        Path file = treeFile(page, relative);
        if (relative.endsWith(".*")) {
            file = bestCandidate(file);
            if (file == null) {
                warn.accept(at(page, image, "a suitable image for html builder not found: " + relative));
                image.set("uri", relative);
                return;
            }
        }
        if (!admitted(page, image, file, "image file", relative)) {
            image.set("uri", relative); // Sphinx leaves the source-relative path
            return;
        }
        String name = images.get(file);
        boolean claimed = name == null;
        if (claimed) {
            name = uniqueName(file.getFileName().toString());
            images.put(file, name);
            copy(gate(page), file, staging.resolve("_images").resolve(name));
        }
        if (recording != null) {
            recording.images.addAll(List.of(relative, name, claimed ? "1" : "0"));
        }
        image.set("uri", Urls.relative(page.path(), "_images/" + encode(name)));
    }

    // "pic.*": the best of pic.svg, pic.png... that exists
    private static Path bestCandidate(Path glob) throws IOException {
        String stem = glob.getFileName().toString();
        stem = stem.substring(0, stem.length() - 1);
        if (!Files.isDirectory(glob.getParent())) {
            return null;
        }
        for (String ext : GLOB_PREFERENCE) {
            Path candidate = glob.resolveSibling(stem + ext.substring(1));
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Reserves {@code name} in _images/, renamed when taken (Sphinx's FilenameUniqDict). */
    String uniqueName(String name) {
        String unique = uniqueName(name, imageNames::contains);
        imageNames.add(unique);
        if (recording != null) {
            recording.claims.addAll(List.of(name, unique));
        }
        return unique;
    }

    // name, or name1, name2... before the extension: the first that is not taken
    private static String uniqueName(String name, java.util.function.Predicate<String> taken) {
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        String ext = dot <= 0 ? "" : name.substring(dot);
        String unique = name;
        for (int i = 1; taken.test(unique); i++) {
            unique = base + i + ext;
        }
        return unique;
    }

    /** Where a file named {@code name} in _images/ goes in the staging directory. */
    Path imagePath(String name) {
        return staging.resolve("_images").resolve(name);
    }

    /** The link from a page to a file in _images/. */
    static String imageUri(Page page, String name) {
        return Urls.relative(page.path(), "_images/" + encode(name));
    }

    // Sphinx links a resized image to the full-size file unless it is already a link
    private static void linkScaled(Element image) {
        if (image.get("scale") == null && image.get("width") == null && image.get("height") == null
                || image.parent() == null || image.parent().is(NodeType.REFERENCE)
                || image.classes().contains("no-scaled-link")) {
            return;
        }
        Element link = new Element(SCALED_IMAGE_LINK);
        link.set("href", image.getString("uri"));
        image.parent().replace(image, link);
        link.add(image);
    }

    private void download(Page page, Element node) throws IOException {
        String target = node.getString("reftarget");
        if (target == null) {
            return;
        }
        if (target.contains("://")) {
            node.set("href", target);
            node.set("external", true);
            return;
        }
        String relative = treeRelative(page, target);
        Path file = treeFile(page, relative);
        if (!admitted(page, node, file, "download file", file.toString())) {
            return;
        }
        String directory = downloadDirectory(page, relative);
        if (recording != null) {
            recording.downloads.add(relative);
        }
        if (downloads.add(file)) {
            copy(gate(page), file, staging.resolve(directory + file.getFileName()));
        }
        node.set("href", Urls.relative(page.path(), directory + encode(file.getFileName().toString())));
    }

    // _downloads/<md5 of the file's path in the site's trees>/
    private static String downloadDirectory(Page page, String relative) {
        return "_downloads/" + md5(page.source().tree().prefix() + relative) + "/";
    }

    /** The target's path relative to the page's source tree (Sphinx's relfn2path): "/x" from the root. */
    static String treeRelative(Page page, String target) {
        if (target.startsWith("/")) {
            return normalize(target.substring(1));
        }
        String docname = page.source().docname();
        int slash = docname.lastIndexOf('/');
        return normalize(slash < 0 ? target : docname.substring(0, slash + 1) + target);
    }

    // posixpath.normpath for a relative path: drops "." and folds "dir/.."
    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** A warning at the node's line, or the nearest enclosing line, in the page's source. */
    static Warning at(Page page, Element node, String message) {
        int line = 0;
        for (Node n = node; n != null && line == 0; n = n.parent()) {
            line = n.line();
        }
        return new Warning(page.source().file().toString(), line, Severity.WARNING, message);
    }

    /**
     * Copies a file the page shows into the site, or keeps the previous site's copy when it is the copy of
     * a file with the digest this one has now: a rebuild of the kernel's tree copied its 112 images (3 MB)
     * after every edit. A file outside the gate is not read, not even for its digest.
     */
    private void copy(Confinement gate, Path from, Path to) throws IOException {
        String digest = gate.admits(from) ? memory.digest(from, BuildCache::hashFile) : null;
        outputs.copySource(staging, staging.relativize(to).toString(), digest, () -> gate.read(from));
    }

    // urllib.parse.quote with its default safe "/": unreserved characters stay, the rest is %XX of UTF-8
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static String md5(String text) {
        return Digests.hex("MD5", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sphinx's download_reference: a download link around the literal, or the literal alone when missing. */
    static void renderDownload(Element e, HtmlTranslator out) {
        String href = e.getString("href");
        if (href != null) {
            String kind = Boolean.TRUE.equals(e.get("external")) ? "external" : "internal";
            out.open("a", null, "reference download " + kind, "download", "", "href", href);
        }
        for (Node child : e.children()) {
            if (child instanceof Element literal && literal.is(NodeType.LITERAL)) {
                out.raw("<code class=\"" + Html.attr(String.join(" ", literal.classes()))
                        + " docutils literal notranslate\">");
                protectedWords(literal.astext(), out);
                out.raw("</code>");
            } else {
                out.node(child);
            }
        }
        if (href != null) {
            out.raw("</a>");
        }
    }

    // Sphinx's literal text: each word in <span class="pre">, the spaces between kept
    private static void protectedWords(String text, HtmlTranslator out) {
        for (String token : text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)")) {
            if (token.isBlank()) {
                out.text(token);
            } else {
                out.raw("<span class=\"pre\">").text(token).raw("</span>");
            }
        }
    }

    static void renderScaledLink(Element e, HtmlTranslator out) {
        out.open("a", null, "reference internal image-reference", "href", e.getString("href"));
        out.children(e);
        out.raw("</a>");
    }
}
