package org.kdocs.site;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.kdocs.tree.ByteArrayOutput;

/**
 * The distinct search words of all pages in {@link String#compareTo} order, as the build's records keep
 * them ({@link PageRecords}), each page's words being numbers into it ({@link SearchIndex.NumberedWords}).
 * It also holds, made once for the table, its words' characters in one array and their UTF-8 bytes: in
 * {@code kdocs serve} the table outlives the rebuilds that keep their words, and the search index and the
 * records' writer, which need those forms, no longer go through 180,000 String objects on each rebuild
 * (their cache misses were a fifth of a rebuild's CPU).
 */
final class WordTable {
    private final String[] words;
    private char[] chars;
    private int[] starts;
    private byte[] utf8;

    /** {@code words} distinct and sorted; the caller checks it ({@link #sorted}) when they were not made so. */
    WordTable(String[] words) {
        this.words = words;
    }

    static boolean sorted(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (words[i - 1].compareTo(words[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return words.length;
    }

    String word(int number) {
        return words[number];
    }

    /** The number of {@code word}, or a negative number when the table does not have it. */
    int find(String word) {
        return Arrays.binarySearch(words, word);
    }

    /** The characters of all words; word {@code n} is {@code chars()[starts()[n] .. starts()[n + 1])}. */
    synchronized char[] chars() {
        if (chars == null) {
            int[] at = new int[words.length + 1];
            for (int n = 0; n < words.length; n++) {
                at[n + 1] = at[n] + words[n].length();
            }
            char[] all = new char[at[words.length]];
            for (int n = 0; n < words.length; n++) {
                words[n].getChars(0, words[n].length(), all, at[n]);
            }
            starts = at;
            chars = all;
        }
        return chars;
    }

    synchronized int[] starts() {
        chars();
        return starts;
    }

    /** The words as the records write them ({@link BuildCache#writeLong} each). */
    synchronized byte[] utf8() {
        if (utf8 == null) {
            ByteArrayOutput bytes = new ByteArrayOutput(words.length * 12);
            DataOutputStream out = new DataOutputStream(bytes);
            try {
                for (String word : words) {
                    BuildCache.writeLong(out, word);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // none from an array in memory
            }
            utf8 = bytes.toByteArray();
        }
        return utf8;
    }
}
