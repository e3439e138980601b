package org.kdocs.site.ext.kernel.prestep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.testing.TestResources;

/**
 * ynl-gen-rst.py in Java. gadget.rst and netlink-index.rst are what the
 * kernel's Python generator (Linux 6.12, tools/net/ynl/ynl-gen-rst.py with
 * PyYAML) wrote for gadget.yaml and for a directory of pages.
 */
class NetlinkSpecRstTest {
    private static String resource(String name) throws IOException {
        return TestResources.read("org/kdocs/site/ext/kernel/prestep/" + name);
    }

    @Test
    void writesWhatThePythonGeneratorWrites() throws Exception {
        assertThat(NetlinkSpecRst.page(resource("gadget.yaml"))).isEqualTo(resource("gadget.rst"));
    }

    @Test
    void valuesReadAsPythonWouldPrintThem() throws Exception {
        String page = NetlinkSpecRst.page(resource("gadget.yaml"));
        assertThat(page)
                .contains(":value: 16\n")                      // 0x10, an int
                .contains("    - ``False``\n")                // YAML 1.1 reads "off" as false
                .contains(":aliases: ['size', \"it's\"]\n")    // a list prints as its repr
                .contains(":tiny: 1e-05\n")
                .contains(":note: None\n")
                .contains("größe (``u64``)\n~~~~~~~~~~~~~~~\n"); // underline counts code points
    }

    @Test
    void indexListsThePagesSortedWithoutSuffix() throws Exception {
        assertThat(NetlinkSpecRst.index(List.of("z.rst", "gadget.rst", "a_b.rst", "a-b.rst", "index.rst",
                "readme.txt", "rst.rst.rst"))).isEqualTo(resource("netlink-index.rst"));
    }

    @Test
    void aMissingOperationDocStopsThePage() {
        assertThatThrownBy(() -> NetlinkSpecRst.page("name: x\noperations:\n  list:\n    - name: get\n"))
                .isInstanceOf(NetlinkSpecRst.BadSpec.class).hasMessageContaining("doc");
    }

    @Test
    void aYamlErrorNamesItsLine() {
        assertThatThrownBy(() -> NetlinkSpecRst.page("name: x\ndoc: [unclosed\n\nother: 1\n"))
                .isInstanceOf(NetlinkSpecRst.BadSpec.class)
                .satisfies(e -> assertThat(((NetlinkSpecRst.BadSpec) e).line()).isGreaterThan(1));
    }

    @Test
    void aSpecThatExpandsWithoutBoundIsRefused() {
        StringBuilder yaml = new StringBuilder("name: x\na0: &a0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n");
        for (int i = 1; i < 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> NetlinkSpecRst.page(yaml.toString()))
                .isInstanceOf(NetlinkSpecRst.BadSpec.class).hasMessageContaining("expands");
    }

    @Test
    void pythonTextMatchesStrAndStrip() {
        assertThat(PythonText.str(List.of(1, true, "a'b\"c", 2.5))).isEqualTo("[1, True, 'a\\'b\"c', 2.5]");
        assertThat(PythonText.str(1.0e16)).isEqualTo("1e+16");
        assertThat(PythonText.str(123.0)).isEqualTo("123.0");
        assertThat(PythonText.strip("\u00a0 x \u3000")).isEqualTo("x");
        assertThat(PythonText.len("größe")).isEqualTo(5);
    }
}
