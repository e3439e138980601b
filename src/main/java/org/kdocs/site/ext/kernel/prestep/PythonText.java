package org.kdocs.site.ext.kernel.prestep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kdocs.tree.PyRepr;

/**
 * Python's {@code str()}, {@code repr()}, {@code strip()} and {@code len()} for the values a
 * YAML loader gives (strings, numbers, booleans, null, lists, maps), so that text generated
 * from a netlink spec reads as the kernel's Python generator writes it.
 */
final class PythonText {
    private PythonText() {
    }

    /** {@code str(value)}. */
    static String str(Object value) {
        return value instanceof String s ? s : repr(value);
    }

    /** {@code repr(value)}. */
    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return PyRepr.repr(s);
        }
        if (value instanceof Double || value instanceof Float) {
            return reprFloat(((Number) value).doubleValue());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PythonText::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof byte[] bytes) {
            StringBuilder out = new StringBuilder("b'");
            for (byte b : bytes) {
                int c = b & 0xff;
                out.append(c >= 0x20 && c < 0x7f && c != '\'' && c != '\\' ? String.valueOf((char) c)
                        : String.format("\\x%02x", c));
            }
            return out.append('\'').toString();
        }
        return String.valueOf(value);
    }

    /** {@code str.strip()}: Python's whitespace at both ends. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@code len(text)}: code points. */
    static int len(String text) {
        return text.codePointCount(0, text.length());
    }

    // str.isspace(): the Unicode White_Space property plus the separators 0x1c-0x1f
    private static boolean isSpace(char c) {
        return c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    // repr of float: the shortest round-tripping digits, Python's exponent thresholds (1e16, 1e-4)
    private static String reprFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = shortest.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
