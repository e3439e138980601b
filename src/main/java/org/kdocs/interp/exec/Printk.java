package org.kdocs.interp.exec;

import org.kdocs.interp.CallContext;

/** printk/printf formatting over raw argument values ("lib/vsprintf.c" conversions the examples use). */
final class Printk {
    private Printk() {
    }

    static String format(CallContext c, String fmt, long[] args, int first) {
        if (fmt.length() >= 2 && fmt.charAt(0) == 1) {
            fmt = fmt.substring(2);
        }
        StringBuilder out = new StringBuilder();
        int arg = first;
        int i = 0;
        while (i < fmt.length()) {
            char ch = fmt.charAt(i++);
            if (ch != '%' || i >= fmt.length()) {
                out.append(ch);
                continue;
            }
            int specStart = i - 1;
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-0+ #".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int width = 0;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width = width * 10 + (fmt.charAt(i++) - '0');
            }
            int precision = -1;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                precision = 0;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    precision = precision * 10 + (fmt.charAt(i++) - '0');
                }
            }
            int longs = 0;
            boolean half = false;
            while (i < fmt.length() && "hlzjt".indexOf(fmt.charAt(i)) >= 0) {
                char m = fmt.charAt(i++);
                if (m == 'h') {
                    half = true;
                } else {
                    longs++;
                }
            }
            if (i >= fmt.length()) {
                out.append(fmt, specStart, fmt.length());
                break;
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            long v = arg < args.length ? args[arg] : 0;
            if (conv != '%') {
                arg++;
            }
            String text;
            switch (conv) {
                case 'd', 'i' -> text = Long.toString(longs > 0 ? v : half ? (short) v : (int) v);
                case 'u' -> text = longs > 0 ? Long.toUnsignedString(v) : Long.toString(half ? v & 0xffff : v & 0xffffffffL);
                case 'x', 'X' -> {
                    String h = Long.toHexString(longs > 0 ? v : v & 0xffffffffL);
                    text = (flags.indexOf("#") >= 0 ? "0x" : "") + (conv == 'X' ? h.toUpperCase() : h);
                }
                case 'o' -> text = Long.toOctalString(longs > 0 ? v : v & 0xffffffffL);
                case 'c' -> text = String.valueOf((char) (v & 0xff));
                case 's' -> {
                    text = c.string(v);
                    if (precision >= 0 && text.length() > precision) {
                        text = text.substring(0, precision);
                    }
                }
                case 'p' -> {
                    StringBuilder ext = new StringBuilder();
                    while (i < fmt.length() && Character.isLetter(fmt.charAt(i))) {
                        ext.append(fmt.charAt(i++));
                    }
                    String e = ext.toString();
                    if (e.startsWith("S") || e.startsWith("s")) {
                        text = c.machine().symbols().describe(v);
                    } else {
                        text = String.format("%016x", v);
                    }
                }
                default -> text = fmt.substring(specStart, i);
            }
            if (text.length() < width) {
                String pad = " ".repeat(width - text.length());
                if (flags.indexOf("-") >= 0) {
                    text = text + pad;
                } else if (flags.indexOf("0") >= 0 && "diuxXo".indexOf(conv) >= 0) {
                    String zeros = "0".repeat(width - text.length());
                    text = text.startsWith("-") ? "-" + zeros + text.substring(1) : zeros + text;
                } else {
                    text = pad + text;
                }
            }
            out.append(text);
        }
        return out.toString();
    }
}
