package org.kdocs.models.ptc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kdocs.testing.TestResources;

/**
 * One scenario of src/test/resources/models/ptc/scenarios.txt: a list of operations on the model with
 * expectations checked in sequence. The file's header explains the notation.
 */
record PtcScenario(String title, List<String> lines) {

    @Override
    public String toString() {
        return title;
    }

    static List<PtcScenario> load(String resource) throws IOException {
        List<PtcScenario> scenarios = new ArrayList<>();
        String title = null;
        List<String> body = new ArrayList<>();
        for (String line : TestResources.read(resource).split("\n")) {
            if (line.startsWith("== ")) {
                if (title != null) {
                    scenarios.add(new PtcScenario(title, body));
                }
                title = line.substring(3).strip();
                body = new ArrayList<>();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                body.add(line.strip());
            }
        }
        if (title != null) {
            scenarios.add(new PtcScenario(title, body));
        }
        return scenarios;
    }

    /** Runs the operations, asserting each expectation where it stands; returns the model. */
    PageTableCheck run() {
        Runner runner = new Runner();
        for (String line : lines) {
            runner.execute(line);
        }
        return runner.model();
    }

    private static final class Runner {
        private boolean enforced = true;
        private String boot;
        private boolean bootGiven;
        private PageTableCheck model;
        private final Map<String, Long> pages = new HashMap<>();

        PageTableCheck model() {
            if (model == null) {
                PageTableCheck.Builder b = PageTableCheck.builder().enforced(enforced);
                if (bootGiven) {
                    b.bootParameter(boot);
                }
                model = b.build();
            }
            return model;
        }

        void execute(String line) {
            String[] w = line.split("\\s+");
            switch (w[0]) {
                case "config" -> enforced = w[1].equals("enforced=y");
                case "boot" -> {
                    boot = w[1];
                    bootGiven = true;
                }
                case "boot-empty" -> {
                    boot = "";
                    bootGiven = true;
                }
                case "boot-bare" -> {
                    boot = null;
                    bootGiven = true;
                }
                case "page" -> page(w);
                case "noext" -> model().removePageExt(pfn(w[1]));
                case "flip" -> model().setPageAnon(pfn(w[1]), 1, w[2].equals("anon"));
                case "slab" -> model().setPageSlab(pfn(w[1]), true);
                case "corrupt" -> model().corruptMapCounts(pfn(w[1]), intOption(w, "anon"), intOption(w, "file"));
                case "set" -> model().setPtes(mm(w[1]), Long.parseLong(w[2]), entry(w, 3), intOption(w, "nr", 1));
                case "huge-set" -> model().setHugePte(mm(w[1]), Long.parseLong(w[2]), entry(w, 3));
                case "raw" -> model().installWithoutCheck(mm(w[1]), Level.PTE, Long.parseLong(w[2]), entry(w, 3));
                case "clear" -> model().clearPte(mm(w[1]), Long.parseLong(w[2]));
                case "wrprotect" -> model().wrprotectPte(mm(w[1]), Long.parseLong(w[2]));
                case "mprotect" -> model().mprotectPte(mm(w[1]), Long.parseLong(w[2]), w[3].equals("rw"));
                case "pmd-set" -> model().setPmd(mm(w[1]), Long.parseLong(w[2]), entry(w, 3));
                case "pmd-invalidate" -> model().invalidatePmd(mm(w[1]), Long.parseLong(w[2]));
                case "pmd-clear" -> model().clearPmd(mm(w[1]), Long.parseLong(w[2]));
                case "pud-set" -> model().setPud(mm(w[1]), Long.parseLong(w[2]), entry(w, 3));
                case "pud-clear" -> model().clearPud(mm(w[1]), Long.parseLong(w[2]));
                case "clear-range" -> model().clearPteRange(mm(w[1]), Long.parseLong(w[2]));
                case "free" -> model().freePages(pfn(w[1]), intOption(w, "order", 0));
                case "alloc" -> model().postAllocHook(pfn(w[1]), intOption(w, "order", 0));
                case "fork" -> model().fork(mm(w[1]), w[2]);
                case "expect" -> expect(line.substring("expect ".length()), w);
                default -> throw new IllegalArgumentException("unknown scenario line: " + line);
            }
        }

        private void page(String[] w) {
            String name = w[1];
            long pfn = switch (w[2]) {
                case "anon" -> model().allocPages(PageKind.ANON, intOption(w, "order", 0));
                case "file" -> model().allocPages(PageKind.FILE, intOption(w, "order", 0));
                case "slab" -> model().allocPages(PageKind.SLAB, intOption(w, "order", 0));
                case "hugezero" -> model().allocHugeZeroFolio();
                case "invalid" -> model().invalidPfn();
                default -> throw new IllegalArgumentException("page kind " + w[2]);
            };
            pages.put(name, pfn);
        }

        private MmStruct mm(String name) {
            return model().mm(name);
        }

        private long pfn(String expr) {
            int plus = expr.indexOf('+');
            if (plus < 0) {
                return pages.get(expr);
            }
            return pages.get(expr.substring(0, plus)) + Long.parseLong(expr.substring(plus + 1));
        }

        private static int intOption(String[] w, String key, int fallback) {
            for (String word : w) {
                if (word.startsWith(key + "=")) {
                    return Integer.parseInt(word.substring(key.length() + 1));
                }
            }
            return fallback;
        }

        private static int intOption(String[] w, String key) {
            return intOption(w, key, 0);
        }

        private boolean flag(String[] w, String word) {
            for (String s : w) {
                if (s.equals(word)) {
                    return true;
                }
            }
            return false;
        }

        /** "PAGE rw|ro|shstk [kernel] [special] [uffd-wp]", "swap TYPE [uffd-wp]", "protnone PAGE", "table", "bad". */
        private PageTableEntry entry(String[] w, int at) {
            PageTableEntry e;
            switch (w[at]) {
                case "table" -> e = PageTableEntry.table();
                case "bad" -> e = PageTableEntry.badEntry();
                case "swap" -> e = PageTableEntry.swapEntry(SwapType.valueOf(w[at + 1]), false);
                case "protnone" -> e = PageTableEntry.protNone(pfn(w[at + 1]));
                default -> {
                    long pfn = pfn(w[at]);
                    boolean rw = w[at + 1].equals("rw");
                    e = flag(w, "kernel") ? PageTableEntry.kernel(pfn, rw) : PageTableEntry.user(pfn, rw);
                    if (w[at + 1].equals("shstk")) {
                        e = e.withShadowStack();
                    }
                }
            }
            if (flag(w, "special")) {
                e = e.withSpecial();
            }
            if (flag(w, "uffd-wp")) {
                e = e.withUffdWp();
            }
            return e;
        }

        private void expect(String what, String[] w) {
            PageTableCheck m = model();
            switch (w[1]) {
                case "allow" -> assertThat(m.halted()).as("BUG fired: %s", m.console()).isFalse();
                case "enabled" -> assertThat(m.enabled()).isEqualTo(w[2].equals("yes"));
                case "warnings" -> assertThat(m.log().warningCount()).as(m.console()).isEqualTo(Integer.parseInt(w[2]));
                case "console" -> assertThat(m.console()).contains(what.substring("console ".length()));
                case "anon", "file" -> counters(m, w[1].equals("anon"), w[2], Integer.parseInt(w[3]));
                case "no-entry" -> assertThat(m.mm(w[2]).entry(Level.PTE, Long.parseLong(w[3])).isNone()).isTrue();
                case "entry" -> {
                    String text = what.substring(what.indexOf("pfn ") + 4);
                    String page = text.substring(0, text.indexOf(' '));
                    String expected = "pfn 0x" + Long.toHexString(pfn(page)) + text.substring(page.length());
                    assertThat(m.mm(w[2]).entry(Level.PTE, Long.parseLong(w[3])).describe()).isEqualTo(expected);
                }
                default -> {
                    if (w[1].startsWith("BUG#")) {
                        BugCondition expected = BugCondition.byNumber(Integer.parseInt(w[1].substring(4)));
                        assertThat(m.bug()).as(m.console()).contains(expected);
                        assertThat(m.console()).contains("kernel BUG at mm/page_table_check.c:" + expected.line() + "!");
                    } else {
                        throw new IllegalArgumentException("unknown expectation: " + what);
                    }
                }
            }
        }

        private void counters(PageTableCheck m, boolean anon, String range, int expected) {
            int dots = range.indexOf("..");
            long from = pfn(dots < 0 ? range : range.substring(0, dots));
            long to = dots < 0 ? from : pfn(range.substring(dots + 2));
            for (long pfn = from; pfn <= to; pfn++) {
                int actual = anon ? m.anonMapCount(pfn) : m.fileMapCount(pfn);
                assertThat(actual).as("%s count of pfn 0x%x", anon ? "anon" : "file", pfn).isEqualTo(expected);
            }
        }
    }
}
