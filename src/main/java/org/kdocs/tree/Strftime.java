package org.kdocs.tree;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * C strftime in the "C" locale, as Python's time.strftime with glibc formats
 * the date directive's text (local time) and the datestamp footer of
 * docutils' Decorations transform (time.gmtime(), whose zone glibc names
 * GMT). Unknown conversions stay as written, as glibc leaves them.
 */
public final class Strftime {
    private Strftime() {
    }

    public static String format(String pattern, ZonedDateTime time) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                out.append(c);
                continue;
            }
            char code = pattern.charAt(++i);
            String value = conversion(code, time);
            out.append(value != null ? value : "%" + code);
        }
        return out.toString();
    }

    private static String conversion(char code, ZonedDateTime t) {
        return switch (code) {
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'c' -> format("%a %b %e %H:%M:%S %Y", t);
            case 'C' -> two(t.getYear() / 100);
            case 'd' -> two(t.getDayOfMonth());
            case 'D', 'x' -> format("%m/%d/%y", t);
            case 'e' -> String.format(Locale.ROOT, "%2d", t.getDayOfMonth());
            case 'F' -> format("%Y-%m-%d", t);
            case 'G' -> String.valueOf(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'H' -> two(t.getHour());
            case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
            case 'j' -> String.format(Locale.ROOT, "%03d", t.getDayOfYear());
            case 'm' -> two(t.getMonthValue());
            case 'M' -> two(t.getMinute());
            case 'n' -> "\n";
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'R' -> format("%H:%M", t);
            case 's' -> String.valueOf(t.toEpochSecond());
            case 'S' -> two(t.getSecond());
            case 't' -> "\t";
            case 'T', 'X' -> format("%H:%M:%S", t);
            case 'u' -> String.valueOf(t.getDayOfWeek().getValue());
            case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'w' -> String.valueOf(t.getDayOfWeek().getValue() % 7);
            case 'U' -> two((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7);
            case 'W' -> two((t.getDayOfYear() + 6 - (t.get(ChronoField.DAY_OF_WEEK) + 6) % 7) / 7);
            case 'y' -> two(t.getYear() % 100);
            case 'Y' -> String.valueOf(t.getYear());
            case 'z' -> t.getOffset().getId().equals("Z") ? "+0000" : t.getOffset().getId().replace(":", "");
            case 'Z' -> t.getZone().equals(ZoneOffset.UTC) ? "GMT"
                    : t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case '%' -> "%";
            default -> null;
        };
    }

    private static String two(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }
}
