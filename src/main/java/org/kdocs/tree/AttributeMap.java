package org.kdocs.tree;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The attributes of an element: a map in insertion order, as LinkedHashMap keeps them, held in
 * two arrays searched from the start. An element has about six attributes, and a
 * LinkedHashMap of six took an object per entry and a table besides: on the kernel's large
 * generated pages the trees of a page ran to hundreds of megabytes, and every walk over them
 * missed the cache once per element.
 */
final class AttributeMap extends AbstractMap<String, Object> {
    private String[] keys = new String[8];
    private Object[] values = new Object[8];
    private int size;

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public Object put(String key, Object value) {
        int index = indexOf(key);
        if (index >= 0) {
            Object old = values[index];
            values[index] = value;
            return old;
        }
        if (key == null) {
            throw new NullPointerException("attribute name");
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int index = indexOf(key);
        if (index < 0) {
            return null;
        }
        Object old = values[index];
        removeAt(index);
        return old;
    }

    private void removeAt(int index) {
        System.arraycopy(keys, index + 1, keys, index, size - index - 1);
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
        keys[size] = null;
        values[size] = null;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        return new Entry(last);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }
        };
    }

    /** An entry that reads and writes through to the map while its slot holds its key. */
    private final class Entry implements Map.Entry<String, Object> {
        private final String key;
        private final int index;

        Entry(int index) {
            this.key = keys[index];
            this.index = index;
        }

        private int slot() {
            return index < size && keys[index] == key ? index : indexOf(key);
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            int slot = slot();
            return slot < 0 ? null : values[slot];
        }

        @Override
        public Object setValue(Object value) {
            int slot = slot();
            if (slot < 0) {
                throw new IllegalStateException("attribute " + key + " was removed");
            }
            Object old = values[slot];
            values[slot] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && java.util.Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }
}
