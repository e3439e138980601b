package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class SortedWordsTest {
    @Test
    void wordsReadAnewMakeOneSortedTableOfDistinctWords() {
        List<List<String>> pages = List.of(List.of("zeta", "alpha", "zeta"), List.of(), List.of("\u6784", "Beta", "alpha"));
        PageRecords.SortedWords numbered = PageRecords.SortedWords.of(pages);
        assertThat(words(numbered.table())).containsExactly("Beta", "alpha", "zeta", "\u6784");
        assertThat(wordsOf(numbered)).isEqualTo(pages);
    }

    @Test
    void anEditWithKnownWordsKeepsTheTableAndTheNumbersOfTheOtherPages() {
        WordTable table = new WordTable(new String[] {"a", "b", "c"});
        int[] first = {0, 2};
        List<List<String>> pages = List.of(new SearchIndex.NumberedWords(table, first), List.of("b", "a"),
                new SearchIndex.NumberedWords(table, new int[] {1}));
        PageRecords.SortedWords numbered = PageRecords.SortedWords.of(pages);
        assertThat(numbered.table()).isSameAs(table);
        assertThat(numbered.pages().get(0)).isSameAs(first);
        assertThat(wordsOf(numbered)).isEqualTo(pages);
    }

    @Test
    void newWordsAreMergedInAndWordsNoPageHasAnyMoreLeaveTheTable() {
        Random random = new Random(7);
        char[] alphabet = "ab_z\u00e9\u6784\ud83d\ude00".toCharArray();
        TreeSet<String> known = new TreeSet<>();
        while (known.size() < 200) {
            known.add(word(random, alphabet));
        }
        WordTable table = new WordTable(known.toArray(new String[0]));
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 50; p++) {
            if (p % 10 == 3) { // a page read anew: known words and new ones
                List<String> words = new ArrayList<>();
                for (int w = random.nextInt(30); w > 0; w--) {
                    words.add(random.nextBoolean() ? table.word(random.nextInt(table.size())) : word(random, alphabet));
                }
                pages.add(words);
            } else { // a page from the records, using some of the table
                int[] numbers = random.ints(random.nextInt(10), 0, table.size() / 2).toArray();
                pages.add(new SearchIndex.NumberedWords(table, numbers));
            }
        }
        PageRecords.SortedWords numbered = PageRecords.SortedWords.of(pages);
        TreeSet<String> used = new TreeSet<>();
        pages.forEach(used::addAll);
        assertThat(words(numbered.table())).containsExactlyElementsOf(used);
        assertThat(wordsOf(numbered)).isEqualTo(pages);
    }

    @Test
    void aTableReadFromTheRecordsMustBeDistinctWordsInOrder() {
        assertThat(WordTable.sorted(new String[] {"B", "a", "\u00e9"})).isTrue();
        assertThat(WordTable.sorted(new String[] {"a", "a"})).isFalse();
        assertThat(WordTable.sorted(new String[] {"b", "a"})).isFalse();
    }

    @Test
    void aSortedPrefixIsMergedWithTheRestAsAFullSortOrdersThem() {
        Random random = new Random(11);
        char[] alphabet = "aab_z09\u0000\u00e9\u6784\ud800\udfff\uffff".toCharArray();
        for (int round = 0; round < 50; round++) {
            TreeSet<String> distinct = new TreeSet<>();
            for (int w = random.nextInt(60); w > 0; w--) {
                distinct.add(word(random, alphabet));
            }
            List<String> words = new ArrayList<>(distinct);
            java.util.Collections.shuffle(words, random);
            int inOrder = random.nextInt(words.size() + 1);
            if (round % 2 == 0) { // the prefix in order, as the records' table gives it
                words.subList(0, inOrder).sort(null);
            }
            StringBuilder chars = new StringBuilder();
            int[] starts = new int[words.size() + 1];
            for (int i = 0; i < words.size(); i++) {
                chars.append(words.get(i));
                starts[i + 1] = chars.length();
            }
            int[] order = java.util.stream.IntStream.range(0, words.size()).toArray();
            new CharSort(chars.toString().toCharArray(), starts).sort(order, inOrder);
            assertThat(Arrays.stream(order).mapToObj(words::get).toList()).isEqualTo(new ArrayList<>(distinct));
        }
    }

    private static List<List<String>> wordsOf(PageRecords.SortedWords numbered) {
        return numbered.pages().stream()
                .map(numbers -> (List<String>) new SearchIndex.NumberedWords(numbered.table(), numbers)).toList();
    }

    private static List<String> words(WordTable table) {
        return java.util.stream.IntStream.range(0, table.size()).mapToObj(table::word).toList();
    }

    private static String word(Random random, char[] alphabet) {
        StringBuilder word = new StringBuilder();
        for (int length = random.nextInt(6); length > 0; length--) {
            word.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return word.toString();
    }
}
