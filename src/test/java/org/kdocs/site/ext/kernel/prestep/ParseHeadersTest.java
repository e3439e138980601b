package org.kdocs.site.ext.kernel.prestep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kdocs.testing.TestResources;

/**
 * parse-headers.pl in Java. gadget.h.rst is what the kernel's Perl script
 * (Linux 6.12, Documentation/sphinx/parse-headers.pl) wrote for gadget.h and
 * gadget.h.rst.exceptions (the same with five Perl hash seeds), gadget-no-exceptions.h.rst what
 * it wrote for gadget.h alone.
 */
class ParseHeadersTest {
    static String resource(String name) throws IOException {
        return new String(TestResources.bytes("org/kdocs/site/ext/kernel/prestep/" + name), StandardCharsets.ISO_8859_1);
    }

    @Test
    void writesWhatThePerlScriptWrites() throws Exception {
        String page = ParseHeaders.convert(resource("gadget.h"), "gadget.h", resource("gadget.h.rst.exceptions"));
        assertThat(page).isEqualTo(resource("gadget.h.rst"));
    }

    @Test
    void linksEachKindOfSymbolWithItsDefaultRole() throws Exception {
        String page = ParseHeaders.convert(resource("gadget.h"), "gadget.h", null);
        assertThat(page)
                .contains("\\#define \\ :ref:`GADGET_FLAG_ON <gadget-flag-on>`")
                .contains("\\ :ref:`GADGET_IOC_GET <gadget_ioc_get>`")
                // an enum symbol is taken only at the start of its line, as the script's pattern does
                .contains("\\ :ref:`GADGET_MODE_FAST <gadget-mode-fast>` = 2, GADGET\\_MODE\\_HIDDEN")
                .contains("enum :c:type:`gadget_colour`")
                .contains("struct gadget_secret\n")
                .contains("\\} \\ :c:type:`gadget_pair_t`\\ ;")
                .contains("\\#ifndef \\ :ref:`_UAPI_LINUX_GADGET_H <-uapi-linux-gadget-h>`");
        assertThat(page).isEqualTo(resource("gadget-no-exceptions.h.rst"));
    }

    @Test
    void exceptionsIgnoreAndRedirectSymbols() throws Exception {
        String page = ParseHeaders.convert(resource("gadget.h"), "gadget.h", resource("gadget.h.rst.exceptions"));
        assertThat(page)
                .contains(":ref:`GADGET_FLAG_ON <gadget-flags>`")
                .contains(":c:type:`GADGET_RED <gadget_colour>`")
                .contains(":c:func:`gadget_colour <gadget_paint>`")
                .contains("\\#define GADGET\\_IOC\\_OLD")
                .contains("GADGET\\_MODE\\_HIDDEN\n")
                .doesNotContain("NOT_IN_THE_HEADER");
    }

    @Test
    void titleIsUnderlinedToItsLengthAndBlankLinesCollapse() throws Exception {
        String page = ParseHeaders.convert("int x;\n\n\n\nint y;\n\n", "a-long-name.h", null);
        assertThat(page).isEqualTo(".. -*- coding: utf-8; mode: rst -*-\n\na-long-name.h\n=============\n\n"
                + ".. parsed-literal::\n\n    int x;\n\n    int y;\n");
    }

    @Test
    void tabsExpandToColumnsOfEight() {
        assertThat(ParseHeaders.expandTabs("a\tb\n\tc\tdd\te")).isEqualTo("a       b\n        c       dd      e");
    }

    @Test
    void aRuleThatIsNeitherIgnoreNorReplaceNamesItsLine() {
        assertThatThrownBy(() -> ParseHeaders.convert("#define FOO 1\n", "x.h",
                "# comment\nignore define FOO\nrename define FOO BAR\n"))
                .isInstanceOf(ParseHeaders.BadExceptions.class)
                .hasMessageContaining("rename define FOO BAR")
                .satisfies(e -> assertThat(((ParseHeaders.BadExceptions) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> ParseHeaders.convert("#define FOO 1\n", "x.h", "replace macro FOO :ref:`x`\n"))
                .isInstanceOf(ParseHeaders.BadExceptions.class);
    }
}
