package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/** Exit codes of kdocs build. */
class BuildCommandTest {
    @TempDir
    Path dir;

    private Path docs(String index) throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), index);
        return docs;
    }

    @Test
    void aCleanBuildExitsWithZeroAndWritesTheSite() throws IOException {
        Path docs = docs("Title\n=====\n\nText.\n");
        assertThat(Main.execute("build", "-q", "-W", "-j", "1", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(0);
        assertThat(dir.resolve("out/index.html")).exists();
    }

    @Test
    void theSourceDirectoryIsTheIncludeRootSoItsOwnParentIncludesWork() throws IOException {
        Path docs = docs("Title\n=====\n\n.. toctree::\n\n   translations/it_IT/page\n");
        Files.createDirectories(docs.resolve("translations/it_IT"));
        Files.writeString(docs.resolve("translations/disclaimer-ita.rst"), ":orphan:\n\nAttenzione.\n");
        Files.writeString(docs.resolve("translations/it_IT/page.rst"),
                "Pagina\n======\n\n.. include:: ../disclaimer-ita.rst\n");
        Files.writeString(dir.resolve("secret.txt"), "Do not publish.\n");
        assertThat(Main.execute("build", "-q", "-W", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(0);
        assertThat(Files.readString(dir.resolve("out/translations/it_IT/page.html"))).contains("Attenzione.");

        Files.writeString(docs.resolve("translations/it_IT/page.rst"), "Pagina\n======\n\n.. include:: ../../../secret.txt\n");
        // a SEVERE include problem stops the build (the kernel's halt level) and keeps the previous site
        assertThat(Main.execute("build", "-q", "-W", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out/translations/it_IT/page.html"))).doesNotContain("Do not publish");
    }

    @Test
    void warningsFailTheBuildOnlyWithW() throws IOException {
        Path docs = docs("Title\n=====\n\n:ref:`nowhere`\n");
        assertThat(Main.execute("build", "-q", "-o", dir.resolve("out").toString(), docs.toString())).isEqualTo(0);
        assertThat(Main.execute("build", "-q", "-W", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(1);
    }

    @Test
    void kernelDocsOwnWarningsAreShownButDoNotFailW() throws IOException {
        Path docs = dir.resolve("linux/Documentation");
        Files.createDirectories(docs.resolve("sphinx"));
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\n.. kernel-doc:: x.c\n");
        Files.writeString(dir.resolve("linux/x.c"), "/**\n * probe() - find it\n */\nint probe(int flags);\n");
        assertThat(Main.execute("build", "-q", "-W", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(0);
    }

    @Test
    void aRebuildFromTheCacheFailsWithWAsTheFirstBuildDid() throws IOException {
        Path docs = docs("Title\n=====\n\n.. no-such-directive::\n");
        String out = dir.resolve("out").toString();
        assertThat(Main.execute("build", "-q", "-W", "-o", out, docs.toString())).isEqualTo(1);
        assertThat(dir.resolve("out/.kdocs-cache/pages.idx")).exists();
        assertThat(Main.execute("build", "-q", "-W", "-o", out, docs.toString())).isEqualTo(1);
        assertThat(Main.execute("build", "-q", "-W", "--fresh", "-o", out, docs.toString())).isEqualTo(1);
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\nFixed.\n");
        assertThat(Main.execute("build", "-q", "-W", "-E", "-o", out, docs.toString())).isEqualTo(0);
    }

    @Test
    void aFailingSpecExampleFailsTheBuildOnlyWithW() {
        String docs = TestResources.path("site-spec-fixture/docs").toString();
        assertThat(Main.execute("build", "-q", "-o", dir.resolve("out").toString(), docs)).isEqualTo(0);
        assertThat(dir.resolve("out/spec-report.html")).exists();
        assertThat(Main.execute("build", "-q", "-W", "-j", "2", "-o", dir.resolve("out").toString(), docs))
                .isEqualTo(1);
    }

    @Test
    void passingSpecExamplesKeepTheBuildClean() throws IOException {
        Path docs = docs("Title\n=====\n\n.. spec:: page-table-check\n   :name: hello\n   :threads: main\n"
                + "   :expect: ok\n\n   int main(void) { pr_info(\"hi\\n\"); return 0; }\n\n"
                + ".. spec-output:: hello\n\n   hi\n");
        assertThat(Main.execute("build", "-q", "-W", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(0);
        assertThat(Files.readString(dir.resolve("out/spec-report.html"))).contains("1 example: 1 passed, 0 failed.");
    }

    @Test
    void aMissingSourceDirectoryFailsWithTwo() {
        assertThat(Main.execute("build", "-q", "-o", dir.resolve("out").toString(), dir.resolve("nope").toString()))
                .isEqualTo(2);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void untrustedRefusesRawMarkupAndFailsWithW() throws IOException {
        Path docs = docs("Title\n=====\n\n.. raw:: html\n\n   <b>raw</b>\n");
        assertThat(Main.execute("build", "-q", "-W", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(0);
        assertThat(Main.execute("build", "-q", "-W", "--untrusted", "-o", dir.resolve("out").toString(),
                docs.toString())).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out/index.html"))).doesNotContain("<b>raw</b>");
    }

    @Test
    void untrustedWritesNoScriptLinkWhichATrustedBuildKeeps() throws IOException {
        // issue 17, item 5: the URI policy is what --untrusted means, not an option beside it
        Path docs = docs("Title\n=====\n\nA `link <JaVaScRiPt:alert(1)>`_ and `another <https://kernel.org/>`_.\n");
        assertThat(Main.execute("build", "-q", "-o", dir.resolve("trusted").toString(), docs.toString())).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("trusted/index.html"))).contains("href=\"JaVaScRiPt:alert(1)\"");
        assertThat(Main.execute("build", "-q", "--untrusted", "-o", dir.resolve("out").toString(), docs.toString()))
                .isEqualTo(0);
        assertThat(Files.readString(dir.resolve("out/index.html"))).doesNotContainIgnoringCase("javascript:")
                .contains("href=\"https://kernel.org/\"");
    }
}
