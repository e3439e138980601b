package org.kdocs.site.ext.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.site.SiteExtension;
import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Links written without markup, as the kernel's Documentation/sphinx/automarkup.py (Linux 6.12) does
 * once cross-references are resolved: in the plain text of paragraphs (not inside a literal or a
 * reference), {@code name()} links to the C object of that name, {@code struct|union|enum|typedef NAME}
 * to the C object NAME, {@code Documentation/dir/page.rst} (or {@code .txt}, or a path relative to the
 * page) to that page with its title as text, and {@code commit HASH} to git.kernel.org. A name with no
 * target stays plain text, silently.
 *
 * <p>Where the kernel's matches overlap ("typedef struct foo" matches both typedef and struct), the
 * kernel writes the overlapping text twice, and so does this. A C name is looked up first in the scope
 * of the page's first {@code c:namespace} line, then globally.
 */
public final class AutoMarkup {
    // ASCII identifiers, as the kernel compiles these with re.ASCII
    private static final String BOUNDARY = "(?<![A-Za-z0-9_])";
    private static final Pattern FUNCTION = Pattern.compile(BOUNDARY + "(([a-zA-Z_][A-Za-z0-9_]+)\\(\\))");
    private static final Pattern DOC = Pattern.compile("((?<![\\w])Documentation/)?((\\.\\./)*[\\w\\-/]+)\\.(rst|txt)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern GIT = Pattern.compile("commit\\s+([0-9a-f]{12,40})(?:\\s+\\(\".*?\"\\))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAMESPACE_LINE = Pattern.compile("^\\s*..\\s*c:namespace::\\s*(\\S+)\\s*$");
    private static final String GIT_URL = "https://git.kernel.org/torvalds/c/";

    /** The C type keywords and the role class Sphinx 3+ gives each. */
    private static final List<String[]> TYPE_KEYWORDS = List.of(new String[] {"struct", "c-struct"},
            new String[] {"union", "c-union"}, new String[] {"enum", "c-enum"}, new String[] {"typedef", "c-type"});
    private static final List<Pattern> TYPES = TYPE_KEYWORDS.stream()
            .map(k -> Pattern.compile(BOUNDARY + "(" + k[0] + ")[ \\t\\n\\r\\f\\x0B]+([a-zA-Z_][A-Za-z0-9_]+)"))
            .toList();

    /** automarkup.py Skipnames: C words that are never names. */
    static final Set<String> SKIP_NAMES = Set.of("for", "if", "register", "sizeof", "struct", "unsigned");
    /** automarkup.py Skipfuncs: common system calls, never linked as functions. */
    static final Set<String> SKIP_FUNCS = Set.of("open", "close", "read", "write", "fcntl", "mmap", "select", "poll",
            "fork", "execve", "clone", "ioctl", "socket");

    private AutoMarkup() {
    }

    private enum Kind { DOC, FUNCTION, TYPE, GIT }

    private record Found(Kind kind, int start, int end, String text, String name, String cls) {
    }

    /** automarkup.py get_c_namespace: the argument of the first c:namespace line of the page's source. */
    static String cNamespace(Path source) {
        try {
            for (String line : Files.readAllLines(source)) {
                Matcher m = NAMESPACE_LINE.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }

    /** Adds the links to every paragraph of {@code document}. */
    public static void apply(Document document, SiteExtension.PageTargets targets) {
        String namespace = cNamespace(targets.sourceFile());
        for (Element paragraph : document.findAll(NodeType.PARAGRAPH)) {
            if (insideReference(paragraph)) {
                continue;
            }
            List<Text> texts = new ArrayList<>();
            collectPlainText(paragraph, texts);
            for (Text text : texts) {
                List<Node> replacement = markup(text.astext(), targets, namespace);
                if (replacement != null) {
                    text.parent().replace(text, replacement);
                }
            }
        }
    }

    // Text whose parent is not a literal (nor raw: a link inside raw markup means nothing), and that
    // has no referential ancestor (reference, footnote_reference, citation_reference)
    private static void collectPlainText(Element element, List<Text> out) {
        if (element.is(NodeType.LITERAL) || element.is(NodeType.RAW) || isReferential(element)) {
            return;
        }
        for (Node child : element.children()) {
            if (child instanceof Text text) {
                out.add(text);
            } else if (child instanceof Element e) {
                collectPlainText(e, out);
            }
        }
    }

    private static boolean insideReference(Element element) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            if (isReferential(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReferential(Element element) {
        return element.is(Category.REFERENTIAL);
    }

    /** The nodes replacing {@code text}, or null when nothing in it is linked. */
    static List<Node> markup(String text, SiteExtension.PageTargets targets, String namespace) {
        // each pattern runs only on text holding a string it cannot match without: most text holds none
        List<Found> found = new ArrayList<>();
        Matcher m;
        if (text.contains(".rst") || text.contains(".txt")) {
            m = DOC.matcher(text);
            while (m.find()) {
                String target = m.group(1) != null ? "/" + m.group(2) : m.group(2);
                found.add(new Found(Kind.DOC, m.start(), m.end(), m.group(), target, null));
            }
        }
        if (text.contains("()")) {
            m = FUNCTION.matcher(text);
            while (m.find()) {
                found.add(new Found(Kind.FUNCTION, m.start(), m.end(), m.group(), m.group(2), "c-func"));
            }
        }
        for (int i = 0; i < TYPES.size(); i++) {
            if (!text.contains(TYPE_KEYWORDS.get(i)[0])) {
                continue;
            }
            m = TYPES.get(i).matcher(text);
            while (m.find()) {
                found.add(new Found(Kind.TYPE, m.start(), m.end(), m.group(), m.group(2), TYPE_KEYWORDS.get(i)[1]));
            }
        }
        if (hasDoubleM(text)) {
            m = GIT.matcher(text);
            while (m.find()) {
                found.add(new Found(Kind.GIT, m.start(), m.end(), m.group(), m.group(1), null));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        // by start; the sort is stable, so equal starts keep the kernel's order of patterns. As the
        // kernel's markup_refs, every match is written, linked or not, even where it overlaps the one
        // before ("typedef struct foo" shows "struct" twice)
        found.sort(Comparator.comparingInt(Found::start));
        List<Node> nodes = new ArrayList<>();
        int done = 0;
        boolean linked = false;
        for (Found f : found) {
            if (f.start() > done) {
                nodes.add(new Text(text.substring(done, f.start())));
            }
            Node link = link(f, targets, namespace);
            nodes.add(link == null ? new Text(f.text()) : link);
            linked |= link != null || f.start() < done;
            done = f.end();
        }
        if (!linked) {
            return null;
        }
        if (done < text.length()) {
            nodes.add(new Text(text.substring(done)));
        }
        return nodes;
    }

    // "commit" matched without regard to case: "mm" in any case, as no other letter folds to m
    private static boolean hasDoubleM(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'm' || c == 'M') && (text.charAt(i - 1) == 'm' || text.charAt(i - 1) == 'M')) {
                return true;
            }
        }
        return false;
    }

    private static Node link(Found f, SiteExtension.PageTargets targets, String namespace) {
        switch (f.kind()) {
            case DOC -> {
                SiteExtension.DocLink doc = targets.document(f.name());
                if (doc == null) {
                    return null;
                }
                Element inline = Element.text(NodeType.INLINE, doc.title(), doc.title());
                inline.classes().add("doc");
                return internal(doc.href(), inline);
            }
            case FUNCTION, TYPE -> {
                if (SKIP_NAMES.contains(f.name())) {
                    return null;
                }
                // the document's first c:namespace is tried first
                String href = null;
                for (String target : namespace.isEmpty() ? List.of(f.name())
                        : List.of(namespace + "." + f.name(), f.name())) {
                    if (href == null && !(f.kind() == Kind.FUNCTION && SKIP_FUNCS.contains(target))) {
                        href = targets.object("c", target);
                    }
                }
                if (href == null) {
                    return null;
                }
                Element literal = Element.text(NodeType.LITERAL, f.text(), f.text());
                literal.classes().addAll(List.of("xref", "c", f.cls()));
                Element reference = internal(href, literal);
                reference.set("reftitle", f.name());
                return reference;
            }
            default -> {
                Element reference = Element.text(NodeType.REFERENCE, f.text(), f.text());
                reference.set("refuri", GIT_URL + f.name());
                return reference;
            }
        }
    }

    private static Element internal(String href, Element content) {
        Element reference = new Element(NodeType.REFERENCE);
        reference.set("refuri", href);
        reference.set("internal", true);
        reference.add(content);
        return reference;
    }
}
