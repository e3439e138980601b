package org.kdocs.cli;

import java.io.PrintStream;
import java.util.Map;

import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;
import org.kdocs.source.DisplayWidth;

/**
 * Build progress on the terminal. On an interactive terminal the reading and writing phases show one
 * line redrawn with {@code \r}, as Sphinx's {@code reading sources... [ 40%] docname}; warnings and
 * status lines are printed above it. Elsewhere (a pipe, a log file, TERM=dumb) the plain status
 * lines are printed and nothing is redrawn.
 */
final class ProgressDisplay {
    private static final int BAR_CELLS = 20;
    private static final Map<String, String> PHASE_TEXT = Map.of(
            "reading", "reading sources...", "writing", "writing output...");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final int width;
    private boolean showing;

    ProgressDisplay(PrintStream out, PrintStream err, boolean terminal, int width) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.width = width;
    }

    /** A display for this process's standard output: redrawn only on an interactive, capable terminal. */
    static ProgressDisplay forConsole(PrintStream out, PrintStream err) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.isEmpty() && !term.equals("dumb");
        return new ProgressDisplay(out, err, terminal, columns(System.getenv("COLUMNS")));
    }

    static int columns(String value) {
        try {
            int columns = value == null ? 80 : Integer.parseInt(value.strip());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    boolean terminal() {
        return terminal;
    }

    /**
     * The progress line, exactly {@code width - 1} columns wide (the last column is left free so the
     * terminal never wraps): phase text, percentage, a bar when there is room, and as much of the
     * docname as fits.
     */
    static String render(int width, String phase, int done, int total, String docname) {
        int percent = total <= 0 ? 100 : (int) (100L * done / total);
        StringBuilder line = new StringBuilder(PHASE_TEXT.getOrDefault(phase, phase + "..."))
                .append(String.format(" [%3d%%] ", percent));
        int room = width - 1;
        if (room - line.length() >= BAR_CELLS + 12) {
            int filled = total <= 0 ? BAR_CELLS : (int) ((long) BAR_CELLS * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_CELLS - filled)).append("] ");
        }
        int used = DisplayWidth.columns(line);
        for (int i = 0; i < docname.length() && used < room; ) {
            int cp = docname.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > room) {
                break;
            }
            line.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        if (used > room) {
            // narrower than the fixed part: cut it (ASCII only up to here)
            return line.substring(0, Math.max(0, room));
        }
        return line.append(" ".repeat(room - used)).toString();
    }

    synchronized void progress(SiteBuilder.Progress p) {
        if (!terminal) {
            return;
        }
        out.print("\r" + render(width, p.phase(), p.done(), p.total(), p.docname()));
        out.flush();
        showing = true;
        if (p.done() >= p.total()) {
            clear();
        }
    }

    synchronized void line(String text) {
        clear();
        out.println(text);
    }

    synchronized void warning(Warning warning) {
        clear();
        err.println(warning.format());
    }

    private void clear() {
        if (showing) {
            out.print("\r" + " ".repeat(width - 1) + "\r");
            out.flush();
            showing = false;
        }
    }
}
