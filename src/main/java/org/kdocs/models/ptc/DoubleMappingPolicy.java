package org.kdocs.models.ptc;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the "double mapping detection logic" table of Documentation/mm/page_table_check.rst from the
 * model by experiment: a page is mapped in one mm as the current mapping, then mapped in a second mm as
 * the new mapping, and the run either goes on (Allow) or BUGs (Prohibit). Both permissions of the
 * current mapping are tried and must agree; a new-mapping permission whose two outcomes agree is "Any".
 */
public final class DoubleMappingPolicy {
    /** One row of the table, in the documentation's words. */
    public record Rule(String currentMapping, String newMapping, String permissions, String rule) {
    }

    private DoubleMappingPolicy() {
    }

    public static List<Rule> derive() {
        List<Rule> rules = new ArrayList<>();
        for (boolean currentAnon : new boolean[] {true, false}) {
            for (boolean newAnon : new boolean[] {true, false}) {
                String readOnly = outcome(currentAnon, newAnon, false);
                String readWrite = outcome(currentAnon, newAnon, true);
                if (readOnly.equals(readWrite)) {
                    rules.add(new Rule(name(currentAnon), name(newAnon), "Any", readOnly));
                } else {
                    rules.add(new Rule(name(currentAnon), name(newAnon), "Read", readOnly));
                    rules.add(new Rule(name(currentAnon), name(newAnon), "Read / Write", readWrite));
                }
            }
        }
        return rules;
    }

    /**
     * The rule for one row written in the documentation's words ("Anonymous" or "Named"; "Read",
     * "Read / Write" or "Any"), decided by running the mappings; null when a word is not one of those.
     */
    public static String decide(String currentMapping, String newMapping, String permissions) {
        Boolean currentAnon = anon(currentMapping);
        Boolean newAnon = anon(newMapping);
        if (currentAnon == null || newAnon == null) {
            return null;
        }
        return switch (permissions.strip()) {
            case "Read" -> outcome(currentAnon, newAnon, false);
            case "Read / Write", "Read/Write" -> outcome(currentAnon, newAnon, true);
            case "Any" -> {
                String readOnly = outcome(currentAnon, newAnon, false);
                yield readOnly.equals(outcome(currentAnon, newAnon, true)) ? readOnly : "Depends";
            }
            default -> null;
        };
    }

    private static Boolean anon(String word) {
        return switch (word.strip()) {
            case "Anonymous" -> true;
            case "Named" -> false;
            default -> null;
        };
    }

    private static String name(boolean anon) {
        return anon ? "Anonymous" : "Named";
    }

    private static String outcome(boolean currentAnon, boolean newAnon, boolean newWritable) {
        String withReadOnlyCurrent = tryMapping(currentAnon, false, newAnon, newWritable);
        String withWritableCurrent = tryMapping(currentAnon, true, newAnon, newWritable);
        return withReadOnlyCurrent.equals(withWritableCurrent) ? withReadOnlyCurrent : "Depends";
    }

    private static String tryMapping(boolean currentAnon, boolean currentWritable, boolean newAnon, boolean newWritable) {
        PageTableCheck model = PageTableCheck.builder().enforced(true).build();
        long pfn = model.allocPages(currentAnon ? PageKind.ANON : PageKind.FILE, 0);
        model.setPte(model.mm("current"), 1, PageTableEntry.user(pfn, currentWritable));
        if (newAnon != currentAnon) {
            model.setPageAnon(pfn, 1, newAnon);
        }
        model.setPte(model.mm("new"), 1, PageTableEntry.user(pfn, newWritable));
        return model.halted() ? "Prohibit" : "Allow";
    }
}
