package org.kdocs.site.ext.sphinx.cdomain;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kdocs.site.Page;
import org.kdocs.site.SphinxConfig;
import org.kdocs.site.SphinxNodes;
import org.kdocs.site.XrefDomain;
import org.kdocs.tree.Element;
import org.kdocs.tree.TreeCodec;

/**
 * The C domain's side of cross-referencing (sphinx.domains.c CDomain process_doc and
 * resolve_xref): the symbols the signatures of a tree's pages declare, duplicate declarations,
 * and the {@code c:} references looked up from the scope they stand in. A duplicate of a name
 * first declared on another page is reported twice, as Sphinx does in a parallel build (the
 * kernel's): once where it is read, naming the new declaration, and once more when the symbols
 * are merged, at the page and line, naming the first (see {@link CSymbols#reportedAgainOnMerge}).
 */
public final class CXrefDomain implements XrefDomain {
    private final CSymbols<Page> symbols;

    public CXrefDomain(SphinxConfig config) {
        this.symbols = new CSymbols<>(config);
    }

    @Override
    public String name() {
        return "c";
    }

    // a signature out of its doctree: its attributes and own line, and the place a duplicate is reported at
    private record Signature(Element attributes, Element place) {
    }

    // what one page declares: the scopes it names, and its signatures in document order
    private final class PageDeclarations implements Declarations {
        private final Page page;
        private final List<String> scopes;
        private final List<Signature> signatures;

        PageDeclarations(Page page, List<String> scopes, List<Signature> signatures) {
            this.page = page;
            this.scopes = scopes;
            this.signatures = signatures;
        }

        @Override
        public void add(Problems problems) {
            scopes.forEach(symbols::addScope);
            for (Signature signature : signatures) {
                Element declared = signature.attributes();
                CSymbols.Declared<Page> first = symbols.add(page, declared);
                if (first == null) {
                    continue;
                }
                problems.warn(signature.place(), duplicate(first, declared.getString(CDomain.DIRECTIVE),
                        declared.getString(CDomain.SIGNATURE)));
                // Sphinx's merge reports at the page (not the C file kernel-doc read) and the line
                Element atPageLine = new Element(SphinxNodes.DESC_SIGNATURE);
                atPageLine.setLine(declared.line());
                for (CSymbols.Declared<Page> earlier : symbols.reportedAgainOnMerge(page, declared)) {
                    // a parameter's declaration has no directive: Python's None
                    String directive = earlier.directive() == null ? "None" : earlier.directive();
                    problems.warn(atPageLine, duplicate(earlier, directive, earlier.declaration()));
                }
            }
        }

        // attributes sorted by name: the same bytes for the same declarations
        @Override
        public void save(DataOutputStream out) throws IOException {
            TreeCodec.writeValue(out, scopes);
            out.writeInt(signatures.size());
            for (Signature signature : signatures) {
                TreeCodec.writeValue(out, new TreeMap<>(signature.attributes().attributes()));
                out.writeInt(signature.attributes().line());
                XrefDomain.writePlace(out, signature.place());
            }
        }
    }

    @Override
    public Declarations restore(Page page, DataInputStream in) throws IOException {
        if (!(TreeCodec.readValue(in) instanceof List<?> scopes)
                || !scopes.stream().allMatch(String.class::isInstance)) {
            throw new IOException("not the C domain's declarations");
        }
        int count = in.readInt();
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!(TreeCodec.readValue(in) instanceof Map<?, ?> saved)) {
                throw new IOException("not the C domain's declarations");
            }
            Element attributes = new Element(SphinxNodes.DESC_SIGNATURE);
            saved.forEach((name, value) -> attributes.set((String) name, value));
            attributes.setLine(in.readInt());
            signatures.add(new Signature(attributes, XrefDomain.readPlace(in)));
        }
        return new PageDeclarations(page, scopes.stream().map(String.class::cast).toList(), signatures);
    }

    @Override
    public Declarations declarations(Page page) {
        List<String> scopes = List.copyOf(page.document().list(CDomain.NAMESPACES));
        List<Signature> signatures = new ArrayList<>();
        for (Element signature : page.document().findAll(SphinxNodes.DESC_SIGNATURE)) {
            Element attributes = new Element(signature.type());
            signature.attributes().forEach(attributes::set);
            attributes.setLine(signature.line());
            signatures.add(new Signature(attributes, XrefDomain.placeOf(signature)));
        }
        return new PageDeclarations(page, scopes, signatures);
    }

    private static String duplicate(CSymbols.Declared<Page> first, String directive, String declaration) {
        return "Duplicate C declaration, also defined at " + first.page().source().docname() + ":" + first.line()
                + ".\nDeclaration is '.. c:" + directive + ":: " + declaration + "'.";
    }

    // as Sphinx without nitpicky mode: an unknown C name is shown as it is, silently
    @Override
    public Target resolve(Page page, Element xref, Problems problems) {
        String target = xref.getString("reftarget");
        String parentKey = xref.getString(CSymbols.PARENT_KEY) != null ? xref.getString(CSymbols.PARENT_KEY)
                : xref.getString("c:scope");
        CSymbols.Declared<Page> object = symbols.resolve(parentKey, target, w -> problems.warn(xref, w));
        if (object == null) {
            return null;
        }
        xref.set("reftitle", target.replaceFirst("\\(\\)$", "").strip());
        return new Target(object.page(), object.anchor());
    }

    @Override
    public Target find(String name) {
        CSymbols.Declared<Page> object = symbols.resolve(null, name, w -> { });
        return object == null ? null : new Target(object.page(), object.anchor());
    }
}
