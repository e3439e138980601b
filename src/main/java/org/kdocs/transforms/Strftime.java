package org.kdocs.transforms;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The common C strftime directives, for the datestamp setting. */
final class Strftime {
    private Strftime() {
    }

    static String format(String pattern, ZonedDateTime time) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                out.append(c);
                continue;
            }
            char d = pattern.charAt(++i);
            out.append(switch (d) {
                case 'Y' -> String.format("%04d", time.getYear());
                case 'm' -> String.format("%02d", time.getMonthValue());
                case 'd' -> String.format("%02d", time.getDayOfMonth());
                case 'H' -> String.format("%02d", time.getHour());
                case 'M' -> String.format("%02d", time.getMinute());
                case 'S' -> String.format("%02d", time.getSecond());
                case 'y' -> String.format("%02d", time.getYear() % 100);
                case 'b' -> time.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
                case 'B' -> time.format(DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH));
                case 'a' -> time.format(DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH));
                case 'A' -> time.format(DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH));
                case 'Z' -> "UTC";
                case '%' -> "%";
                default -> "%" + d;
            });
        }
        return out.toString();
    }
}
