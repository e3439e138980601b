package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.RstSettings;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Markup recognised in plain text without start-strings: standalone URIs and
 * e-mail addresses, and PEP and RFC references when enabled (docutils
 * Inliner.implicit_inline with the uri, email, pep and rfc patterns).
 */
final class ImplicitMarkup {
    // The registered URI schemes docutils accepts in standalone URIs (docutils.utils.urischemes).
    private static final Set<String> SCHEMES = Set.of(("about acap addbook afp afs aim callto castanet chttp cid"
            + " crid data dav dict dns eid fax feed file finger freenet ftp go gopher gsm-sms h323 h324 hdl hnews"
            + " http https hydra iioploc ilu im imap info ior ipp irc iris.beep iseek jar javascript jdbc ldap"
            + " lifn livescript lrq mailbox mailserver mailto md5 mid mocha modem mtqp mupdate news nfs nntp"
            + " opaquelocktoken phone pop pop3 pres printer prospero rdar res rtsp rvp rwhois rx sdp service"
            + " shttp sip sips smb snews snmp soap.beep soap.beeps ssh t120 tag tcp tel telephone telnet tftp tip"
            + " tn3270 tv urn uuid vemmi videotex view-source wais whodp whois++ x-man-page xmlrpc.beep"
            + " xmlrpc.beeps z39.50r z39.50s").split(" "));

    private static final String URIC = "[-_.!~*'()\\[\\];/:@&=+$,%a-zA-Z0-9\\x00]";
    private static final String URILAST = "[_~*/=+a-zA-Z0-9]";
    private static final String URI_END = "(?:" + URILAST + "|" + URIC + "(?=>))";
    private static final String EMAILC = "[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\\x00]";
    private static final String EMAIL = EMAILC + "++(?:\\." + EMAILC + "++)*+(?<!\\x00)@"
            + EMAILC + "+(?:\\." + EMAILC + "*)*" + URI_END;

    private final RstSettings settings;
    private final Pattern uri;
    private final Pattern email;
    private final Pattern afterScheme;
    private final Pattern afterAt;
    private final Pattern pep;
    private final Pattern rfc;

    /** The compiled patterns for one setting of character-level markup; compiling them per document is costly. */
    private record Patterns(Pattern uri, Pattern afterScheme, Pattern afterAt, Pattern email, Pattern pep,
                            Pattern rfc) {
    }

    private static final Patterns WORD_LEVEL = compile(false);
    private static final Patterns CHARACTER_LEVEL = compile(true);

    ImplicitMarkup(RstSettings settings) {
        this.settings = settings;
        Patterns patterns = settings.characterLevelInlineMarkup() ? CHARACTER_LEVEL : WORD_LEVEL;
        this.uri = patterns.uri();
        this.afterScheme = patterns.afterScheme();
        this.afterAt = patterns.afterAt();
        this.email = patterns.email();
        this.pep = patterns.pep();
        this.rfc = patterns.rfc();
    }

    private static Patterns compile(boolean characterLevel) {
        String space = PunctuationChars.spaceClass();
        String startPrefix;
        String endSuffix;
        if (characterLevel) {
            startPrefix = "(?:^|(?<!\\x00))";
            endSuffix = "";
        } else {
            startPrefix = "(?:^|(?<=[" + space + PunctuationChars.regexClass(true, false, true) + "]))";
            endSuffix = "(?:$|(?=[" + space + "\\x00\\\\.,;!?" + PunctuationChars.regexClass(false, true, true)
                    + "]))";
        }
        // UNIX_LINES: "$" and "." know only "\n" as a line end, as in Python
        int flags = Pattern.UNIX_LINES;
        String afterColon = "(?:(?://?)?" + URIC + "*" + URI_END + ")"
                + "(?:\\?" + URIC + "*" + URI_END + ")?"
                + "(?:#" + URIC + "*" + URI_END + ")?";
        String host = EMAILC + "+(?:\\." + EMAILC + "*)*" + URI_END;
        Pattern uri = Pattern.compile(startPrefix + "(?<whole>(?<absolute>(?<scheme>[a-zA-Z][a-zA-Z0-9.+-]*+):"
                + afterColon + ")|(?<email>" + EMAIL + "))" + endSuffix, flags);
        Pattern afterScheme = Pattern.compile(afterColon + endSuffix, flags);
        Pattern afterAt = Pattern.compile(host + endSuffix, flags);
        Pattern email = Pattern.compile(EMAIL);
        String digit = "\\p{Nd}";
        // the literal lookahead first keeps the search cheap where nothing can match
        Pattern pep = Pattern.compile("(?=pep-|PEP)" + startPrefix + "(?:(?:pep-(?<pepnum1>" + digit
                + "+)(?:.txt)?)|(?:PEP[" + space + "]+(?<pepnum2>" + digit + "+)))" + endSuffix, flags);
        Pattern rfc = Pattern.compile("(?=RFC)" + startPrefix + "(?:RFC(?:-|[" + space + "]+)?(?<rfcnum>" + digit
                + "+))" + endSuffix, flags);
        return new Patterns(uri, afterScheme, afterAt, email, pep, rfc);
    }

    /** A recognised piece: its span and nodes. */
    private record Hit(int start, int end, List<Node> nodes) {
    }

    /** Text and reference nodes for {@code s[from, to)}, seen as a string of its own. */
    List<Node> parse(String s, int from, int to) {
        List<Node> out = new ArrayList<>();
        UriScanner uris = new UriScanner(s, to, settings.characterLevelInlineMarkup(), afterScheme, afterAt);
        int pos = from;
        while (pos < to) {
            Hit hit = standaloneUri(s, uris.find(pos));
            if (hit == null && settings.pepReferences()) {
                hit = pepReference(find(pep, s, pos, to));
            }
            if (hit == null && settings.rfcReferences()) {
                hit = rfcReference(find(rfc, s, pos, to));
            }
            if (hit == null) {
                out.add(new Text(s.substring(pos, to)));
                break;
            }
            out.addAll(parse(s, pos, hit.start()));
            out.addAll(hit.nodes());
            pos = hit.end();
        }
        return out;
    }

    private static Matcher find(Pattern pattern, String s, int from, int to) {
        Matcher m = pattern.matcher(s);
        m.region(from, to);
        return m.find() ? m : null;
    }

    /** Whether a URI or e-mail address starts the text (docutils patterns.uri.match). */
    boolean startsWithUri(String text) {
        return uri.matcher(text).lookingAt();
    }

    /** Prefixes "mailto:" to a whole e-mail address (docutils adjust_uri). */
    String adjustUri(String text) {
        return email.matcher(text).matches() ? "mailto:" + text : text;
    }

    private static Hit standaloneUri(String s, UriScanner.Found found) {
        if (found == null) {
            return null;
        }
        if (!found.email()) {
            String scheme = s.substring(found.start(), found.schemeEnd());
            if (!SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return null; // docutils then gives up on URIs in this text
            }
        }
        String text = s.substring(found.start(), found.end());
        String refuri = (found.email() ? "mailto:" : "") + Escapes.unescape(text);
        Element reference = Element.text(NodeType.REFERENCE, Escapes.restoreBackslashes(text), text);
        reference.set("refuri", refuri);
        return new Hit(found.start(), found.end(), List.of(reference));
    }

    private Hit pepReference(Matcher m) {
        if (m == null) {
            return null;
        }
        String text = m.group();
        int pepnum;
        if (text.startsWith("pep-")) {
            pepnum = parseNumber(m.group("pepnum1"));
        } else if (text.startsWith("PEP")) {
            pepnum = parseNumber(m.group("pepnum2"));
        } else {
            return null;
        }
        if (pepnum < 0) {
            return null;
        }
        String ref = settings.pepBaseUrl() + String.format(settings.pepFileUrlTemplate(), pepnum);
        Element reference = Element.text(NodeType.REFERENCE, Escapes.restoreBackslashes(text), text);
        reference.set("refuri", ref);
        return new Hit(m.start(), m.end(), List.of(reference));
    }

    private Hit rfcReference(Matcher m) {
        if (m == null) {
            return null;
        }
        String text = m.group();
        if (!text.startsWith("RFC")) {
            return null;
        }
        int rfcnum = parseNumber(m.group("rfcnum"));
        if (rfcnum < 0) {
            return null;
        }
        String ref = settings.rfcBaseUrl() + "rfc" + rfcnum + ".html";
        Element reference = Element.text(NodeType.REFERENCE, Escapes.restoreBackslashes(text), text);
        reference.set("refuri", ref);
        return new Hit(m.start(), m.end(), List.of(reference));
    }

    /** A non-negative decimal number (any Unicode digits), or -1 when it does not fit an int. */
    static int parseNumber(String digits) {
        try {
            return Integer.parseInt(Escapes.unescape(digits));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
