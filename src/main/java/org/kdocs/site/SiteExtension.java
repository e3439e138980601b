package org.kdocs.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.rst.inline.Role;
import org.kdocs.tree.Document;
import org.kdocs.tree.NodeType;
import org.kdocs.writers.html.ElementRenderer;

/**
 * A layer on the site build that the core does not know by name: the Sphinx layer
 * ({@code site.ext.sphinx}) and the kernel's ({@code site.ext.kernel}) are two. As
 * commonmark-java's extensions, an extension registers all its parts in one
 * {@link #extend} call; {@link SiteExtensions} collects them for a build.
 *
 * <p>An extension's reading parts (directives, roles, transforms, tags) apply only to the
 * source trees it {@linkplain #appliesTo applies to}; its renderers apply to every page.
 */
public interface SiteExtension {
    /** Whether this extension reads the source tree at {@code root} (default: every tree). */
    default boolean appliesTo(Path root) {
        return true;
    }

    /** Registers the extension's parts. */
    void extend(Parts parts);

    /** What an extension can register; each method returns the same object, for chaining. */
    interface Parts {
        /** Sets up the reStructuredText parser of a tree: directives, roles, where include may read. */
        Parts parser(ParserSetup setup);

        /** Runs on every document of a tree after parsing (a reader's transforms, in registration order). */
        Parts transform(ReadingTransform transform);

        /** Writes elements of {@code type} in pages. */
        Parts renderer(NodeType type, ElementRenderer renderer);

        /** Runs before sources are discovered, e.g. to generate pages (the kernel's pre-build scripts). */
        Parts preBuild(PreBuild step);

        /** Changes the tags {@code only} directives see in a tree. */
        Parts tags(TagRule rule);

        /** Names a directory below which discovery finds no sources (null: none) for a tree's root. */
        Parts excludedDirectory(java.util.function.Function<Path, Path> rule);

        /** Names the directory whose conf.py a tree without its own conf.py reads (null: none). */
        Parts configDirectory(java.util.function.Function<Path, Path> rule);

        /** Adds a layout of translations inside one tree (every tree: the layout is by docname). */
        Parts translations(TranslationLayout layout);

        /** Runs on every page (of every tree) once its references are resolved (Sphinx's doctree-resolved). */
        Parts resolved(ResolvedStep step);

        /** Adds a domain of cross-reference targets to every tree (Sphinx's add_domain). */
        Parts domain(XrefDomain.Factory domain);

        /** Converts figures of every page before the site copies the images pages show. */
        Parts figures(FigureConverter converter);
    }

    /** Starts a build's figure conversion. */
    @FunctionalInterface
    interface FigureConverter {
        FigureConversion start(List<SourceTree> trees, Images images);

        /**
         * Whether the conversion would work on this element of a page as read, besides images (which
         * every page that shows one has copied in page order anyway); the build writes a page with
         * neither in any order.
         */
        default boolean converts(org.kdocs.tree.Element element) {
            return false;
        }
    }

    /**
     * Converts the figures of one page (the kernel's kfigure: DOT and SVG to files in _images/). A
     * conversion that keeps a record of what it did lets a later build, in which the page comes out as
     * before, do it again without loading the page's doctree; the default keeps none.
     */
    @FunctionalInterface
    interface FigureConversion {
        void convert(Page page) throws java.io.IOException;

        /** What the last {@link #convert} did, in a form it can {@linkplain #replay do again}; null when it cannot. */
        default String replayRecord() {
            return null;
        }

        /**
         * Whether {@link #replay} of a page's {@code record} would give what converting the page does now
         * (same inputs, same files, the same names asked of {@link Images#uniqueName}); changes nothing.
         */
        default boolean canReplay(Page page, String record) {
            return false;
        }

        /** Does again what converting the page did when {@code record} was made, once {@link #canReplay} said so. */
        default void replay(Page page, String record) throws java.io.IOException {
            throw new UnsupportedOperationException("no replay record");
        }
    }

    /** What the site's image handling offers a figure conversion, for one build. */
    interface Images {
        /** Reads a file a page shows, as far as the build's trust lets it. */
        byte[] read(Page page, Path file) throws java.io.IOException;

        /** A name in _images/ that no other image of this build has, {@code name} if free. */
        String uniqueName(String name);

        /** The staged file of an _images/ name. */
        Path path(String name);

        /** Points {@code image} at the _images/ file {@code name}; the site then leaves it as it is. */
        void show(Page page, org.kdocs.tree.Element image, String name);

        /** A link target of a page made relative to its tree's root. */
        String treeRelative(Page page, String target);

        /** The previous site's _images/ directory, or null. */
        Path previousImages();

        /**
         * Keeps the previous site's _images/ file {@code name} as this site's, where it is (no copy), when
         * the previous site has one; false when it has none. For a file named by its content.
         */
        boolean keepPrevious(String name);

        Trust trust();

        /** Reports a problem at a node of a page. */
        void warn(Page page, org.kdocs.tree.Element node, String message);

        /** Reports a problem of the build. */
        void warn(Warning warning);
    }

    /** A step on a page whose references are resolved. */
    @FunctionalInterface
    interface ResolvedStep {
        void apply(Document document, PageTargets targets);
    }

    /** What a page may link to once the site's references are resolved. */
    interface PageTargets {
        /** The link to the object {@code name} of the domain {@code domain} ("c"), or null. */
        String object(String domain, String name);

        /** The file the page was read from. */
        Path sourceFile();

        /**
         * The link and title of the document {@code target}: relative to the page's directory, or to
         * the tree root when it starts with '/'; null when there is no such document.
         */
        DocLink document(String target);
    }

    /** A link to a page and the page's title. */
    record DocLink(String href, String title) {
    }

    /** Where the translations of a page live inside its own tree (the kernel's translations/LANG/). */
    interface TranslationLayout {
        /** Every language version of {@code docname}, itself included, the original first, whether or not it exists. */
        List<Version> versions(String docname);

        /** The docname of the original when {@code docname} is a translation, else null. */
        String originalOf(String docname);
    }

    /**
     * One language version of a page.
     *
     * @param htmlLang     its language as an HTML lang attribute value
     * @param languageName the language's name in its menu
     * @param docname      the page
     */
    record Version(String htmlLang, String languageName, String docname) {
    }

    /** Adds to the parser of one source tree. */
    @FunctionalInterface
    interface ParserSetup {
        /**
         * @param tree     the source tree
         * @param buildDir where the pre-build steps wrote, or null
         * @param parser   the parser's parts to add to
         */
        void setUp(SourceTree tree, Path buildDir, ParserParts parser);
    }

    /** The parts of a tree's parser an extension may add to. */
    interface ParserParts {
        /** The directives (a copy for this tree), to register more in. */
        DirectiveRegistry directives();

        void role(String name, Role role);

        /** Lets include read below {@code root} instead of only below the source tree. */
        void includeRoot(Path root);
    }

    /** A step on each parsed document of a tree. */
    @FunctionalInterface
    interface ReadingTransform {
        void apply(SourceTree tree, Document document);
    }

    /** A step before discovery. */
    @FunctionalInterface
    interface PreBuild {
        /** Returns what it generated, or null when it did nothing. */
        Generated run(List<SourceTree> trees, Path output, Consumer<Warning> warnings);
    }

    /** What a pre-build step generated. */
    interface Generated {
        /** The directory it wrote into; readers may include from it. */
        Path buildDir();

        /** The discovered sources with the generated pages added. */
        List<SourceDoc> addPages(List<SourceDoc> discovered, List<SourceTree> trees);
    }

    /** Tags for one tree. */
    @FunctionalInterface
    interface TagRule {
        Set<String> tags(Path root, Set<String> tags);
    }
}
