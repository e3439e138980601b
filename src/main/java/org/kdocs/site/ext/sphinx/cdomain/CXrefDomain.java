package org.kdocs.site.ext.sphinx.cdomain;

import org.kdocs.site.Page;
import org.kdocs.site.SphinxConfig;
import org.kdocs.site.SphinxNodes;
import org.kdocs.site.XrefDomain;
import org.kdocs.tree.Element;

/**
 * The C domain's side of cross-referencing (sphinx.domains.c CDomain process_doc and
 * resolve_xref): the symbols the signatures of a tree's pages declare, duplicate declarations,
 * and the {@code c:} references looked up from the scope they stand in.
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

    @Override
    public void collect(Page page, Problems problems) {
        for (String scope : page.document().list(CDomain.NAMESPACES)) {
            symbols.addScope(scope);
        }
        for (Element signature : page.document().findAll(SphinxNodes.DESC_SIGNATURE)) {
            CSymbols.Declared<Page> first = symbols.add(page, signature);
            if (first != null) {
                problems.warn(signature, "Duplicate C declaration, also defined at "
                        + first.page().source().docname() + ":" + first.line() + ".\nDeclaration is '.. c:"
                        + signature.getString(CDomain.DIRECTIVE) + ":: " + signature.getString(CDomain.SIGNATURE)
                        + "'.");
            }
        }
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
