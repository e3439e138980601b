package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleFixerTest {
    private static String fix(String text) {
        LintedDocument doc = LintedDocument.of("t.rst", text);
        return TitleFixer.fix(doc, TitleScanner.scan(doc), false);
    }

    @Test
    void rewritesAdornmentsToTheExactWidthOnly() {
        assertThat(fix("中文标题\n====\n\n正文。\n\n举例\n---\n\n=========\n概述\n=========\n"))
                .isEqualTo("中文标题\n========\n\n正文。\n\n举例\n----\n\n====\n概述\n====\n");
    }

    @Test
    void keepsCrlfTrailingSpacesAndBom() {
        String text = "\uFEFF========\r\n概述\r\n========  \r\n\r\nbody\r\n";
        assertThat(fix(text)).isEqualTo("\uFEFF====\r\n概述\r\n====  \r\n\r\nbody\r\n");
    }

    @Test
    void fixesTitlesInsideOnlyBlocksInPlace() {
        assertThat(fix(".. only:: html\n\n   索引\n   =====\n\n   text\n"))
                .isEqualTo(".. only:: html\n\n   索引\n   ====\n\n   text\n");
    }

    @Test
    void isIdempotent() {
        String once = fix("标题一\n===\n\nKCSAN 简介\n--------------\n\n😀 emoji\n=======\n");
        assertThat(fix(once)).isEqualTo(once);
        assertThat(once).isEqualTo("标题一\n======\n\nKCSAN 简介\n----------\n\n😀 emoji\n========\n");
    }

    @Test
    void leavesMismatchedOverlinesAndNonTitlesAlone() {
        String text = "=====\n标题\n-----\n\nSome text\n::\n\n   code\n   ====\n";
        assertThat(fix(text)).isEqualTo(text);
    }

    @Test
    void fileFixWritesAtomicallyAndOnlyWhenNeeded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.rst");
        Files.writeString(file, "中文\n==\n\n正文\n", StandardCharsets.UTF_8);
        assertThat(FileFix.fix(file, LintConfig.defaults())).isTrue();
        assertThat(Files.readString(file)).isEqualTo("中文\n====\n\n正文\n");
        assertThat(FileFix.fix(file, LintConfig.defaults())).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
