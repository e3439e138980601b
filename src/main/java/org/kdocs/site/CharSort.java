package org.kdocs.site;

/**
 * Sorts words held in one array of characters into UTF-16 order, that of {@link String#compareTo}:
 * Bentley and Sedgewick's multikey quicksort, three ways on one character at a time. Sorting the
 * kernel's 180,000 search words as String objects took four times as long, most of it in cache
 * misses on the objects.
 */
final class CharSort {
    private final char[] chars;
    private final int[] starts;

    /** Word {@code n} is {@code chars[starts[n] .. starts[n + 1])}. */
    CharSort(char[] chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
    }

    /** Sorts the word numbers of {@code order}, which are distinct words. */
    void sort(int[] order) {
        sort(order, 0, order.length, 0);
    }

    /**
     * Sorts the word numbers of {@code order}, which are distinct words, of which the first {@code inOrder}
     * are in order already when {@link #increasing} says so (the words of the build's records, kept
     * sorted): then only the others are sorted, and merged in.
     */
    void sort(int[] order, int inOrder) {
        if (!increasing(order, inOrder)) {
            sort(order);
            return;
        }
        sort(order, inOrder, order.length, 0);
        int[] merged = new int[order.length];
        int i = 0;
        int j = inOrder;
        int k = 0;
        while (i < inOrder && j < order.length) {
            merged[k++] = compare(order[i], order[j], 0) < 0 ? order[i++] : order[j++];
        }
        System.arraycopy(order, i, merged, k, inOrder - i);
        System.arraycopy(order, j, merged, k + inOrder - i, order.length - j);
        System.arraycopy(merged, 0, order, 0, order.length);
    }

    private boolean increasing(int[] order, int count) {
        for (int i = 1; i < count; i++) {
            if (compare(order[i - 1], order[i], 0) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts word numbers {@code order[lo .. hi)}, whose words agree in their first {@code depth}
     * characters. Of the three parts, the two smaller are sorted by a call and the largest by the
     * loop, so that calls nest at most log2(words) deep.
     */
    private void sort(int[] order, int lo, int hi, int depth) {
        while (hi - lo > 1) {
            if (hi - lo < 8) {
                insertionSort(order, lo, hi, depth);
                return;
            }
            int pivot = median(charAt(order[lo], depth), charAt(order[(lo + hi) >>> 1], depth),
                    charAt(order[hi - 1], depth));
            int less = lo;
            int greater = hi;
            for (int i = lo; i < greater; ) {
                int c = charAt(order[i], depth);
                if (c < pivot) {
                    swap(order, less++, i++);
                } else if (c > pivot) {
                    swap(order, i, --greater);
                } else {
                    i++;
                }
            }
            // [lo, less) before the pivot's character, [less, greater) at it, [greater, hi) after it
            int below = less - lo;
            int at = pivot < 0 ? 0 : greater - less; // words that end here are equal: no deeper
            int above = hi - greater;
            if (below >= at && below >= above) {
                sort(order, greater, hi, depth);
                sort(order, less, less + at, depth + 1);
                hi = less;
            } else if (above >= at) {
                sort(order, lo, less, depth);
                sort(order, less, less + at, depth + 1);
                lo = greater;
            } else {
                sort(order, lo, less, depth);
                sort(order, greater, hi, depth);
                lo = less;
                hi = greater;
                depth++;
            }
        }
    }

    private void insertionSort(int[] order, int lo, int hi, int depth) {
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && compare(order[j], order[j - 1], depth) < 0; j--) {
                swap(order, j, j - 1);
            }
        }
    }

    // String.compareTo of two words from their characters at `depth` on
    private int compare(int a, int b, int depth) {
        int i = starts[a] + depth;
        int j = starts[b] + depth;
        int aEnd = starts[a + 1];
        int bEnd = starts[b + 1];
        for (; i < aEnd && j < bEnd; i++, j++) {
            if (chars[i] != chars[j]) {
                return chars[i] - chars[j];
            }
        }
        return (aEnd - i) - (bEnd - j);
    }

    // the character at `depth` of word `number`, or -1 past its end
    private int charAt(int number, int depth) {
        int at = starts[number] + depth;
        return at < starts[number + 1] ? chars[at] : -1;
    }

    private static int median(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(int[] order, int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}
