package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.markdown.MarkdownReader;

/**
 * No page carries a live script URL: not through a file name that looks
 * like a scheme, and, in an untrusted build, not through any link a source
 * writes, whatever its format and spelling (issue 17, items 4 and 5).
 */
class LiveScriptTest {
    private static final String HOSTILE_NAME = "javascript:alert(document.domain)";

    @TempDir
    Path dir;

    /** Every URL attribute of every page, as the browser resolves it against the page's file URL. */
    private static List<String> schemes(Path out) throws IOException {
        List<String> schemes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
                for (Element e : page.select("[href], [src], [action], [formaction]")) {
                    for (String attribute : List.of("href", "src", "action", "formaction")) {
                        if (e.hasAttr(attribute)) {
                            String value = e.attr(attribute).strip();
                            String scheme = value.matches("(?s)[A-Za-z][A-Za-z0-9+.\\-]*:.*")
                                    ? value.substring(0, value.indexOf(':')).toLowerCase(Locale.ROOT) : "relative";
                            schemes.add(scheme + " " + out.relativize(file) + " " + value);
                        }
                    }
                }
            }
        }
        return schemes;
    }

    @Test
    void aPageNamedLikeAScriptUrlIsLinkedAsARelativePathEverywhere() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), "Home\n====\n\n.. toctree::\n   :glob:\n\n   *\n");
        Files.writeString(docs.resolve(HOSTILE_NAME + ".rst"), "Hostile\n=======\n\n.. index:: hostile term\n\n"
                + "Searchable hostileword.\n");
        Files.writeString(docs.resolve("zzz.rst"), "Last\n====\n\nAfter it.\n");
        Path out = dir.resolve("out");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(out).jobs(1).build().run();
        assertThat(result.failed()).isFalse();
        assertThat(out.resolve(HOSTILE_NAME + ".html")).exists();

        List<String> links = schemes(out);
        assertThat(links).noneMatch(l -> l.startsWith("javascript"));
        // every link to the page is a relative path that leads to its file: sidebar, toctree, prev/next, genindex
        List<String> toHostile = links.stream().filter(l -> l.contains("alert(document.domain)")
                && !l.contains("_sources")).toList();
        assertThat(toHostile).hasSizeGreaterThanOrEqualTo(4).allSatisfy(l -> assertThat(l).startsWith("relative "));
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        Element next = index.selectFirst("a.next");
        assertThat(next.attr("href")).isEqualTo("./javascript%3Aalert(document.domain).html");
        Path target = out.resolve(URLDecoder.decode(URI.create(next.attr("href")).getRawPath(), StandardCharsets.UTF_8));
        assertThat(target).exists();
        Document genindex = Jsoup.parse(out.resolve("genindex.html").toFile(), "UTF-8");
        assertThat(genindex.select("a[href*=alert]")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("./javascript%3A"));

        JsonNode search = new ObjectMapper().readTree(out.resolve("searchindex.json").toFile());
        List<String> urls = new ArrayList<>();
        search.get("pages").forEach(p -> urls.add(p.get("url").asText()));
        assertThat(urls).contains("./javascript%3Aalert(document.domain).html")
                .noneMatch(u -> u.toLowerCase(Locale.ROOT).startsWith("javascript:"));
    }

    @Test
    void anUntrustedBuildWritesNoScriptUrlFromAnySourceFormat() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), """
                Home
                ====

                A `plain <javascript:alert(1)>`_ link, a `cased <JaVaScRiPt:alert(2)>`_ one,
                a `vb <vbscript:msgbox(3)>`_ one, a `data <data:text/html;base64,PHNjcmlwdD4=>`_ one
                and a named target_. An `ordinary <https://kernel.org/>`_ link stays.

                .. _target: javascript:alert(4)

                .. image:: https://kernel.org/logo.png
                   :target: vbscript:msgbox(5)

                .. toctree::

                   notes
                   guide
                """);
        Files.writeString(docs.resolve("notes.md"), """
                # Notes

                [upper](JAVASCRIPT:alert(6)) [entity](&#106;avascript:alert(7)) [vb](vbscript:msgbox(8))
                [data](data:text/html,<b>9</b>) <javascript:alert(10)> [fine](https://kernel.org/doc/)
                """);
        // kdocs build --untrusted shows AsciiDoc as text; a builder that renders it anyway gets no script URL either
        Files.writeString(docs.resolve("guide.adoc"), """
                = Guide

                A link:javascript:alert(11)[macro] link, a link:JaVaScRiPt:alert(12)[cased] one,
                a link:vbscript:msgbox(13)[vb] one and a link:https://kernel.org/adoc/[fine] one.

                image::https://kernel.org/logo.png[Logo,link="javascript:alert(14)"]
                """);
        Path out = dir.resolve("out");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(out).jobs(1).trust(Trust.UNTRUSTED)
                .reader(".md", new MarkdownReader(false)).reader(".adoc", new AsciidocReader()).build().run();
        assertThat(result.failed()).isFalse();
        List<String> links = schemes(out);
        assertThat(links).filteredOn(l -> !l.startsWith("relative") && !l.startsWith("https")).isEmpty();
        assertThat(links).anyMatch(l -> l.equals("https index.html https://kernel.org/"))
                .anyMatch(l -> l.equals("https notes.html https://kernel.org/doc/"))
                .anyMatch(l -> l.equals("https guide.html https://kernel.org/adoc/"));
        String notes = Files.readString(out.resolve("notes.html"));
        assertThat(notes).contains(">upper</a>").contains(">entity</a>").contains(">data</a>");
        assertThat(Files.readString(out.resolve("guide.html"))).contains(">macro</a>").contains(">cased</a>")
                .contains(">vb</a>");
    }

    @Test
    void aTrustedBuildKeepsWhatTheAuthorWrote() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), "Home\n====\n\nA `bookmarklet <javascript:void(0)>`_.\n");
        Path out = dir.resolve("out");
        assertThat(SiteBuilder.builder().source(docs).output(out).jobs(1).build().run().failed()).isFalse();
        assertThat(schemes(out)).contains("javascript index.html javascript:void(0)");
    }
}
