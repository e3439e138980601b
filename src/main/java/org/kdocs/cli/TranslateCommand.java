package org.kdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.kdocs.translate.Skeleton;
import org.kdocs.translate.TranslationLayout;
import org.kdocs.translate.TranslationStatus;
import org.kdocs.translate.Translator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kdocs translate}: start a translation of a page, or list the state of every page's translation. */
@Command(name = "translate",
        mixinStandardHelpOptions = true,
        description = "Tools for translators: a new translation's skeleton, and the state of all translations.",
        subcommands = {TranslateCommand.Init.class, TranslateCommand.Status.class})
final class TranslateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code kdocs translate init LANG PAGE}. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Create the translation skeleton of PAGE at the mirrored path (docs/X -> docs-LANG/X, "
                    + "Documentation/X -> Documentation/translations/LANG/X) and add it to the translated toctree.",
                    "Exit status 2 when PAGE is no original page or its translation exists already."})
    static final class Init implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LANG", description = "The language, such as zh_CN.")
        String language;

        @Parameters(index = "1", paramLabel = "PAGE",
                description = "The original page, such as docs/lint.rst (Markdown and AsciiDoc pages too).")
        Path page;

        @Option(names = "--translator", paramLabel = "NAME <MAIL>",
                description = "The translator field (default: user.name and user.email of git's configuration).")
        String translator;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(page) || !TranslationLayout.isPage(page)) {
                System.err.println("kdocs translate init: " + page + ": no such page (.rst, .md or .adoc)");
                return 2;
            }
            Optional<TranslationLayout> layout = TranslationLayout.ofOriginal(page, language);
            if (layout.isEmpty()) {
                System.err.println("kdocs translate init: " + page + " is under neither docs/ nor Documentation/");
                return 2;
            }
            Path original = page.toAbsolutePath().normalize();
            Path target = layout.get().translationOf(original);
            String text = Files.readString(original, StandardCharsets.UTF_8);
            String who = translator != null ? translator : Translator.fromGit(layout.get().root());
            String skeleton = Skeleton.of(layout.get(), original, text, who, Skeleton.translatedLabels(layout.get()));
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, skeleton, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                System.err.println("kdocs translate init: " + relative(layout.get(), target) + " exists already");
                return 2;
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println("created " + relative(layout.get(), target));
            out.println(Skeleton.addToIndex(layout.get(), original));
            return 0;
        }
    }

    /** {@code kdocs translate status [LANG]}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "List every page of the original tree as missing, stale (with the original's commits "
                    + "since the translation was last updated, from git) or up to date.")
    static final class Status implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "LANG", defaultValue = "zh_CN",
                description = "The language (default: zh_CN).")
        String language;

        @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
                description = "The project or kernel tree (default: the current directory).")
        Path root;

        @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
        String format;

        @Override
        public Integer call() throws IOException {
            if (!format.equals("text") && !format.equals("json")) {
                System.err.println("kdocs translate status: --format takes text or json, not '" + format + "'");
                return 2;
            }
            Optional<TranslationLayout> layout = TranslationLayout.ofRoot(root, language);
            if (layout.isEmpty()) {
                System.err.println("kdocs translate status: " + root + " has neither docs/ nor Documentation/");
                return 2;
            }
            List<TranslationStatus.Page> pages = TranslationStatus.of(layout.get());
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (format.equals("json")) {
                out.println(json(pages));
            } else {
                text(pages, out);
            }
            return 0;
        }

        private static void text(List<TranslationStatus.Page> pages, PrintStream out) {
            Map<TranslationStatus.State, Integer> counts = new LinkedHashMap<>();
            for (TranslationStatus.Page p : pages) {
                counts.merge(p.state(), 1, Integer::sum);
                String line = String.format("%-11s %s", p.state().word(), p.original());
                if (p.state() == TranslationStatus.State.STALE) {
                    line += " (" + p.commits().size() + " commit" + (p.commits().size() == 1 ? "" : "s")
                            + (p.baseCommit().isEmpty() ? "" : " since " + p.baseCommit().substring(0, 12)) + ")";
                }
                out.println(line);
                p.commits().forEach(c -> out.println("            " + c.shortForm()));
            }
            List<String> summary = new ArrayList<>();
            counts.forEach((state, n) -> summary.add(n + " " + state.word()));
            out.println(pages.size() + " pages: " + String.join(", ", summary));
        }

        private static String json(List<TranslationStatus.Page> pages) throws IOException {
            List<Map<String, Object>> out = new ArrayList<>();
            for (TranslationStatus.Page p : pages) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("original", p.original());
                entry.put("translation", p.translation());
                entry.put("status", p.state().word());
                entry.put("base", p.baseCommit());
                List<Map<String, String>> commits = new ArrayList<>();
                p.commits().forEach(c -> commits.add(Map.of("id", c.id(), "subject", c.subject())));
                entry.put("commits", commits);
                out.add(entry);
            }
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
        }
    }

    private static String relative(TranslationLayout layout, Path file) {
        return layout.root().relativize(file).toString();
    }
}
