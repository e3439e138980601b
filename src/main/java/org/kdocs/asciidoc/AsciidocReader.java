package org.kdocs.asciidoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.kdocs.site.DocumentReader;
import org.kdocs.site.ForeignPages;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.Warning;
import org.kdocs.tree.Document;

/**
 * Reads AsciiDoc ({@code .adoc}, and {@code .txt} where the site says so)
 * through AsciidoctorJ: the document title and sections become the page's
 * sections, every other block is converted by Asciidoctor's HTML converter.
 * The Asciidoctor instance, whose JRuby start-up costs seconds, is created
 * on the first read only, once per reader, so a site without AsciiDoc never
 * pays for it. Conversions are serialised on that one instance. Includes go
 * through {@link ConfinedIncludes}: only files of the source tree.
 */
public final class AsciidocReader implements DocumentReader {
    // Asciidoctor's messages arrive as build warnings; its java.util.logging copy would repeat them on stderr.
    // Held here because java.util.logging keeps loggers only weakly.
    private static final Logger JUL_ASCIIDOCTOR = Logger.getLogger("asciidoctor");
    private static final java.util.Set<String> CODE_SUBSTITUTIONS = java.util.Set.of("specialcharacters", "callouts");
    private static final java.util.regex.Pattern CALLOUT = java.util.regex.Pattern.compile("<(\\d+|\\.)>");
    private final Supplier<Asciidoctor> factory;
    private final ConfinedIncludes includes = new ConfinedIncludes();
    private Asciidoctor asciidoctor;

    /** A reader creating the standard instance, with the project macros, when first needed. */
    public AsciidocReader() {
        this(AsciidocReader::standardInstance);
    }

    /** A reader calling {@code factory} on its first read (tests observe when JRuby would start). */
    public AsciidocReader(Supplier<Asciidoctor> factory) {
        this.factory = factory;
    }

    /**
     * Asciidoctor with the kdocs macros, started with the JRuby settings
     * that halve its cold start (measured by bench/asciidoc-startup) unless
     * the caller set them.
     */
    public static Asciidoctor standardInstance() {
        System.setProperty("jruby.compile.mode", System.getProperty("jruby.compile.mode", "OFF"));
        System.setProperty("jruby.compile.invokedynamic", System.getProperty("jruby.compile.invokedynamic", "false"));
        JUL_ASCIIDOCTOR.setLevel(Level.OFF);
        Asciidoctor instance = Asciidoctor.Factory.create();
        instance.javaExtensionRegistry().inlineMacro(LinkPerfMacro.class);
        return instance;
    }

    /** Whether the Asciidoctor instance exists, i.e. JRuby was started by this reader. */
    public synchronized boolean started() {
        return asciidoctor != null;
    }

    @Override
    public String cacheKey() {
        return "asciidoc";
    }

    @Override
    public Document read(SourceDoc source, Consumer<Warning> warnings) {
        String location = source.file().toString();
        String text;
        try {
            text = new String(source.read(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept(new Warning(location, 0, "WARNING", "could not read source: " + e.getMessage()));
            return null;
        }
        return convert(text, source, warnings);
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
            synchronized (this) {
                if (asciidoctor == null) {
                    asciidoctor = factory.get();
                    asciidoctor.javaExtensionRegistry().includeProcessor(includes);
                }
                LogHandler messages = message -> report(message, location, warnings);
                asciidoctor.registerLogHandler(messages);
                includes.begin(source.tree().root(), source.file().toAbsolutePath().getParent(), location, warnings);
                try {
                    Document document = convert(asciidoctor.load(text, options), source);
                    if (text.contains("include::")) {
                        // an include may read any file of the tree: a rebuild looks at all of it
                        document.noteDependency(source.tree().root().toAbsolutePath().normalize().toString());
                    }
                    return document;
                } finally {
                    includes.end();
                    asciidoctor.unregisterLogHandler(messages);
                }
            }
        } catch (RuntimeException e) {
            warnings.accept(new Warning(location, 0, "CRITICAL", "AsciiDoc conversion failed: " + e.getMessage()));
            return null;
        }
    }

    private static Document convert(org.asciidoctor.ast.Document parsed, SourceDoc source) {
        ForeignPages.Builder page = ForeignPages.builder(source);
        String title = parsed.getDoctitle();
        page.section(1, title == null ? source.docname() : ForeignPages.plainText(title).strip(), null);
        for (StructuralNode block : parsed.getBlocks()) {
            add(page, block, 1);
        }
        return page.document();
    }

    // Asciidoctor's own warnings ("section title out of sequence", ...) become build warnings
    private static void report(LogRecord message, String location, Consumer<Warning> warnings) {
        String level = switch (message.getSeverity()) {
            case WARN -> "WARNING";
            case ERROR -> "ERROR";
            case FATAL -> "CRITICAL";
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
