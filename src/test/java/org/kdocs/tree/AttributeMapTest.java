package org.kdocs.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** AttributeMap behaves as the LinkedHashMap it replaces: insertion order, in-place updates, removal. */
class AttributeMapTest {
    private static Map<String, Object> filled(Map<String, Object> map) {
        for (int i = 0; i < 12; i++) { // past the first capacity
            map.put("k" + i, i);
        }
        map.put("k3", "three"); // an update keeps its place
        map.remove("k5");
        map.remove("absent");
        return map;
    }

    @Test
    void keepsInsertionOrderThroughUpdatesAndRemovals() {
        Map<String, Object> ours = filled(new AttributeMap());
        Map<String, Object> linked = filled(new LinkedHashMap<>());
        assertEquals(List.copyOf(linked.keySet()), List.copyOf(ours.keySet()));
        assertEquals(List.copyOf(linked.values()), List.copyOf(ours.values()));
        assertEquals(linked, ours);
        assertEquals(linked.hashCode(), ours.hashCode());
        assertEquals(11, ours.size());
        assertEquals("three", ours.get("k3"));
        assertNull(ours.get("k5"));
        assertTrue(ours.containsKey(new String("k11"))); // equal, not the same string
        assertFalse(ours.containsKey("k5"));
    }

    @Test
    void entriesWriteThroughAndIteratorsRemove() {
        Map<String, Object> ours = filled(new AttributeMap());
        for (Map.Entry<String, Object> entry : ours.entrySet()) {
            if (entry.getKey().equals("k7")) {
                entry.setValue("seven");
            }
        }
        assertEquals("seven", ours.get("k7"));
        Iterator<Map.Entry<String, Object>> it = ours.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() instanceof Integer n && n % 2 == 0) {
                it.remove();
            }
        }
        assertEquals("[k1, k3, k7, k9, k11]", ours.keySet().toString());
        ours.clear();
        assertTrue(ours.isEmpty());
        ours.put("ids", List.of());
        assertEquals("{ids=[]}", ours.toString());
    }

    @Test
    void anElementStartsWithTheListAttributesInDocutilsOrder() {
        Element literal = new Element(NodeType.LITERAL_BLOCK);
        assertEquals("[ids, classes, names, dupnames, backrefs, xml:space]", literal.attributes().keySet().toString());
        literal.remove("ids");
        literal.set("language", "c");
        assertEquals("[ids, classes, names, dupnames, backrefs, xml:space, language]",
                literal.attributes().keySet().toString());
    }
}
