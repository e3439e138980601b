package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdocs.lint.rules.BareIdentifierRule;
import org.kdocs.lint.rules.CjkPunctuationRule;
import org.kdocs.lint.rules.FullwidthSpacingRule;
import org.kdocs.lint.rules.MarkerPunctuationRule;
import org.kdocs.lint.rules.MixedIndentationRule;
import org.kdocs.lint.rules.QuotationMarksRule;
import org.kdocs.lint.rules.SingleBackquoteRule;
import org.kdocs.lint.rules.SpacedMarkupRule;
import org.kdocs.lint.rules.TermAlignmentRule;
import org.kdocs.tree.Severity;

/**
 * The classes of problems zh_CN reviewers raise on the linux-doc list
 * (issue 19), each with an example that must be reported and one that must
 * not; the examples follow the kernel's zh_CN conventions (identifiers as
 * inline literals, full-width punctuation, the original's markup kept).
 */
class ReviewerRulesTest {
    private static List<Finding> run(Rule rule, String text) {
        return LintTesting.run(rule, text);
    }

    private static List<Finding> run(Rule rule, String text, String original) {
        return LintTesting.run(rule, text, original, LintConfig.defaults());
    }

    @Nested
    class BareIdentifiers {
        private final Rule rule = new BareIdentifierRule();

        @Test
        void codeWordsInChinesePlainTextAreReported() {
            String text = "要把符号foo_bar导出。子系统的Makefile中调用kmalloc(size)，设置CONFIG_KCSAN=y，\n"
                    + "参见include/linux/kcsan.h文件，然后运行make htmldocs即可。\n";
            assertThat(run(rule, text)).extracting(f -> f.message().substring(1, f.message().indexOf('\'', 1)))
                    .containsExactly("foo_bar", "Makefile", "kmalloc(size)", "CONFIG_KCSAN", "include/linux/kcsan.h",
                            "make htmldocs");
            assertThat(run(rule, text).get(0).col()).isEqualTo(5);
        }

        @Test
        void literalsRolesWordsAndEnglishSentencesAreFine() {
            assertThat(run(rule, "要把符号 ``foo_bar`` 导出，调用 :c:func:`kmalloc` 。I/O 与 TCP/IP 的 PCI 设备。\n\n"
                    + "原文写道：the foo_bar helper runs on every tick of the clock。\n\n"
                    + "English only: foo_bar is fine here.\n")).isEmpty();
        }

        @Test
        void theOriginalsLiteralIsNamedAndItsBareWordsAreFollowed() {
            String original = "Export ``foo_bar`` here, then call kmalloc() as usual.\n";
            List<Finding> findings = run(rule, "在这里导出foo_bar，然后照常调用kmalloc()。\n", original);
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).message()).contains("'foo_bar'").endsWith("(the original writes ``foo_bar``)");
        }

        @Test
        void aCallAutomarkupLinksIsReportedOnlyWhenTheOriginalMarksItUp() {
            assertThat(run(rule, "然后调用kmalloc()分配内存。\n")).isEmpty();
            assertThat(run(rule, "然后调用kmalloc()分配内存。\n", "Then call :c:func:`kmalloc` to allocate.\n")).isEmpty();
            assertThat(run(rule, "然后调用kmalloc()分配内存。\n", "Then call ``kmalloc()`` to allocate.\n"))
                    .singleElement().satisfies(f -> assertThat(f.message()).endsWith("(the original writes ``kmalloc()``)"));
        }

        @Test
        void unrecognisedLiteralsAreLeftToMarkupBoundary() {
            assertThat(run(rule, "可以由``/sys/kernel/mm/ksm/``中的文件控制。\n")).isEmpty();
        }
    }

    @Nested
    class SingleBackquotes {
        private final Rule rule = new SingleBackquoteRule();

        @Test
        void interpretedTextWithoutRoleIsReported() {
            List<Finding> findings = run(rule, "使用 `ABC` 选项。\n");
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).message()).contains("write ``ABC``");
        }

        @Test
        void aRoleSpacedOffOrInsideTheBackquotesIsNamed() {
            assertThat(run(rule, "参见 :ref: `标题 <label>` 一节。\n")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("':ref:' is separated"));
            assertThat(run(rule, "请参考 `:doc:/mm/damon/design` 。\n")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("write :doc:`/mm/damon/design`"));
        }

        @Test
        void literalsLinksRolesAndADefaultRoleAreFine() {
            assertThat(run(rule, "使用 ``ABC``、 `链接`_ 、 `链接 <https://x.org>`_ 和 :ref:`x` 。\n")).isEmpty();
            assertThat(run(rule, ".. default-role:: code\n\n使用 `ABC` 选项。\n")).isEmpty();
        }

        @Test
        void theOriginalsMarkupDecides() {
            assertThat(run(rule, "使用 `ABC` 选项。\n", "Use the `ABC` option.\n")).isEmpty();
            assertThat(run(rule, "使用 `ABC` 选项。\n", "Use the ``ABC`` option.\n")).singleElement()
                    .satisfies(f -> assertThat(f.message()).endsWith("(the original writes ``ABC``)"));
        }
    }

    @Nested
    class SpacedMarkup {
        private final Rule rule = new SpacedMarkupRule();

        @Test
        void aSpaceInsideAnyDelimiterIsReported() {
            for (String text : List.of("见 ` x` 。\n", "见 ``x `` 。\n", "见 `x `_ 。\n", "见 ** x** 。\n",
                    "见 * 强调* 。\n", "见 ` x`_ 。\n")) {
                assertThat(run(rule, text)).as(text).hasSize(1);
            }
        }

        @Test
        void aLiteralSwallowingTheNextOneIsReported() {
            List<Finding> findings = run(rule, "用 ``x `` 和 ``y`` 。\n");
            assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("runs over"));
        }

        @Test
        void validMarkupWildcardsAndArithmeticAreFine() {
            assertThat(run(rule, "见 `x`_ 、 ``x`` 、 **x** 、 *强调* 。编译 *.c 和 *.h 文件，a * b * c。\n\n"
                    + "* 列表项 *\n")).isEmpty();
        }
    }

    @Nested
    class FullwidthSpacing {
        private final Rule rule = new FullwidthSpacingRule();

        @Test
        void aSpaceBesideAFullwidthMarkIsReported() {
            assertThat(run(rule, "因此， 我们定义 （X）， 如果调用 ``foo()`` 。\n")).extracting(Finding::col)
                    .containsExactly(4, 9, 14, 29);
        }

        @Test
        void noSpaceTheExpandedMarkerTablesAndLatinQuotesAreFine() {
            assertThat(run(rule, "因此，我们定义（X），调用 ``foo()``。\n\n如下： ::\n\n   code ， here\n\n"
                    + "=====  ======\n名称   描述\n=====  ======\n是（默认）   否\n=====  ======\n\n"
                    + "称为 Linux “kernel”。\n\n调用 ``foo()`` （注） ``bar`` 即可。\n")).isEmpty();
        }
    }

    @Nested
    class MarkerPunctuation {
        private final Rule rule = new MarkerPunctuationRule();

        @Test
        void aSentenceMarkBeforeTheLiteralMarkerIsReported() {
            assertThat(run(rule, "请使用。::\n\n   make\n\n使用命令：::\n\n   make\n")).extracting(Finding::line)
                    .containsExactly(1, 5);
        }

        @Test
        void aSpacedMarkerOrABracketBeforeItIsFine() {
            assertThat(run(rule, "请使用： ::\n\n   make\n\n示例（简化）::\n\n   make\n\n示例::\n\n   make\n")).isEmpty();
        }
    }

    @Nested
    class QuotationMarks {
        private final Rule rule = new QuotationMarksRule();

        @Test
        void singleQuotesAroundATermAreReported() {
            assertThat(run(rule, "被称为‘done’的标志，以及 ‘from’ 字段。\n")).extracting(Finding::message)
                    .containsExactly("'‘done’' uses single quotes; write “done”", "'‘from’' uses single quotes; write “from”");
        }

        @Test
        void nestedQuotesApostrophesAndEnglishAreFine() {
            assertThat(run(rule, "他说：“这叫‘done’标志。”\n\nEnglish ‘quotes’ and don’t.\n")).isEmpty();
        }

        @Test
        void theProjectConfigurationTurnsItOff() {
            LintConfig.Parsed parsed = LintConfig.parse("quotation-marks = off\n", LintConfig.defaults(),
                    org.kdocs.lint.rules.Rules.ids());
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.config().severityOf(rule)).isEmpty();
            assertThat(LintConfig.defaults().severityOf(rule)).contains(Severity.WARNING);
        }
    }

    @Nested
    class MixedIndentation {
        private final Rule rule = new MixedIndentationRule();

        @Test
        void aTabIndentedLineAmongSpaceIndentedSiblingsIsReported() {
            assertThat(run(rule, "示例::\n\n    a();\n\tb();\n    c();\n")).extracting(Finding::line).containsExactly(4);
            assertThat(run(rule, "列表：\n\n  - 第一项\n\t- 第二项\n")).extracting(Finding::line).containsExactly(4);
        }

        @Test
        void theOriginalSaysHowFarALineIsIndented() {
            String original = "Example::\n\n\tfoo(a,\n\t    b);\n";
            assertThat(run(rule, "示例::\n\n    foo(a,\n\t    b);\n", original)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("in the original it is 4 columns right of"));
            assertThat(run(rule, "示例::\n\n    foo(a,\n\tb);\n", original)).isEmpty();
        }

        @Test
        void consistentBlocksAndNestedStatementsAreFine() {
            assertThat(run(rule, "示例::\n\n\ta();\n\t\tb();\n\n示例::\n\n    if (x)\n\tb();\n    c();\n\n"
                    + "  - 第一项\n  - 第二项\n")).isEmpty();
        }
    }

    @Nested
    class TermAlignment {
        private final Rule rule = new TermAlignmentRule();

        private static final String ORIGINAL = """
                Namespaces
                ==========

                A namespace groups symbols.

                Each data structure has a lock.

                The struct page describes a page.

                Symbols live in a namespace.
                """;

        @Test
        void oneTermRenderedTwoWaysIsReportedWhereTheOriginalUsesIt() {
            String zh = "命名空间\n========\n\n命名空间把符号分组。\n\n每个数据结构都有一把锁。\n\n"
                    + "页结构体描述一个页。\n\n符号位于名称空间中。\n";
            assertThat(run(rule, zh, ORIGINAL)).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(10);
                assertThat(f.message()).isEqualTo("'namespace' is rendered as '名称空间' here but as '命名空间' at line 1");
            });
        }

        @Test
        void structRenderedAsStructureIsReportedOnlyWhereTheOriginalSaysStruct() {
            String zh = "命名空间\n========\n\n命名空间把符号分组。\n\n每个结构都有一把锁。\n\n"
                    + "页结构描述一个页。\n\n符号位于命名空间中。\n";
            assertThat(run(rule, zh, ORIGINAL)).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(8);
                assertThat(f.message()).isEqualTo("'结构' for 'struct': the zh_CN terms say '结构体'");
            });
        }

        @Test
        void withoutTheOriginalNothingIsReported() {
            assertThat(run(rule, "命名空间与名称空间，页结构。\n")).isEmpty();
        }
    }

    @Nested
    class FieldLists {
        @Test
        void translationFieldNamesAreMarkupNotProse() {
            String header = ":Original: Documentation/process/howto.rst\n:翻译:\n\n 张三 Zhang San <z@example.org>\n\n"
                    + ":校译:\n\n 李四 <l@example.org>\n";
            assertThat(run(new CjkPunctuationRule(), header)).isEmpty();
            assertThat(run(new CjkPunctuationRule(), "中文:中文\n")).hasSize(1);
        }
    }

    @Test
    void everyNewRuleIsOnByDefaultForZhCn() {
        for (Rule r : List.of(new BareIdentifierRule(), new SingleBackquoteRule(), new FullwidthSpacingRule(),
                new MarkerPunctuationRule(), new QuotationMarksRule(), new TermAlignmentRule())) {
            assertThat(LintConfig.defaults().severityOf(r)).as(r.id()).contains(Severity.WARNING);
        }
    }
}
