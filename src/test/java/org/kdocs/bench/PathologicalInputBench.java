package org.kdocs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.sun.management.OperatingSystemMXBean;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
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

/**
 * Benchmark (bench/pathological-input, not part of the test suite): hostile
 * inputs of two sizes each, taken through what a build does with them (parse,
 * transforms and HTML for reStructuredText; the reader for Markdown; compile
 * and run for the C subset). For each case the growth exponent e of
 * {@code time ~ size^e} between the two sizes is printed; n log n over a
 * fourfold size is about 1.1, a quadratic path shows as 2. A case over
 * {@link #LIMIT} is marked, and the last line gives the worst exponent against
 * that of ordinary prose measured in the same run.
 */
public final class PathologicalInputBench {
    /** The exponent above which a case counts as growing worse than n log n (timing noise allowed for). */
    static final double LIMIT = 1.35;
    private static final String PROSE = "Some *emphasis*, **strong** text, ``literal``, a `reference`_, "
            + "see https://kernel.org/ and |sub| or :kbd:`Ctrl`. ";
    private static final String ADORNMENTS = "=-`:'\"~^_*+#<>!$%&(),./;?@[\\]{|}";

    /** What one run measured: the size of the input (bytes, or the unit of a limit) and the seconds taken. */
    private record Run(double size, double seconds) {
    }

    /** One input shape: a name, the unit of its parameter, two parameters, and the run at a parameter. */
    private record Case(String name, String unit, int small, int large, IntFunction<Run> run) {
    }

    private final Path dir;
    private final RstParser rst;

    private PathologicalInputBench(Path dir) {
        this.dir = dir;
        this.rst = RstParser.builder().warningStream(message -> { })
                .settings(RstSettings.defaults().withIncludeRoot(dir).withLevels(null, null)).build();
    }

    private static final OperatingSystemMXBean SYSTEM =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * The CPU seconds of this process for {@code work}, best of two: on a shared machine the wall clock says
     * more about the neighbours than about the input; the process time counts the interpreter's threads and
     * the collector too.
     */
    private static double time(Runnable work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long start = SYSTEM.getProcessCpuTime();
            work.run();
            best = Math.min(best, (SYSTEM.getProcessCpuTime() - start) / 1e9);
        }
        return best;
    }

    private static double wallTime(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** A build's work on one reStructuredText page: parse, transforms, HTML. */
    private Run page(String text) {
        String source = dir.resolve("bench.rst").toString();
        return new Run(text.length(), time(() -> {
            try {
                Document document = rst.parse(text, source);
                Transformer.standard(TransformSettings.defaults()).apply(document);
                HtmlWriter.builder().build().write(document);
            } catch (Reporter.Halt halt) {
                // the build stops such a page with its message, as docutils does
            }
        }));
    }

    private Run markdown(String text) {
        MarkdownReader reader = new MarkdownReader(false);
        SourceDoc source = new SourceDoc(SourceTree.of(dir, true), "bench", dir.resolve("bench.md"), ".md");
        return new Run(text.length(), time(() -> reader.convert(text, source, warning -> { })));
    }

    /** Runs an endless loop until the step limit; the size is the limit in millions of steps. */
    private static Run endless(int millions) {
        CProgram.Compilation compilation = CProgram.compile(ENDLESS, Origin.of("bench.c"));
        return new Run(millions, time(() -> compilation.program().run(RunOptions.builder()
                .stepLimit(millions * 1_000_000L).timeLimit(Duration.ofMinutes(5)).build())));
    }

    /** Runs an endless loop until the time limit, on the wall clock; the size is the limit in 100 ms. */
    private static Run endlessTimed(int tenths) {
        CProgram.Compilation compilation = CProgram.compile(ENDLESS, Origin.of("bench.c"));
        return new Run(tenths, wallTime(() -> compilation.program().run(RunOptions.builder()
                .stepLimit(Long.MAX_VALUE).timeLimit(Duration.ofMillis(100L * tenths)).build())));
    }

    private static Run compile(String program) {
        return new Run(program.length(), time(() -> CProgram.compile(program, Origin.of("bench.c"))));
    }

    private long write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
            return text.length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the inputs -------------------------------------------------------------------------------------

    private static String nested(int levels, String marker) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            text.append(" ".repeat(2 * i)).append(marker).append("level ").append(i).append("\n\n");
        }
        return text.toString();
    }

    private static String sections(int titles) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < titles; i++) {
            int style = i % (2 * ADORNMENTS.length());
            String line = String.valueOf(ADORNMENTS.charAt(style % ADORNMENTS.length())).repeat(12);
            String title = "Title " + i + "\n";
            text.append(style >= ADORNMENTS.length() ? line + "\n" + title : title).append(line).append("\n\n")
                    .append("Text.\n\n");
        }
        return text.toString();
    }

    /** Prose in paragraphs of one line of {@code sentences} sentences each (0: all on one line). */
    private static String prose(int bytes, int sentences) {
        StringBuilder text = new StringBuilder(bytes + 200);
        int sentence = 0;
        while (text.length() < bytes) {
            text.append(PROSE);
            if (sentences > 0 && ++sentence % sentences == 0) {
                text.append("\n\n");
            }
        }
        return text.append("\n\n.. _reference: https://kernel.org/\n.. |sub| replace:: x\n").toString();
    }

    private static String gridTable(int columns, int rows) {
        String border = "+" + "----+".repeat(columns) + "\n";
        String row = "|" + " ab |".repeat(columns) + "\n";
        StringBuilder text = new StringBuilder(border);
        for (int r = 0; r < rows; r++) {
            text.append(row).append(r == 0 ? border.replace('-', '=') : border);
        }
        return text.toString();
    }

    private static String simpleTable(int rows) {
        StringBuilder text = new StringBuilder("===== =====\nA     B\n===== =====\n");
        for (int r = 0; r < rows; r++) {
            text.append("a").append(r % 10).append("    b *x*\n");
        }
        return text.append("===== =====\n").toString();
    }

    /** A cycle of {@code files} files, each including the next, the last the first; size: all their bytes. */
    private Run includeCycle(int files) {
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            bytes += write("cycle" + i + ".rst", "Part " + i + ".\n\n.. include:: cycle" + (i + 1) % files + ".rst\n");
        }
        return new Run(bytes, page(".. include:: cycle0.rst\n").seconds());
    }

    /**
     * {@code levels} files, each including the next twice, so that the last is read 2^levels times: the size
     * is the text the includes expand to, which a build has to parse.
     */
    private Run includeDoubling(int levels) {
        long expanded = 0;
        for (int i = levels - 1; i >= 0; i--) {
            String next = i + 1 < levels ? ".. include:: twice" + (i + 1) + ".rst\n\n" : "";
            String text = "Part " + i + ".\n\n" + next + next;
            expanded = write("twice" + i + ".rst", text) + 2 * expanded;
        }
        return new Run(expanded, page(".. include:: twice0.rst\n").seconds());
    }

    private static String nestedExpression(int depth) {
        return "int main(void)\n{\n\tint x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n\treturn x;\n}\n";
    }

    private static String longProgram(int statements) {
        return "int main(void)\n{\n\tint x = 0;\n" + "\tx = x + 1;\n".repeat(statements) + "\treturn x;\n}\n";
    }

    private static final String ENDLESS = "int main(void)\n{\n\tlong x = 0;\n\tfor (;;)\n\t\tx++;\n}\n";

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("prose (paragraphs)", "MB", 2, 10, mb -> page(prose(mb << 20, 8))));
        // past docutils' line_length_limit (10,000 characters) a line is refused with an error
        cases.add(new Case("one long line (refused)", "KB", 256, 1024, kb -> page(prose(kb << 10, 0))));
        cases.add(new Case("9,000-character lines", "MB", 1, 4, mb -> page(prose(mb << 20, 80))));
        cases.add(new Case("nested lists", "levels", 400, 800, n -> page(nested(n, "- "))));
        cases.add(new Case("nested quotes", "levels", 400, 800, n -> page(nested(n, ""))));
        cases.add(new Case("nested enumerations", "levels", 400, 800, n -> page(nested(n, "#. "))));
        cases.add(new Case("sections, 64 styles", "titles", 2000, 8000, n -> page(sections(n))));
        cases.add(new Case("wide grid table", "columns", 250, 1000, n -> page(gridTable(n, 3))));
        cases.add(new Case("long grid table", "rows", 2500, 10000, n -> page(gridTable(3, n))));
        cases.add(new Case("long simple table", "rows", 5000, 20000, n -> page(simpleTable(n))));
        cases.add(new Case("include cycle", "files", 50, 200, n -> includeCycle(n)));
        cases.add(new Case("include doubling", "levels", 10, 12, n -> includeDoubling(n)));
        cases.add(new Case("markdown `c run, one block", "KB", 50, 200,
                kb -> markdown("`c ".repeat((kb << 10) / 3))));
        cases.add(new Case("markdown [a]( run, blocks", "KB", 100, 400,
                kb -> markdown(("[a](".repeat(2000) + "\n\n").repeat(kb * 1024 / 8002))));
        cases.add(new Case("markdown *a run, blocks", "KB", 100, 400,
                kb -> markdown(("*a ".repeat(2700) + "\n\n").repeat(kb * 1024 / 8102))));
        cases.add(new Case("C step limit", "Msteps", 1, 4, PathologicalInputBench::endless));
        cases.add(new Case("C time limit (wall clock)", "100ms", 5, 20, PathologicalInputBench::endlessTimed));
        cases.add(new Case("C nested expression", "levels", 250, 1000, n -> compile(nestedExpression(n))));
        cases.add(new Case("C long function", "statements", 5000, 20000, n -> compile(longProgram(n))));
        return cases;
    }

    private static double exponent(Run small, Run large) {
        return Math.log(Math.max(large.seconds(), 1e-4) / Math.max(small.seconds(), 1e-4))
                / Math.log(large.size() / small.size());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("kdocs-pathological");
        PathologicalInputBench bench = new PathologicalInputBench(dir);
        bench.page(prose(1 << 20, 8)); // warm-up
        double worst = 0;
        String worstName = "";
        double proseExponent = 0;
        System.out.printf("%-28s %18s %12s %8s %18s %12s %8s %8s%n", "case", "small", "size", "seconds", "large",
                "size", "seconds", "exponent");
        for (Case c : bench.cases()) {
            Run small = c.run().apply(c.small());
            Run large = c.run().apply(c.large());
            double e = exponent(small, large);
            System.out.printf("%-28s %7d %-10s %12.0f %8.3f %7d %-10s %12.0f %8.3f %8.2f%s%n", c.name(), c.small(),
                    c.unit(), small.size(), small.seconds(), c.large(), c.unit(), large.size(), large.seconds(), e,
                    e > LIMIT ? "  WORSE THAN n log n" : "");
            if (c.name().startsWith("prose")) {
                proseExponent = e;
            }
            if (e > worst) {
                worst = e;
                worstName = c.name();
            }
        }
        System.out.printf("worst: %s; limit %.2f%n", worstName, LIMIT);
        System.out.printf("RESULT pathological-input %.2f growth-exponent vs prose %.2f %.2fx%n", worst,
                proseExponent, worst / proseExponent);
    }
}
