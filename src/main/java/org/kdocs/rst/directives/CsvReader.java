package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's csv.reader with a strict dialect, as csv-table uses it
 * (CPython Modules/_csv.c): each input line ends with a newline, quoted
 * fields may span lines, a blank line is an empty row. Malformed data
 * raises {@link CsvError} with Python's message.
 */
final class CsvReader {
    /** The dialect: delimiter, quote, escape (or -1), and whether quotes double and leading spaces are skipped. */
    record Dialect(int delimiter, int quote, int escape, boolean doubleQuote, boolean skipInitialSpace) {
    }

    static final class CsvError extends Exception {
        CsvError(String message) {
            super(message, null, false, false);
        }
    }

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private static final int EOL = -2;

    private final Dialect dialect;
    private State state = State.START_RECORD;
    private final StringBuilder field = new StringBuilder();
    private List<String> fields = new ArrayList<>();

    private CsvReader(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The rows of the lines (each line gets its newline back before parsing). */
    static List<List<String>> read(List<String> lines, Dialect dialect) throws CsvError {
        CsvReader reader = new CsvReader(dialect);
        List<List<String>> rows = new ArrayList<>();
        int next = 0;
        while (next < lines.size()) {
            reader.fields = new ArrayList<>();
            reader.state = State.START_RECORD;
            do {
                if (next >= lines.size()) {
                    if (reader.field.length() != 0 || reader.state == State.IN_QUOTED_FIELD) {
                        throw new CsvError("unexpected end of data");
                    }
                    return rows;
                }
                String line = lines.get(next++) + "\n";
                for (int i = 0; i < line.length(); ) {
                    int c = line.codePointAt(i);
                    i += Character.charCount(c);
                    reader.process(c);
                }
                reader.process(EOL);
            } while (reader.state != State.START_RECORD);
            rows.add(reader.fields);
        }
        return rows;
    }

    private void saveField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private boolean isLineEnd(int c) {
        return c == '\n' || c == '\r' || c == EOL;
    }

    private void process(int c) throws CsvError {
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    return;
                }
                if (c == '\n' || c == '\r') {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
                return;
            case START_FIELD:
                startField(c);
                return;
            case ESCAPED_CHAR:
                if (c == '\n' || c == '\r') {
                    field.appendCodePoint(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                field.appendCodePoint(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c);
                return;
            case IN_FIELD:
                inField(c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                } else if (c == dialect.escape()) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == dialect.quote()) {
                    state = dialect.doubleQuote() ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    field.appendCodePoint(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                field.appendCodePoint(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (c == dialect.quote()) {
                    field.appendCodePoint(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == dialect.delimiter()) {
                    saveField();
                    state = State.START_FIELD;
                } else if (isLineEnd(c)) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else {
                    throw new CsvError("'" + Character.toString(dialect.delimiter()) + "' expected after '"
                            + Character.toString(dialect.quote()) + "'");
                }
                return;
            case EAT_CRNL:
                if (c == '\n' || c == '\r') {
                    return;
                }
                if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw new CsvError("new-line character seen in unquoted field - do you need to open the file with"
                        + " newline=''?");
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private void startField(int c) {
        if (isLineEnd(c)) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == dialect.quote()) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == dialect.escape()) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && dialect.skipInitialSpace()) {
            return;
        } else if (c == dialect.delimiter()) {
            saveField();
        } else {
            field.appendCodePoint(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        if (isLineEnd(c)) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == dialect.escape()) {
            state = State.ESCAPED_CHAR;
        } else if (c == dialect.delimiter()) {
            saveField();
            state = State.START_FIELD;
        } else {
            field.appendCodePoint(c);
            state = State.IN_FIELD;
        }
    }
}
