package org.kdocs.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kdocs.tree.Document;
import org.kdocs.tree.NodeType;
import org.kdocs.writers.html.ElementRenderer;

/**
 * The parts a build's extensions registered, each kept with the extension that
 * registered it so that it applies only where that extension does. The installed
 * extensions are those listed, in order, in
 * {@code META-INF/services/org.kdocs.site.SiteExtension}: that file, not the core,
 * names them.
 */
public final class SiteExtensions {
    private record Owned<T>(SiteExtension owner, T part) {
    }

    private final List<Owned<SiteExtension.ParserSetup>> parsers = new ArrayList<>();
    private final List<Owned<SiteExtension.ReadingTransform>> transforms = new ArrayList<>();
    private final Map<NodeType, ElementRenderer> renderers = new LinkedHashMap<>();
    private final List<SiteExtension.PreBuild> preBuilds = new ArrayList<>();
    private final List<Owned<SiteExtension.TagRule>> tagRules = new ArrayList<>();
    private final List<Owned<Function<Path, Path>>> excluded = new ArrayList<>();
    private final List<Owned<Function<Path, Path>>> configDirectories = new ArrayList<>();
    private final List<SiteExtension.TranslationLayout> translationLayouts = new ArrayList<>();
    private final List<SiteExtension.ResolvedStep> resolvedSteps = new ArrayList<>();
    private final List<SiteExtension.FigureConverter> figureConverters = new ArrayList<>();
    private final List<XrefDomain.Factory> domains = new ArrayList<>();

    private SiteExtensions(List<SiteExtension> extensions) {
        for (SiteExtension extension : extensions) {
            extension.extend(new Registration(extension));
        }
    }

    /** The parts of these extensions, in this order. */
    public static SiteExtensions of(List<SiteExtension> extensions) {
        return new SiteExtensions(extensions);
    }

    /** The extensions on the class path (see the class comment). */
    public static SiteExtensions installed() {
        return Installed.ALL;
    }

    private static final class Installed {
        static final SiteExtensions ALL = of(ServiceLoader.load(SiteExtension.class, SiteExtension.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList());
    }

    void setUpParser(SourceTree tree, Path buildDir, SiteExtension.ParserParts parts) {
        for (Owned<SiteExtension.ParserSetup> setup : parsers) {
            if (setup.owner().appliesTo(tree.root())) {
                setup.part().setUp(tree, buildDir, parts);
            }
        }
    }

    Document transform(SourceTree tree, Document document) {
        for (Owned<SiteExtension.ReadingTransform> transform : transforms) {
            if (transform.owner().appliesTo(tree.root())) {
                transform.part().apply(tree, document);
            }
        }
        return document;
    }

    Map<NodeType, ElementRenderer> renderers() {
        return renderers;
    }

    /** Runs the pre-build steps; the result adds their pages and names their build directory. */
    SiteExtension.Generated preBuild(List<SourceTree> trees, Path output, Consumer<Warning> warnings) {
        List<SiteExtension.Generated> all = new ArrayList<>();
        for (SiteExtension.PreBuild step : preBuilds) {
            SiteExtension.Generated generated = step.run(trees, output, warnings);
            if (generated != null) {
                all.add(generated);
            }
        }
        return new SiteExtension.Generated() {
            @Override
            public Path buildDir() {
                return all.stream().map(SiteExtension.Generated::buildDir).filter(d -> d != null).findFirst()
                        .orElse(null);
            }

            @Override
            public List<SourceDoc> addPages(List<SourceDoc> discovered, List<SourceTree> trees) {
                List<SourceDoc> docs = discovered;
                for (SiteExtension.Generated generated : all) {
                    docs = generated.addPages(docs, trees);
                }
                return docs;
            }
        };
    }

    Set<String> tags(Path root, Set<String> tags) {
        Set<String> result = tags;
        for (Owned<SiteExtension.TagRule> rule : tagRules) {
            if (rule.owner().appliesTo(root)) {
                result = rule.part().tags(root, result);
            }
        }
        return result;
    }

    List<Path> excludedDirectories(Path root) {
        return answers(excluded, root);
    }

    /** The directory whose conf.py a tree at {@code root} falls back to, or null. */
    Path configDirectory(Path root) {
        List<Path> found = answers(configDirectories, root);
        return found.isEmpty() ? null : found.get(0);
    }

    List<SiteExtension.TranslationLayout> translationLayouts() {
        return translationLayouts;
    }

    List<SiteExtension.ResolvedStep> resolvedSteps() {
        return resolvedSteps;
    }

    List<XrefDomain.Factory> domains() {
        return domains;
    }

    List<SiteExtension.FigureConverter> figureConverters() {
        return figureConverters;
    }

    private static List<Path> answers(List<Owned<Function<Path, Path>>> rules, Path root) {
        List<Path> found = new ArrayList<>();
        for (Owned<Function<Path, Path>> rule : rules) {
            Path answer = rule.owner().appliesTo(root) ? rule.part().apply(root) : null;
            if (answer != null) {
                found.add(answer);
            }
        }
        return found;
    }

    private final class Registration implements SiteExtension.Parts {
        private final SiteExtension owner;

        Registration(SiteExtension owner) {
            this.owner = owner;
        }

        @Override
        public SiteExtension.Parts parser(SiteExtension.ParserSetup setup) {
            parsers.add(new Owned<>(owner, setup));
            return this;
        }

        @Override
        public SiteExtension.Parts transform(SiteExtension.ReadingTransform transform) {
            transforms.add(new Owned<>(owner, transform));
            return this;
        }

        @Override
        public SiteExtension.Parts renderer(NodeType type, ElementRenderer renderer) {
            renderers.put(type, renderer);
            return this;
        }

        @Override
        public SiteExtension.Parts preBuild(SiteExtension.PreBuild step) {
            preBuilds.add(step);
            return this;
        }

        @Override
        public SiteExtension.Parts tags(SiteExtension.TagRule rule) {
            tagRules.add(new Owned<>(owner, rule));
            return this;
        }

        @Override
        public SiteExtension.Parts excludedDirectory(Function<Path, Path> rule) {
            excluded.add(new Owned<>(owner, rule));
            return this;
        }

        @Override
        public SiteExtension.Parts configDirectory(Function<Path, Path> rule) {
            configDirectories.add(new Owned<>(owner, rule));
            return this;
        }

        @Override
        public SiteExtension.Parts translations(SiteExtension.TranslationLayout layout) {
            translationLayouts.add(layout);
            return this;
        }

        @Override
        public SiteExtension.Parts resolved(SiteExtension.ResolvedStep step) {
            resolvedSteps.add(step);
            return this;
        }

        @Override
        public SiteExtension.Parts domain(XrefDomain.Factory domain) {
            domains.add(domain);
            return this;
        }

        @Override
        public SiteExtension.Parts figures(SiteExtension.FigureConverter converter) {
            figureConverters.add(converter);
            return this;
        }
    }
}
