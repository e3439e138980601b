package org.kdocs.transforms;

import java.util.Collection;
import java.util.Map;

/** Python truthiness: of attribute values here, of conf.py values and YAML specs in the site. */
public final class Truth {
    private Truth() {
    }

    public static boolean of(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }
}
