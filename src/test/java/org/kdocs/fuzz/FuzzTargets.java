package org.kdocs.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.lint.LintConfig;
import org.kdocs.lint.Linter;
import org.kdocs.lint.patch.PatchReview;
import org.kdocs.lint.rules.Rules;
import org.kdocs.markdown.MarkdownReader;
import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.transforms.TransformSettings;
import org.kdocs.transforms.Transformer;
import org.kdocs.tree.Document;
import org.kdocs.tree.Reporter;
import org.kdocs.writers.html.HtmlWriter;
import org.kdocs.writers.html.UriPolicy;

/**
 * The fuzz targets: each takes any bytes, as UTF-8 text, through one reader the way a build does, and must
 * return normally, problems being messages or findings. Each nested class has the {@code fuzzerTestOneInput}
 * entry point of Jazzer's command line (scripts/fuzz); {@link FuzzTargetsTest} calls the same methods.
 */
public final class FuzzTargets {
    // includes may only read an empty directory: the fuzzer must not wander through the checkout
    private static final Path NOTHING = Path.of(System.getProperty("java.io.tmpdir"), "kdocs-fuzz-include-root");
    private static final SourceTree TREE = SourceTree.of(NOTHING, true);
    private static final RstParser RST = RstParser.builder()
            .settings(RstSettings.defaults().withIncludeRoot(NOTHING).withLevels(null, null)).build();
    private static final HtmlWriter WRITER = HtmlWriter.builder().uriPolicy(UriPolicy.SAFE).build();
    private static final Linter LINTER = new Linter(Rules.all(), LintConfig.defaults());
    private static final MarkdownReader MARKDOWN = new MarkdownReader(false);
    private static AsciidocReader asciidoc;

    private FuzzTargets() {
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** reStructuredText: parse, docutils' transforms, pseudo-XML and HTML. */
    public static void rst(byte[] data) {
        Document document;
        try {
            document = RST.parse(text(data), "fuzz.rst");
        } catch (Reporter.Halt halt) {
            return; // a SEVERE message stops the document, as configured
        }
        Transformer.standard(TransformSettings.defaults()).apply(document);
        document.pformat();
        WRITER.write(document);
    }

    /** The C subset: compile, and run what compiles for a few thousand steps. */
    public static void cSubset(byte[] data) {
        CProgram.Compilation compilation = CProgram.compile(text(data), Origin.of("fuzz.c"));
        if (compilation.ok()) {
            compilation.program().run(RunOptions.builder().stepLimit(5_000).timeLimit(Duration.ofSeconds(2)).build());
        }
    }

    /** A patch e-mail or mbox, reviewed without a tree. */
    public static void patch(byte[] data) {
        PatchReview.Result result;
        try {
            result = PatchReview.review("fuzz.patch", text(data), null, LINTER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("review without a tree reads no file", e);
        }
        result.reply().length();
    }

    /** Markdown, read as an untrusted build reads it. */
    public static void markdown(byte[] data) {
        MARKDOWN.convert(text(data), new SourceDoc(TREE, "fuzz", NOTHING.resolve("fuzz.md"), ".md"), w -> { });
    }

    /** AsciiDoc, read as a trusted build reads it (includes confined to an empty tree). */
    public static void asciidoc(byte[] data) {
        if (asciidoc == null) {
            asciidoc = new AsciidocReader();
        }
        asciidoc.convert(text(data), new SourceDoc(TREE, "fuzz", NOTHING.resolve("fuzz.adoc"), ".adoc"), w -> { });
    }

    /** Jazzer's command-line entry for {@link #rst}. */
    public static final class Rst {
        /** Called by Jazzer before fuzzing: loads and instruments the classes outside the per-input timeout. */
        public static void fuzzerInitialize() {
            rst("Title\n=====\n\n* item *em* ``lit`` `ref`_ [1]_\n\n  > quoted\n\n.. note:: A note.\n\n+---+---+\n| a | b |\n+---+---+\n\n.. _ref: https://kernel.org/\n.. [1] Footnote.\n".getBytes(StandardCharsets.UTF_8));
        }

        public static void fuzzerTestOneInput(byte[] data) {
            rst(data);
        }
    }

    /** Jazzer's command-line entry for {@link #cSubset}. */
    public static final class CSubset {
        /** Called by Jazzer before fuzzing: loads and instruments the classes outside the per-input timeout. */
        public static void fuzzerInitialize() {
            cSubset("int main(void)\n{\n\tint i;\n\tfor (i = 0; i < 3; i++)\n\t\tpr_info(\"%d\\n\", i);\n\treturn 0;\n}\n".getBytes(StandardCharsets.UTF_8));
        }

        public static void fuzzerTestOneInput(byte[] data) {
            cSubset(data);
        }
    }

    /** Jazzer's command-line entry for {@link #patch}. */
    public static final class Patch {
        /** Called by Jazzer before fuzzing: loads and instruments the classes outside the per-input timeout. */
        public static void fuzzerInitialize() {
            patch("Subject: [PATCH] docs: fix\n\n---\ndiff --git a/a.rst b/a.rst\n--- a/a.rst\n+++ b/a.rst\n@@ -1,2 +1,2 @@\n Title\n-=====\n+====\n".getBytes(StandardCharsets.UTF_8));
        }

        public static void fuzzerTestOneInput(byte[] data) {
            patch(data);
        }
    }

    /** Jazzer's command-line entry for {@link #markdown}. */
    public static final class Markdown {
        /** Called by Jazzer before fuzzing: loads and instruments the classes outside the per-input timeout. */
        public static void fuzzerInitialize() {
            markdown("# Title\n\n*em* `code` [link](https://kernel.org) <b>x</b>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".getBytes(StandardCharsets.UTF_8));
        }

        public static void fuzzerTestOneInput(byte[] data) {
            markdown(data);
        }
    }

    /** Jazzer's command-line entry for {@link #asciidoc}. */
    public static final class Asciidoc {
        /** Called by Jazzer before fuzzing: loads and instruments the classes outside the per-input timeout. */
        public static void fuzzerInitialize() {
            asciidoc("= Title\n\n*strong* link:https://kernel.org[kernel]\n\n----\ncode\n----\n".getBytes(StandardCharsets.UTF_8));
        }

        public static void fuzzerTestOneInput(byte[] data) {
            asciidoc(data);
        }
    }
}
