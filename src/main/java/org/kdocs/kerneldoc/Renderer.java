package org.kdocs.kerneldoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints the items of one parsed file for one run's options (scripts/kernel-doc's
 * output_declaration, dump_doc_section and show_warnings, and the end of process_file): which
 * declarations and DOC: blocks are selected, which warnings are shown, and the closing
 * "not found" warnings when nothing was printed.
 */
final class Renderer {
    private final KernelDocOptions options;
    /** The script's %function_table: the -function names, or the exported symbols. */
    private final Set<String> table;
    private final StringBuilder out;
    private final List<String> messages = new ArrayList<>();
    private final RstEmitter rst;
    private int printed;
    int warnings;
    int errors;

    Renderer(KernelDocOptions options, Set<String> table, StringBuilder out) {
        this.options = options;
        this.table = table;
        this.out = out;
        this.rst = new RstEmitter(options.outputNone() ? new StringBuilder() : out, options.lineNumbers(),
                options.sphinxMajor());
    }

    /** Everything one file contributes; {@code file} is the path as the run was given it. */
    void file(String file, List<Item> items) {
        printed = 0;
        for (Item item : items) {
            if (item instanceof Item.Message m) {
                message(file, m);
            } else if (item instanceof Item.LineMark mark) {
                rst.lineNumber(mark.line());
            } else if (item instanceof Item.DocBlock doc) {
                docBlock(doc);
            } else if (item instanceof Item.Declaration d) {
                declaration(d);
            }
        }
        if (printed == 0 && !options.outputNone()) {
            if (options.selection() == KernelDocOptions.Selection.INCLUDE) {
                for (String name : table) {
                    warn(file + ":1", "'" + name + "' not found\n");
                }
            } else {
                warn(file + ":1", "no structured comments found\n");
            }
        }
    }

    /** The messages printed since the last call. */
    List<String> takeMessages() {
        List<String> taken = List.copyOf(messages);
        messages.clear();
        return taken;
    }

    private void warn(String location, String text) {
        messages.add(location + ": warning: " + text);
        warnings++;
    }

    private void message(String file, Item.Message m) {
        boolean shown = true;
        if (m.gate() instanceof Item.Shown s) {
            shown = showWarnings(s.type(), s.name());
        } else if (m.gate() instanceof Item.Flag f) {
            shown = switch (f) {
                case RETURN -> options.warnReturn();
                case SHORT_DESC -> options.warnShortDesc();
                case VERBOSE -> options.verbose();
            };
        }
        if (!shown) {
            return;
        }
        messages.add(file + ":" + m.line() + ": " + m.level() + ": " + m.text());
        if (m.level().equals("warning")) {
            warnings++;
        } else if (m.level().equals("error")) {
            errors++;
        }
    }

    /** show_warnings: whether messages about the declaration {@code name} belong to this run. */
    private boolean showWarnings(String type, String name) {
        if (options.noSymbols().contains(name)) {
            return false;
        }
        return switch (options.selection()) {
            case ALL -> true;
            case EXPORTED, INCLUDE -> table.contains(name);
            case INTERNAL -> !(type.equals("function") && table.contains(name));
        };
    }

    private void docBlock(Item.DocBlock doc) {
        if (options.noDocSections() || options.noSymbols().contains(doc.title())) {
            return;
        }
        KernelDocOptions.Selection selection = options.selection();
        if (selection == KernelDocOptions.Selection.ALL
                || (selection == KernelDocOptions.Selection.INCLUDE && table.contains(doc.title()))) {
            // a title that reads as an @parameter is filed as one, and the block prints nothing
            if (!ScanState.TYPE_PARAM.matcher(doc.title()).find()) {
                rst.docBlock(doc, selection != KernelDocOptions.Selection.INCLUDE);
            }
            printed++;
        }
    }

    private void declaration(Item.Declaration d) {
        if (options.noSymbols().contains(d.name())) {
            return;
        }
        boolean selected = switch (options.selection()) {
            case ALL -> true;
            case INCLUDE, EXPORTED -> table.contains(d.name());
            case INTERNAL -> !(d.kind().equals("function") && table.contains(d.name()));
        };
        if (!selected) {
            return;
        }
        if (d instanceof Item.Function f) {
            rst.function(f);
        } else if (d instanceof Item.Struct s) {
            rst.struct(s);
        } else if (d instanceof Item.Enum e) {
            rst.enumeration(e);
        } else if (d instanceof Item.Typedef t) {
            rst.typedef(t);
        }
        printed++;
    }
}
