package org.kdocs.writers.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Which link targets a page may carry, decided once for every source format
 * (reStructuredText references, targets and image targets, the HTML that
 * Markdown and AsciiDoc pages bring): the HTML writer applies it to every
 * URL attribute it writes. A URI is judged as a browser would read it: HTML
 * entities decoded, the ASCII controls and spaces a URL parser ignores
 * removed, the scheme case-folded. {@link #SAFE} admits relative references
 * and the schemes of ordinary links; an image may also be a {@code data:}
 * image, which a browser never runs. {@code javascript:}, {@code vbscript:},
 * {@code data:text/html} and every other scheme are refused, however they are
 * spelt ({@code JaVaScRiPt:}, {@code &#106;avascript:}, {@code java&#9;script:}).
 */
public final class UriPolicy {
    /** Every URI, as docutils writes them: for sources the user trusts. */
    public static final UriPolicy ANY = new UriPolicy(false);
    /** Only relative references and ordinary schemes: the default of an untrusted build. */
    public static final UriPolicy SAFE = new UriPolicy(true);

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "ftp", "ftps", "sftp", "ssh",
            "git", "irc", "ircs", "news", "nntp", "tel", "xmpp");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.\\-]*):");
    private static final Pattern SAFE_DATA_IMAGE = Pattern.compile("data:image/(png|gif|jpeg|webp|svg\\+xml)[;,].*",
            Pattern.DOTALL);
    /** The attributes whose values a browser follows or loads as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "cite", "data", "srcset", "ping", "longdesc", "codebase", "manifest");

    private final boolean restrictive;

    private UriPolicy(boolean restrictive) {
        this.restrictive = restrictive;
    }

    /** Whether this policy lets every URI through. */
    public boolean admitsEverything() {
        return !restrictive;
    }

    /** Whether an attribute of this name holds a URL the browser follows or loads. */
    public static boolean isUrlAttribute(String name) {
        return URL_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the value of attribute {@code attribute} of element {@code tag} may be written;
     * other attributes always may.
     */
    public boolean admits(String tag, String attribute, String value) {
        if (!restrictive || value == null || !isUrlAttribute(attribute)) {
            return true;
        }
        String uri = asBrowserReadsIt(value);
        Matcher scheme = SCHEME.matcher(uri);
        if (!scheme.lookingAt()) {
            return true; // a relative reference: a path, "?query" or "#fragment"
        }
        boolean image = tag.equalsIgnoreCase("img") && attribute.equalsIgnoreCase("src");
        if (image && SAFE_DATA_IMAGE.matcher(uri).matches()) {
            return true;
        }
        return (image ? IMAGE_SCHEMES : LINK_SCHEMES).contains(scheme.group(1));
    }

    /**
     * HTML that another library wrote (Markdown, AsciiDoc) with every URL attribute this
     * policy refuses removed; the text itself when nothing is refused.
     */
    public String filterHtml(String html) {
        if (!restrictive || html.indexOf('=') < 0) {
            return html;
        }
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element element : fragment.body().getAllElements()) {
            for (Attribute attribute : List.copyOf(element.attributes().asList())) {
                if (!admitsAll(element.tagName(), attribute.getKey(), attribute.getValue())) {
                    element.removeAttr(attribute.getKey());
                    changed = true;
                }
            }
        }
        if (!changed) {
            return html;
        }
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }

    // srcset holds several URLs, each before its size
    private boolean admitsAll(String tag, String attribute, String value) {
        if (!attribute.equalsIgnoreCase("srcset")) {
            return admits(tag, attribute, value);
        }
        for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!admits(tag, "href", url)) {
                return false;
            }
        }
        return true;
    }

    /** Entities decoded, controls and spaces dropped as the URL parser drops them, letters folded. */
    static String asBrowserReadsIt(String value) {
        String decoded = value;
        for (int i = 0; i < 3 && decoded.indexOf('&') >= 0; i++) {
            String next = Parser.unescapeEntities(decoded, true);
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > ' ' && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
