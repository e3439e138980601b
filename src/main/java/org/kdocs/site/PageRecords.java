package org.kdocs.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * What a build learned of each page besides its HTML, kept for the next build: the digest of
 * all the page gave the site's tables ({@link SiteEnvironment.Contribution}), its search words, and
 * the warnings resolving and rendering it gave. When no page gives the tables anything new (the
 * site's digest is the same), a page read from the build cache comes out as it did, and the next
 * build takes its HTML, words and warnings from here instead of resolving and writing it again.
 * The record is {@code OUT/.kdocs-cache/pages.rec}, tied to the build id.
 */
final class PageRecords {
    private static final String FILE = "pages.rec";
    private static final int MAGIC = 0x6b524543; // "kREC"
    // 2: the words of all pages in one table, each page's as numbers into it; where its images point
    // 3: what processing a page's images and downloads did, to be replayed without its doctree
    // 4: the table of words in String.compareTo order
    private static final int VERSION = 4;

    /**
     * One page: its contribution's digest, its words, its warnings by stage (images' aside), where
     * its images pointed ({@link Assets#imageLinks}), and what processing its files did (null when it
     * showed none, or it cannot be replayed).
     */
    record Record(String contribution, SearchIndex.PageWords words, List<Warning> references,
                  List<Warning> foreignLinks, List<Warning> deadLinks, List<Warning> rendering,
                  List<String> imageLinks, Assets.Processing processing) {
    }

    private final String siteDigest;
    private final Map<String, Record> byPath;

    private PageRecords(String siteDigest, Map<String, Record> byPath) {
        this.siteDigest = siteDigest;
        this.byPath = byPath;
    }

    /**
     * The records the previous site left (as {@code memory} holds them, when it does); none when
     * {@code fresh}, or when they are missing or unreadable.
     */
    static PageRecords previous(Path output, boolean fresh, BuildMemory memory) {
        Path file = output.resolve(BuildCache.DIR).resolve(FILE);
        if (fresh || !Files.isRegularFile(file)) {
            return new PageRecords(null, Map.of());
        }
        try {
            return memory.parsed(file, PageRecords.class, PageRecords::read);
        } catch (IOException | RuntimeException unreadable) {
            return new PageRecords(null, Map.of());
        }
    }

    private static PageRecords read(Path file) throws IOException {
        try (DataInputStream in = CheckedFile.read(file, MAGIC, VERSION)) {
            if (!BuildCache.readLong(in).equals(BuildCache.buildId())) {
                return new PageRecords(null, Map.of());
            }
            String site = BuildCache.readLong(in);
            String[] read = new String[count(in)];
            for (int i = 0; i < read.length; i++) {
                read[i] = BuildCache.readLong(in);
            }
            if (!WordTable.sorted(read)) {
                throw new IOException("words out of order");
            }
            WordTable words = new WordTable(read);
            int pages = count(in);
            Map<String, Record> byPath = new HashMap<>();
            for (int i = 0; i < pages; i++) {
                String path = BuildCache.readLong(in);
                byPath.put(path, new Record(BuildCache.readLong(in),
                        new SearchIndex.PageWords(readWords(in, words), readWords(in, words)),
                        BuildCache.readWarnings(in), BuildCache.readWarnings(in), BuildCache.readWarnings(in),
                        BuildCache.readWarnings(in), PageSummary.readStrings(in), readProcessing(in)));
            }
            return new PageRecords(site, byPath);
        }
    }

    /**
     * The digest of all that resolving and writing the pages reads besides their own doctrees: every
     * page's contribution to the tables, the trees, and the layout's settings ({@code settings}); null
     * when a page's contribution has none.
     */
    static String siteDigest(List<SourceTree> trees, List<Page> pages, String settings) {
        StringBuilder out = new StringBuilder().append(BuildCache.buildId()).append('\n').append(settings).append('\n');
        for (SourceTree tree : trees) {
            out.append(tree.name()).append('\t').append(tree.prefix()).append('\t').append(tree.htmlLang())
                    .append('\t').append(tree.root().toAbsolutePath().normalize()).append('\n');
        }
        for (Page page : pages) {
            if (page.contributionDigest == null) {
                return null;
            }
            out.append(page.contributionDigest).append('\n');
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.HexFormat.of().formatHex(new ContentDigest().digest(bytes));
    }

    /** The site's digest when these records were made; null when there is none. */
    String siteDigest() {
        return siteDigest;
    }

    /** The record of the page at {@code path}, or null. */
    Record of(String path) {
        return byPath.get(path);
    }

    /** Writes the records of this build's pages into the staging site's cache, which will be {@code output}'s. */
    static void save(Path staging, Path output, String siteDigest, Map<String, Record> byPath, BuildMemory memory)
            throws IOException {
        Path file = staging.resolve(BuildCache.DIR).resolve(FILE);
        Files.createDirectories(file.getParent());
        Map<String, Record> sorted = new java.util.TreeMap<>(byPath);
        List<List<String>> pages = new java.util.ArrayList<>();
        for (Record record : sorted.values()) {
            pages.add(record.words().title());
            pages.add(record.words().text());
        }
        SortedWords numbered = SortedWords.of(pages);
        WordTable words = numbered.table();
        CheckedFile.write(file, MAGIC, VERSION, out -> {
            BuildCache.writeLong(out, BuildCache.buildId());
            BuildCache.writeLong(out, siteDigest);
            out.writeInt(words.size());
            out.write(words.utf8());
            out.writeInt(sorted.size());
            java.util.Iterator<int[]> pageWords = numbered.pages().iterator();
            for (Map.Entry<String, Record> entry : sorted.entrySet()) {
                Record record = entry.getValue();
                BuildCache.writeLong(out, entry.getKey());
                BuildCache.writeLong(out, record.contribution());
                writeWords(out, pageWords.next());
                writeWords(out, pageWords.next());
                for (List<Warning> warnings : List.of(record.references(), record.foreignLinks(), record.deadLinks(),
                        record.rendering())) {
                    BuildCache.writeWarnings(out, warnings);
                }
                PageSummary.writeStrings(out, record.imageLinks());
                writeProcessing(out, record.processing());
            }
        });
        // remembered as a later build would read them: every page's words numbers into the one table written
        Map<String, Record> asRead = new HashMap<>();
        java.util.Iterator<int[]> pageWords = numbered.pages().iterator();
        for (Map.Entry<String, Record> entry : sorted.entrySet()) {
            Record r = entry.getValue();
            asRead.put(entry.getKey(), new Record(r.contribution(), new SearchIndex.PageWords(
                    new SearchIndex.NumberedWords(words, pageWords.next()),
                    new SearchIndex.NumberedWords(words, pageWords.next())), r.references(), r.foreignLinks(),
                    r.deadLinks(), r.rendering(), r.imageLinks(), r.processing()));
        }
        memory.wrote(output.resolve(BuildCache.DIR).resolve(FILE), file, new PageRecords(siteDigest,
                java.util.Collections.unmodifiableMap(asRead)));
    }

    private static void writeProcessing(DataOutputStream out, Assets.Processing processing) throws IOException {
        out.writeBoolean(processing != null);
        if (processing != null) {
            for (List<String> part : List.of(processing.claims(), processing.images(), processing.downloads(),
                    processing.conversions())) {
                PageSummary.writeStrings(out, part);
            }
        }
    }

    private static Assets.Processing readProcessing(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Assets.Processing(PageSummary.readStrings(in), PageSummary.readStrings(in),
                PageSummary.readStrings(in), PageSummary.readStrings(in)) : null;
    }

    private static void writeWords(DataOutputStream out, int[] numbers) throws IOException {
        out.writeInt(numbers.length);
        for (int number : numbers) {
            out.writeInt(number);
        }
    }

    /**
     * The words of all pages as one table in {@link String#compareTo} order, and each page's words as
     * numbers into it. The pages whose words are numbers into the previous records' table (sorted, as
     * this makes it) are counted through their numbers, and only the others' words are looked up in it.
     * When every word of that table is still used and no page brings a new one (a paragraph edited with
     * words the site has), the table and the numbers are kept as they are; otherwise the words in use are
     * merged with the new ones, sorted. Numbering the kernel's 1.3 million words of pages through a map
     * cost a one-file rebuild about 0.1 s of CPU; a sorted table also spares the search index its sort.
     */
    record SortedWords(WordTable table, List<int[]> pages) {
        static SortedWords of(List<List<String>> pages) {
            WordTable known = new WordTable(new String[0]);
            for (List<String> words : pages) {
                if (words instanceof SearchIndex.NumberedWords numbered) {
                    known = numbered.table();
                    break;
                }
            }
            boolean[] used = new boolean[known.size()];
            Map<String, Integer> added = new HashMap<>();
            // of a page not numbered into the known table: each word's place there, or -1 - its number in added
            int[][] looseNumbers = new int[pages.size()][];
            for (int p = 0; p < pages.size(); p++) {
                List<String> words = pages.get(p);
                if (words instanceof SearchIndex.NumberedWords numbered && numbered.table() == known) {
                    for (int number : numbered.numbers()) {
                        used[number] = true;
                    }
                    continue;
                }
                int[] loose = new int[words.size()];
                for (int i = 0; i < loose.length; i++) {
                    String word = words.get(i);
                    int at = known.find(word);
                    if (at >= 0) {
                        used[at] = true;
                        loose[i] = at;
                    } else {
                        loose[i] = -1 - added.computeIfAbsent(word, w -> added.size());
                    }
                }
                looseNumbers[p] = loose;
            }
            if (added.isEmpty() && allTrue(used)) { // the table stays, and so do the numbers into it
                List<int[]> numbers = new java.util.ArrayList<>(pages.size());
                for (int p = 0; p < pages.size(); p++) {
                    numbers.add(looseNumbers[p] != null ? looseNumbers[p]
                            : ((SearchIndex.NumberedWords) pages.get(p)).numbers());
                }
                return new SortedWords(known, numbers);
            }
            String[] newWords = added.keySet().toArray(new String[0]);
            java.util.Arrays.sort(newWords);
            // the merge: the known words in use and the new ones, each given its place in the table
            int[] knownPlace = new int[known.size()];
            int[] addedPlace = new int[newWords.length];
            List<String> table = new java.util.ArrayList<>(known.size() + newWords.length);
            for (int k = 0, n = 0; k < known.size() || n < newWords.length; ) {
                if (k < known.size() && !used[k]) {
                    knownPlace[k++] = -1;
                } else if (n == newWords.length || k < known.size() && known.word(k).compareTo(newWords[n]) < 0) {
                    knownPlace[k] = table.size();
                    table.add(known.word(k++));
                } else {
                    addedPlace[added.get(newWords[n])] = table.size();
                    table.add(newWords[n++]);
                }
            }
            List<int[]> numbers = new java.util.ArrayList<>(pages.size());
            for (int p = 0; p < pages.size(); p++) {
                int[] loose = looseNumbers[p];
                int[] old = loose != null ? loose : ((SearchIndex.NumberedWords) pages.get(p)).numbers();
                int[] placed = new int[old.length];
                for (int i = 0; i < old.length; i++) {
                    placed[i] = old[i] >= 0 ? knownPlace[old[i]] : addedPlace[-1 - old[i]];
                }
                numbers.add(placed);
            }
            return new SortedWords(new WordTable(table.toArray(new String[0])), numbers);
        }

        private static boolean allTrue(boolean[] flags) {
            for (boolean flag : flags) {
                if (!flag) {
                    return false;
                }
            }
            return true;
        }
    }

    // a page's words as numbers into the table of all words, which they share
    private static List<String> readWords(DataInputStream in, WordTable table) throws IOException {
        int[] numbers = new int[count(in)];
        for (int i = 0; i < numbers.length; i++) {
            int number = in.readInt();
            if (number < 0 || number >= table.size()) {
                throw new IOException("bad word number " + number);
            }
            numbers[i] = number;
        }
        return new SearchIndex.NumberedWords(table, numbers);
    }

    // a count of items that take at least a byte each
    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}
