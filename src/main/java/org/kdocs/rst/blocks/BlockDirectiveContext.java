package org.kdocs.rst.blocks;

import java.util.List;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.DirectiveContext;
import org.kdocs.rst.inline.RoleRegistry;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Reporter;

/** The block parser as a running directive sees it (docutils' state and state_machine of a directive). */
final class BlockDirectiveContext implements DirectiveContext {
    private final State state;

    BlockDirectiveContext(State state) {
        this.state = state;
    }

    @Override
    public Document document() {
        return state.document;
    }

    @Override
    public Reporter reporter() {
        return state.reporter;
    }

    @Override
    public RstSettings settings() {
        return state.memo.settings;
    }

    @Override
    public int nestedParse(SourceLines block, int inputOffset, Element node, boolean matchTitles) {
        return matchTitles ? state.nestedParseWithTitles(block, inputOffset, node)
                : state.nestedParse(block, inputOffset, node);
    }

    @Override
    public InlineResult inlineText(String text, int lineno) {
        return state.inlineText(text, lineno);
    }

    @Override
    public boolean matchTitles() {
        return state.sm.matchTitles;
    }

    @Override
    public Element currentNode() {
        return state.sm.node;
    }

    @Override
    public boolean inSubstitutionDefinition() {
        return state.name() == StateName.SUBSTITUTION_DEF;
    }

    @Override
    public Reporter.SourceLine sourceAndLine(int lineno) {
        return state.sm.sourceAndLine(lineno);
    }

    @Override
    public void insertInput(SourceLines lines, String source) {
        state.sm.insertInput(lines, source);
    }

    @Override
    public List<String> includeLog() {
        return state.memo.includeLog;
    }

    @Override
    public List<String> titleStyles() {
        return List.copyOf(state.memo.titleStyles);
    }

    @Override
    public int sectionLevel() {
        return state.memo.sectionLevel;
    }

    @Override
    public void setSectionMemo(List<String> titleStyles, int sectionLevel) {
        state.memo.titleStyles.clear();
        state.memo.titleStyles.addAll(titleStyles);
        state.memo.sectionLevel = sectionLevel;
    }

    @Override
    public boolean admitIncludedText(long chars) {
        if (state.memo.includedChars + chars > MAX_INCLUDED_CHARS) {
            state.memo.includedChars = MAX_INCLUDED_CHARS + 1; // spent: later inclusions are refused unread
            return false;
        }
        state.memo.includedChars += chars;
        return true;
    }

    @Override
    public RoleRegistry roles() {
        return state.memo.roles;
    }
}
