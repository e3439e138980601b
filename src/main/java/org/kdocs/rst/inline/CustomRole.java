package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;

/**
 * A role defined by the role directive (docutils roles.CustomRole): a base
 * role called with the options and content given in the directive, merged
 * with those of the call. Without a base role the text becomes an
 * {@code inline} element (docutils generic_custom_role).
 */
record CustomRole(String name, Role base, Map<String, Object> options, List<String> content) implements Role {
    /** docutils' generic_custom_role: an inline element with the options as attributes. */
    static final Role GENERIC = (role, raw, text, line, ctx, options, content) -> new InlineResult(
            List.of(StandardRoles.withOptions(Element.text(NodeType.INLINE, raw, text), options)), List.of());

    @Override
    public InlineResult apply(String role, String rawText, String text, int lineno, Context context,
                              Map<String, Object> callOptions, List<String> callContent) {
        Map<String, Object> merged = new LinkedHashMap<>(StandardRoles.normalized(options));
        if (callOptions != null) {
            merged.putAll(callOptions);
        }
        List<String> allContent = new ArrayList<>(content);
        if (!content.isEmpty() && callContent != null && !callContent.isEmpty()) {
            allContent.add("\n");
        }
        if (callContent != null) {
            allContent.addAll(callContent);
        }
        return base.apply(role, rawText, text, lineno, context, merged, allContent);
    }
}
