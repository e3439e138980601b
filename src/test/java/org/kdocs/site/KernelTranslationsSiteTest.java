package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/**
 * The kernel's in-tree translations (src/test/resources/kernel-translations): pages below
 * translations/LANG/ and their originals get a language menu listing the versions that exist.
 */
class KernelTranslationsSiteTest {
    private static final Path FIXTURE = TestResources.path("kernel-translations/Documentation");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        SiteBuilder.Result result = SiteBuilder.builder().source(FIXTURE).output(out).jobs(2).build().run();
        assertThat(result.failed()).isFalse();
        assertThat(result.warnings()).isEmpty();
    }

    private static Element menu(String path) throws IOException {
        Document page = Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
        Elements menus = page.select("nav.language-switch");
        return menus.isEmpty() ? null : menus.first();
    }

    @Test
    void theOriginalListsEveryExistingTranslationByTheKernelsNames() throws IOException {
        Element menu = menu("process/howto.html");
        assertThat(menu.select(".current-language").text()).isEqualTo("English");
        assertThat(menu.select("a").eachText()).containsExactly("Chinese (Simplified)", "Italian");
        assertThat(menu.select("a").eachAttr("href")).containsExactly("../translations/zh_CN/process/howto.html",
                "../translations/it_IT/process/howto.html");
        assertThat(menu.select("a").eachAttr("hreflang")).containsExactly("zh-CN", "it-IT");
    }

    @Test
    void aTranslationListsTheOriginalFirstAndTheOtherTranslations() throws IOException {
        Element menu = menu("translations/zh_CN/process/howto.html");
        assertThat(menu.select(".current-language").text()).isEqualTo("Chinese (Simplified)");
        assertThat(menu.select("a").eachText()).containsExactly("English", "Italian");
        assertThat(menu.select("a").eachAttr("href")).containsExactly("../../../process/howto.html",
                "../../it_IT/process/howto.html");
    }

    @Test
    void pagesWithoutCounterpartsHaveNoMenu() throws IOException {
        assertThat(menu("process/only-en.html")).isNull();
        assertThat(menu("translations/zh_CN/process/only-zh.html")).isNull();
        assertThat(menu("translations/index.html")).isNull();
        assertThat(menu("index.html")).isNull();
    }
}
