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

    private interface Handler {
        /** Nodes for the match, or null when it is not markup after all (docutils' MarkupMismatch). */
        List<Node> apply(Matcher match);
    }

    private record Rule(Pattern pattern, Handler handler, String needles) {
    }

    private final RstSettings settings;
    private final Pattern uri;
    private final Pattern email;
    private final List<Rule> rules = new ArrayList<>();

    ImplicitMarkup(RstSettings settings) {
        this.settings = settings;
        String space = PunctuationChars.spaceClass();
        String startPrefix;
        String endSuffix;
        if (settings.characterLevelInlineMarkup()) {
            startPrefix = "(?:^|(?<!\\x00))";
            endSuffix = "";
        } else {
            startPrefix = "(?:^|(?<=[" + space + PunctuationChars.regexClass(true, false, true) + "]))";
            endSuffix = "(?:$|(?=[" + space + "\\x00\\\\.,;!?" + PunctuationChars.regexClass(false, true, true)
                    + "]))";
        }
        uri = Pattern.compile(startPrefix + "(?<whole>(?<absolute>(?<scheme>[a-zA-Z][a-zA-Z0-9.+-]*+):"
                + "(?:(?://?)?" + URIC + "*" + URI_END + ")"
                + "(?:\\?" + URIC + "*" + URI_END + ")?"
                + "(?:#" + URIC + "*" + URI_END + ")?)"
                + "|(?<email>" + EMAIL + "))" + endSuffix);
        email = Pattern.compile(EMAIL);
        String digit = "\\p{Nd}";
        Pattern pep = Pattern.compile(startPrefix + "(?:(?:pep-(?<pepnum1>" + digit + "+)(?:.txt)?)|(?:PEP["
                + space + "]+(?<pepnum2>" + digit + "+)))" + endSuffix);
        Pattern rfc = Pattern.compile(startPrefix + "(?:RFC(?:-|[" + space + "]+)?(?<rfcnum>" + digit + "+))"
                + endSuffix);
        rules.add(new Rule(uri, this::standaloneUri, ":@"));
        if (settings.pepReferences()) {
            rules.add(new Rule(pep, this::pepReference, "pP"));
        }
        if (settings.rfcReferences()) {
            rules.add(new Rule(rfc, this::rfcReference, "R"));
        }
    }

    /** Text and reference nodes for {@code s[from, to)}, seen as a string of its own. */
    List<Node> parse(String s, int from, int to) {
        List<Node> out = new ArrayList<>();
        int pos = from;
        outer:
        while (pos < to) {
            for (Rule rule : rules) {
                if (!containsAny(s, pos, to, rule.needles())) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(s);
                m.region(pos, to);
                if (m.find()) {
                    List<Node> nodes = rule.handler().apply(m);
                    if (nodes != null) {
                        int start = m.start();
                        int end = m.end();
                        out.addAll(parse(s, pos, start));
                        out.addAll(nodes);
                        pos = end;
                        continue outer;
                    }
                }
            }
            out.add(new Text(s.substring(pos, to)));
            break;
        }
        return out;
    }

    private static boolean containsAny(String s, int from, int to, String needles) {
        for (int i = from; i < to; i++) {
            if (needles.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a URI or e-mail address starts the text (docutils patterns.uri.match). */
    boolean startsWithUri(String text) {
        return uri.matcher(text).lookingAt();
    }

    /** Prefixes "mailto:" to a whole e-mail address (docutils adjust_uri). */
    String adjustUri(String text) {
        return email.matcher(text).matches() ? "mailto:" + text : text;
    }

    private List<Node> standaloneUri(Matcher m) {
        String scheme = m.group("scheme");
        if (scheme != null && !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String text = m.group("whole");
        String refuri = (m.group("email") != null ? "mailto:" : "") + Escapes.unescape(text);
        Element reference = Element.text(NodeType.REFERENCE, Escapes.restoreBackslashes(text), text);
        reference.set("refuri", refuri);
        return List.of(reference);
    }

    private List<Node> pepReference(Matcher m) {
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
        return List.of(reference);
    }

    private List<Node> rfcReference(Matcher m) {
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
        return List.of(reference);
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
