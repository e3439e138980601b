package org.kdocs.asciidoc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogRecord;
import org.kdocs.site.DocumentReader;
import org.kdocs.site.ForeignPages;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.Warning;
import org.kdocs.tree.Document;
import org.kdocs.tree.Severity;

/**
 * Reads AsciiDoc ({@code .adoc}, and {@code .txt} where the site says so)
 * through AsciidoctorJ: the document title and sections become the page's
 * sections, every other block is converted by Asciidoctor's HTML converter.
 * A man page (title {@code NAME(VOLUME)}, a NAME section) also records its
 * name, volume and purpose ({@link ManPage}). The Asciidoctor instance, whose
 * JRuby start-up costs seconds, is created on the first read only, once per
 * reader, so a site without AsciiDoc never pays for it (a build that surely
 * reads AsciiDoc starts it earlier: {@link #startEarly}, and before the reader
 * exists {@link #startStandardInstance}); then documents are
 * converted on it in parallel, each thread receiving its own document's
 * messages. Includes go through {@link ConfinedIncludes}: only files of the
 * source tree.
 */
public final class AsciidocReader implements DocumentReader {
    private static final java.util.Set<String> CODE_SUBSTITUTIONS = java.util.Set.of("specialcharacters", "callouts");
    private static final java.util.regex.Pattern CALLOUT = java.util.regex.Pattern.compile("<(\\d+|\\.)>");
    private final Supplier<Asciidoctor> factory;
    private final ConfinedIncludes includes = new ConfinedIncludes();
    private volatile Asciidoctor asciidoctor;
    private boolean rubyGems;
    private final ThreadLocal<Consumer<LogRecord>> messages = new ThreadLocal<>();
    // conversions share the instance; a conversion that failed is retried alone, in case sharing caused it
    private final ReadWriteLock sharing = new ReentrantReadWriteLock();

    /** A reader creating the standard instance, with the project macros, when first needed. */
    public AsciidocReader() {
        this(AsciidocReader::standardInstance);
    }

    /** A reader calling {@code factory} on its first read (tests observe when JRuby would start). */
    public AsciidocReader(Supplier<Asciidoctor> factory) {
        this.factory = factory;
    }

    /** Asciidoctor with the kdocs macros, started as {@link AsciidoctorStartup} explains. */
    public static Asciidoctor standardInstance() {
        return AsciidoctorStartup.start();
    }

    /**
     * Begins the start of the standard instance now, on a thread of its own, for a process that will
     * surely read AsciiDoc and has no reader yet: the first reader's start takes that instance
     * (waiting for it), so JRuby boots while the command line is parsed and the build set up.
     */
    public static void startStandardInstance() {
        AsciidoctorStartup.startInBackground();
    }

    /**
     * Starts Asciidoctor now, on a thread of its own, for a build that will read AsciiDoc: JRuby's
     * start-up (about a second of one core) then overlaps what the build does before its first
     * AsciiDoc read (option parsing, source discovery, the other formats). That read waits for the
     * start to finish; a start that failed is tried again there, and reported.
     */
    public void startEarly() {
        Thread starter = new Thread(() -> {
            try {
                instance(false);
            } catch (RuntimeException e) {
                // the first read starts it again and reports the failure with the page's name
            }
        }, "kdocs-asciidoctor-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Whether a build of {@code dirs} reads AsciiDoc for sure: one of them holds the marker of a
     * {@code .txt} AsciiDoc tree ({@value SiteBuilder#ASCIIDOC_MARKER}) or an {@code .adoc} file at its
     * top. Deeper AsciiDoc is found by the build itself, and starts Asciidoctor on its first read.
     */
    public static boolean readsAsciidoc(java.util.List<Path> dirs) {
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve(SiteBuilder.ASCIIDOC_MARKER))) {
                return true;
            }
            try (java.util.stream.Stream<Path> top = Files.list(dir)) {
                if (top.anyMatch(file -> file.getFileName().toString().endsWith(".adoc"))) {
                    return true;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // an unreadable directory: the build reports it
            }
        }
        return false;
    }

    /** Whether the Asciidoctor instance exists, i.e. JRuby was started by this reader. */
    public boolean started() {
        return asciidoctor != null;
    }

    @Override
    public String cacheKey() {
        return "asciidoc";
    }

    @Override
    public Document read(SourceDoc source, Consumer<Warning> warnings) {
        String text = DocumentReader.readText(source, warnings);
        return text == null ? null : convert(text, source, warnings);
    }

    /** The page for AsciiDoc {@code text} standing for {@code source} (the reading step, apart from the file). */
    public Document convert(String text, SourceDoc source, Consumer<Warning> warnings) {
        String location = source.file().toString();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("outfilesuffix", ".html");
        // an image embedded as a data: URI would be a file read outside the gate; locked off
        attributes.put("data-uri!", "");
        if (source.suffix().equals(".txt")) {
            // AsciiDoc Python syntax, as the man pages written in .txt use
            attributes.put("compat-mode", "");
        }
        Options options = Options.builder().safe(SafeMode.SAFE).baseDir(source.file().toAbsolutePath().getParent().toFile())
                .attributes(attributes).build();
        try {
            Asciidoctor instance = instance(text.contains("source-highlighter"));
            Document document;
            try {
                document = convert(instance, text, options, source, warnings, sharing.readLock());
            } catch (RuntimeException shared) {
                document = convert(instance, text, options, source, warnings, sharing.writeLock());
            }
            if (text.contains("include::")) {
                // an include may read any file of the tree: a rebuild looks at all of it
                document.noteDependency(source.tree().root().toAbsolutePath().normalize().toString());
            }
            return document;
        } catch (RuntimeException e) {
            warnings.accept(new Warning(location, 0, Severity.SEVERE, "AsciiDoc conversion failed: " + e.getMessage()));
            return null;
        }
    }

    // the instance, started on first use, with RubyGems loaded when a page needs it for a source highlighter
    private synchronized Asciidoctor instance(boolean needsRubyGems) {
        if (asciidoctor == null) {
            Asciidoctor created = factory.get();
            created.javaExtensionRegistry().includeProcessor(includes);
            // a first document, on this one thread, makes JRuby bind the include processor's Java class;
            // two pages binding it at once printed "already initialized constant ...IncludeProcessor"
            // (asciidoctorj#1158, as AsciidoctorStartup's warm-up explains)
            created.load("", Options.builder().safe(SafeMode.SAFE).build());
            created.registerLogHandler(record -> {
                Consumer<LogRecord> sink = messages.get();
                if (sink != null) {
                    sink.accept(record);
                }
            });
            asciidoctor = created;
        }
        if (needsRubyGems && !rubyGems) {
            AsciidoctorStartup.requireRubyGems(asciidoctor);
            rubyGems = true;
        }
        return asciidoctor;
    }

    private Document convert(Asciidoctor instance, String text, Options options, SourceDoc source,
                             Consumer<Warning> warnings, java.util.concurrent.locks.Lock lock) {
        String location = source.file().toString();
        java.util.List<Warning> found = new java.util.ArrayList<>();
        lock.lock();
        messages.set(message -> report(message, location, found::add));
        includes.begin(source.tree().root(), source.file().toAbsolutePath().getParent(), location, found::add);
        try {
            Document document = convert(instance.load(text, options), source);
            found.forEach(warnings);
            return document;
        } finally {
            includes.end();
            messages.remove();
            lock.unlock();
        }
    }

    private static Document convert(org.asciidoctor.ast.Document parsed, SourceDoc source) {
        ForeignPages.Builder page = ForeignPages.builder(source);
        String title = parsed.getDoctitle();
        // without a header Asciidoctor takes the first section's title as the document's: that
        // section is then the page title, and its siblings are top sections too, as in reStructuredText
        int titleLevel = title != null && !parsed.hasAttribute("doctitle") ? 0 : 1;
        if (titleLevel == 1) {
            page.section(1, title == null ? source.docname() : ForeignPages.plainText(title).strip(), null);
        }
        for (StructuralNode block : parsed.getBlocks()) {
            add(page, block, titleLevel);
        }
        Document document = page.document();
        ManPage.of(parsed).ifPresent(manPage -> manPage.record(document));
        return document;
    }

    // Asciidoctor's own warnings ("section title out of sequence", ...) become build warnings
    private static void report(LogRecord message, String location, Consumer<Warning> warnings) {
        Severity level = switch (message.getSeverity()) {
            case WARN -> Severity.WARNING;
            case ERROR -> Severity.ERROR;
            case FATAL -> Severity.SEVERE;
            default -> null;
        };
        if (level != null) {
            int line = message.getCursor() == null ? 0 : message.getCursor().getLineNumber();
            warnings.accept(new Warning(location, Math.max(0, line), level, message.getMessage()));
        }
    }

    // Asciidoctor's section levels start at 1 for "==", below the document title
    private static void add(ForeignPages.Builder page, StructuralNode block, int titleLevel) {
        if (block instanceof Section section) {
            page.section(titleLevel + section.getLevel(), ForeignPages.plainText(section.getTitle()).strip(),
                    section.getId());
            for (StructuralNode child : section.getBlocks()) {
                add(page, child, titleLevel);
            }
        } else if (isPlainCode(block)) {
            Object language = block.getAttribute("language");
            page.code(((Block) block).getSource(), language == null ? null : language.toString());
        } else {
            page.html(block.convert());
        }
    }

    // listing and literal blocks without title, callouts or substitutions beyond escaping look like the
    // site's own literal blocks; the others keep Asciidoctor's rendering
    private static boolean isPlainCode(StructuralNode block) {
        if (!(block instanceof Block code) || code.getTitle() != null
                || !block.getContext().equals("listing") && !block.getContext().equals("literal")) {
            return false;
        }
        return CODE_SUBSTITUTIONS.containsAll(code.getSubstitutions()) && !CALLOUT.matcher(code.getSource()).find();
    }
}
