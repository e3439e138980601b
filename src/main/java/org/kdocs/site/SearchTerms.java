package org.kdocs.site;

import java.util.Arrays;
import java.util.List;

/**
 * The words of the search index's pages and, for each word, the pages it is on. The pages come
 * in order, and of each page only the numbers of its words are noted down: a page from the
 * build's records has them ({@link SearchIndex.NumberedWords}), the words of another page get
 * theirs from an open-addressing table. When the index is written, the words in use are copied
 * into one array of characters and sorted from there (the records' table is sorted already: only
 * the other words are sorted and merged in), and each word's pages are gathered by a counting sort
 * of the numbers. On the kernel's tree (180,000 words, 1.3 million times a word on
 * a page) a map of word to a growing list of pages, and sorting the String objects, cost some
 * 0.3 s, most of it in cache misses on the objects; a one-file edit rebuild now looks up only
 * the words of the changed page.
 */
final class SearchTerms {
    // the table of the pages' NumberedWords (the first seen: a page of another is read as a list)
    private WordTable table;
    // the words of the other pages, numbered as they come; word number plus one per slot, 0 free,
    // at most half full
    private String[] words = new String[1024];
    private int[] hashes = new int[1024];
    private int wordCount;
    private int[] slots = new int[2048];
    private int slotShift = 32 - 11;
    // the words of each page, page after page: a table word as its number in the table, another
    // as -1 - its number here
    private int[] noted = new int[1 << 16];
    private int notedCount;
    private int[] pageEnds = new int[256];
    private int pageCount;

    /**
     * The words in UTF-16 order (that of {@link String#compareTo}), each with its pages in increasing
     * order: the word at {@code i} is {@code chars[charStarts[order[i]] .. charStarts[order[i] + 1])}, its
     * pages {@code pages[pageStarts[i] .. pageEnds[i])}.
     */
    record Sorted(int[] order, char[] chars, int[] charStarts, int[] pageStarts, int[] pageEnds, int[] pages) {
        int size() {
            return order.length;
        }
    }

    /** Notes the words of the next page. */
    void add(List<String> pageWords) {
        int count = pageWords.size();
        if (notedCount + count > noted.length) {
            noted = Arrays.copyOf(noted, Math.max(noted.length * 2, notedCount + count));
        }
        if (pageWords instanceof SearchIndex.NumberedWords numbered
                && (table == null || table == numbered.table())) {
            table = numbered.table();
            System.arraycopy(numbered.numbers(), 0, noted, notedCount, count);
            notedCount += count;
        } else {
            for (String word : pageWords) {
                noted[notedCount++] = -1 - number(word);
            }
        }
        if (pageCount == pageEnds.length) {
            pageEnds = Arrays.copyOf(pageEnds, pageCount * 2);
        }
        pageEnds[pageCount++] = notedCount;
    }

    /** The number of {@code word}, given it when it is new. */
    private int number(String word) {
        int hash = word.hashCode();
        int found = find(word, hash);
        if (found >= 0) {
            return found;
        }
        int number = wordCount++;
        if (number == words.length) {
            words = Arrays.copyOf(words, number * 2);
            hashes = Arrays.copyOf(hashes, number * 2);
        }
        words[number] = word;
        hashes[number] = hash;
        slots[-1 - found] = number + 1;
        if (wordCount * 2 > slots.length) {
            rehash();
        }
        return number;
    }

    // the number of a word, or -1 - the free slot where it would go
    private int find(String word, int hash) {
        int mask = slots.length - 1;
        int slot = hash * 0x9E3779B9 >>> slotShift;
        for (int taken; (taken = slots[slot]) != 0; slot = (slot + 1) & mask) {
            int number = taken - 1;
            if (words[number] == word || hashes[number] == hash && words[number].equals(word)) {
                return number;
            }
        }
        return -1 - slot;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        slotShift--;
        for (int number = 0; number < wordCount; number++) {
            int free = -1 - find(words[number], hashes[number]);
            slots[free] = number + 1;
        }
    }

    /** The words sorted, each with its pages. */
    Sorted sorted() {
        int tableSize = table == null ? 0 : table.size();
        // every word as one id: a table word its number there, another tableSize + its number here,
        // unless the table has it too
        int[] idOfWord = new int[wordCount];
        for (int number = 0; number < wordCount; number++) {
            int inTable = table == null ? -1 : table.find(words[number]);
            idOfWord[number] = inTable >= 0 ? inTable : tableSize + number;
        }
        int[] ids = new int[notedCount];
        int[] counts = new int[tableSize + wordCount];
        for (int i = 0; i < notedCount; i++) {
            int n = noted[i];
            int id = n >= 0 ? n : idOfWord[-1 - n];
            ids[i] = id;
            counts[id]++;
        }
        // the words in use, their characters in one array; the table's copied from its own
        char[] tableChars = table == null ? new char[0] : table.chars();
        int[] tableStarts = table == null ? new int[1] : table.starts();
        int used = 0;
        int length = 0;
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                used++;
                length += id < tableSize ? tableStarts[id + 1] - tableStarts[id] : words[id - tableSize].length();
            }
        }
        int[] usedIds = new int[used];
        char[] chars = new char[length];
        int[] charStarts = new int[used + 1];
        for (int id = 0, u = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                int start = charStarts[u];
                if (id < tableSize) {
                    System.arraycopy(tableChars, tableStarts[id], chars, start, tableStarts[id + 1] - tableStarts[id]);
                    charStarts[u + 1] = start + tableStarts[id + 1] - tableStarts[id];
                } else {
                    String word = words[id - tableSize];
                    word.getChars(0, word.length(), chars, start);
                    charStarts[u + 1] = start + word.length();
                }
                usedIds[u++] = id;
            }
        }
        int[] order = new int[used];
        for (int u = 0; u < used; u++) {
            order[u] = u;
        }
        // the table's words come first: the records keep them sorted, and then only the others are sorted
        int fromTable = 0;
        while (fromTable < used && usedIds[fromTable] < tableSize) {
            fromTable++;
        }
        new CharSort(chars, charStarts).sort(order, fromTable);
        // each word's pages: a counting sort of the noted ids by their words' sorted places
        int[] rank = new int[counts.length];
        int[] starts = new int[used + 1];
        for (int r = 0; r < used; r++) {
            int id = usedIds[order[r]];
            rank[id] = r;
            starts[r + 1] = starts[r] + counts[id];
        }
        int[] ends = Arrays.copyOf(starts, used);
        int[] pages = new int[notedCount];
        int i = 0;
        for (int page = 0; page < pageCount; page++) {
            for (int end = pageEnds[page]; i < end; i++) {
                int r = rank[ids[i]];
                int at = ends[r];
                if (at == starts[r] || pages[at - 1] != page) { // a word twice on a page counts once
                    pages[at] = page;
                    ends[r] = at + 1;
                }
            }
        }
        return new Sorted(order, chars, charStarts, starts, ends, pages);
    }
}
