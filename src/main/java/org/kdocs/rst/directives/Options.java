package org.kdocs.rst.directives;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kdocs.tree.Escapes;
import org.kdocs.tree.Names;
import org.kdocs.tree.PyRepr;
import org.kdocs.tree.PyText;

/**
 * The option converters of docutils.parsers.rst.directives. Each throws
 * {@link IllegalArgumentException} with the explanation docutils gives
 * (including the texts of Python's own int() and re errors, which docutils
 * passes through).
 */
public final class Options {
    private static final String ARGUMENT_REQUIRED = "argument required but none supplied";
    private static final List<String> LENGTH_UNITS = List.of("em", "ex", "px", "in", "cm", "mm", "pt", "pc");
    private static final Pattern UNICODE_HEX = Pattern.compile(
            "(?:0x|x|\\\\x|U\\+?|\\\\u)([0-9a-f]+)$|&#x([0-9a-f]+);$",
            Pattern.CASE_INSENSITIVE | Pattern.UNIX_LINES);

    public static final OptionConverter FLAG = Options::flag;
    public static final OptionConverter UNCHANGED = Options::unchanged;
    public static final OptionConverter UNCHANGED_REQUIRED = Options::unchangedRequired;
    public static final OptionConverter PATH = Options::path;
    public static final OptionConverter URI = Options::uri;
    public static final OptionConverter NONNEGATIVE_INT = Options::nonnegativeInt;
    public static final OptionConverter POSITIVE_INT = Options::positiveInt;
    public static final OptionConverter POSITIVE_INT_LIST = Options::positiveIntList;
    public static final OptionConverter PERCENTAGE = Options::percentage;
    public static final OptionConverter LENGTH_OR_UNITLESS = Options::lengthOrUnitless;
    public static final OptionConverter LENGTH_OR_PERCENTAGE_OR_UNITLESS = v -> lengthOrPercentageOrUnitless(v, "");
    public static final OptionConverter CLASS_OPTION = Options::classOption;
    public static final OptionConverter UNICODE_CODE = Options::unicodeCode;
    public static final OptionConverter SINGLE_CHAR_OR_UNICODE = Options::singleCharOrUnicode;
    public static final OptionConverter SINGLE_CHAR_OR_WHITESPACE_OR_UNICODE = Options::singleCharOrWhitespaceOrUnicode;
    public static final OptionConverter ENCODING = Options::encoding;
    /** Python's int() as an option converter (sectnum, include). */
    public static final OptionConverter INT = Options::pyInt;

    private Options() {
    }

    public static Object flag(String argument) {
        if (argument != null && !PyText.strip(argument).isEmpty()) {
            throw new IllegalArgumentException("no argument is allowed; \"" + argument + "\" supplied");
        }
        return null;
    }

    public static String unchanged(String argument) {
        return argument == null ? "" : argument;
    }

    public static String unchangedRequired(String argument) {
        if (argument == null) {
            throw new IllegalArgumentException(ARGUMENT_REQUIRED);
        }
        return argument;
    }

    /** The path with its line breaks (and the white space around them) removed. */
    public static String path(String argument) {
        if (argument == null) {
            throw new IllegalArgumentException(ARGUMENT_REQUIRED);
        }
        return PyText.splitlines(argument).stream().map(PyText::strip).collect(Collectors.joining());
    }

    /** The URI with unescaped white space removed; escaped spaces stay. */
    public static String uri(String argument) {
        if (argument == null) {
            throw new IllegalArgumentException(ARGUMENT_REQUIRED);
        }
        List<String> parts = new ArrayList<>();
        for (String part : Escapes.escapeToNull(argument).split("\0 ", -1)) {
            parts.addAll(Arrays.asList(part.split("\0\n", -1)));
        }
        return parts.stream().map(part -> String.join("", PyText.split(Escapes.unescape(part))))
                .collect(Collectors.joining(" "));
    }

    public static int nonnegativeInt(String argument) {
        int value = pyInt(argument);
        if (value < 0) {
            throw new IllegalArgumentException("negative value; must be positive or zero");
        }
        return value;
    }

    public static int positiveInt(String argument) {
        int value = pyInt(argument);
        if (value < 1) {
            throw new IllegalArgumentException("negative or zero value; must be positive");
        }
        return value;
    }

    public static List<Integer> positiveIntList(String argument) {
        if (argument == null) {
            throw new IllegalArgumentException("argument of type 'NoneType' is not iterable");
        }
        List<String> entries = argument.contains(",") ? Arrays.asList(argument.split(",", -1)) : PyText.split(argument);
        List<Integer> values = new ArrayList<>();
        for (String entry : entries) {
            values.add(positiveInt(entry));
        }
        return List.copyOf(values);
    }

    /** An integer percentage, with or without the percent sign. */
    public static int percentage(String argument) {
        if (argument == null) {
            return nonnegativeInt(null);
        }
        int end = argument.length();
        while (end > 0 && (argument.charAt(end - 1) == ' ' || argument.charAt(end - 1) == '%')) {
            end--;
        }
        return nonnegativeInt(argument.substring(0, end));
    }

    public static String lengthOrUnitless(String argument) {
        List<String> units = new ArrayList<>(LENGTH_UNITS);
        units.add("");
        return measure(argument, units);
    }

    /** A length or percentage; a unitless number gets defaultUnit appended. */
    public static String lengthOrPercentageOrUnitless(String argument, String defaultUnit) {
        List<String> units = new ArrayList<>(LENGTH_UNITS);
        units.add("%");
        try {
            return measure(argument, units);
        } catch (IllegalArgumentException notALength) {
            try {
                return measure(argument, List.of("")) + defaultUnit;
            } catch (IllegalArgumentException notUnitless) {
                return measure(argument, units);
            }
        }
    }

    private static String measure(String argument, List<String> units) {
        if (argument == null) {
            throw new IllegalArgumentException("expected string or bytes-like object, got 'NoneType'");
        }
        String alternatives = units.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        Matcher match = Pattern.compile("^([0-9.]+) *(" + alternatives + ")$", Pattern.UNIX_LINES).matcher(argument);
        if (!match.lookingAt() || !isPythonFloat(match.group(1))) {
            throw new IllegalArgumentException("not a positive measure of one of the following units:\n"
                    + units.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(" ")));
        }
        return match.group(1) + match.group(2);
    }

    private static boolean isPythonFloat(String digitsAndDots) {
        int dot = digitsAndDots.indexOf('.');
        return dot != digitsAndDots.lastIndexOf('.') ? false : digitsAndDots.length() > 1 || dot < 0;
    }

    /** Class names made from the white-space separated words. */
    public static List<String> classOption(String argument) {
        if (argument == null) {
            throw new IllegalArgumentException(ARGUMENT_REQUIRED);
        }
        List<String> classes = new ArrayList<>();
        for (String name : PyText.split(argument)) {
            String id = Names.makeId(name);
            if (id.isEmpty()) {
                throw new IllegalArgumentException("cannot make \"" + name + "\" into a class name");
            }
            classes.add(id);
        }
        return classes;
    }

    /** A character code (decimal, hex with a prefix, or &amp;#x..;) as the character; other text unchanged. */
    public static String unicodeCode(String code) {
        if (code == null) {
            throw new IllegalArgumentException("'NoneType' object has no attribute 'isdigit'");
        }
        if (isPythonDigits(code)) {
            return chr(pyIntLarge(code, 10));
        }
        Matcher match = UNICODE_HEX.matcher(code);
        if (match.lookingAt()) {
            String hex = match.group(1) != null ? match.group(1) : match.group(2);
            return chr(new java.math.BigInteger(hex, 16));
        }
        return code;
    }

    /** Python's str.isdigit(): decimal digits and digit-valued signs such as superscripts. */
    private static boolean isPythonDigits(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
                        && Character.getNumericValue(c) <= 9);
    }

    private static String chr(java.math.BigInteger value) {
        if (value.bitLength() > 31) {
            throw new IllegalArgumentException("code too large (Python int too large to convert to C int)");
        }
        int code = value.intValue();
        if (code > 0x10FFFF) {
            throw new IllegalArgumentException("chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars(code));
    }

    public static String singleCharOrUnicode(String argument) {
        String character = unicodeCode(argument);
        if (PyText.len(character) > 1) {
            throw new IllegalArgumentException(
                    PyRepr.repr(character) + " invalid; must be a single character or a Unicode code");
        }
        return character;
    }

    public static String singleCharOrWhitespaceOrUnicode(String argument) {
        if ("tab".equals(argument)) {
            return "\t";
        }
        if ("space".equals(argument)) {
            return " ";
        }
        return singleCharOrUnicode(argument);
    }

    /** The encoding name, when Java knows an encoding of that name. */
    public static String encoding(String argument) {
        if (argument == null) {
            throw new IllegalArgumentException("lookup() argument must be str, not None");
        }
        try {
            Charset.forName(javaCharsetName(argument));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown encoding: \"" + argument + "\"");
        }
        return argument;
    }

    /** Python codec names that Java spells differently. */
    static String javaCharsetName(String pythonName) {
        String name = pythonName.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (name) {
            case "utf8", "u8", "utf", "utf-8-sig" -> "UTF-8";
            case "latin1", "latin-1", "l1", "iso8859-1", "8859" -> "ISO-8859-1";
            case "ascii", "us-ascii", "646" -> "US-ASCII";
            case "utf16" -> "UTF-16";
            case "utf32" -> "UTF-32";
            default -> name;
        };
    }

    /** docutils' choice(): the argument, lower-cased and stripped, must be one of values. */
    public static OptionConverter choice(String... values) {
        List<String> allowed = List.of(values);
        return argument -> {
            if (argument == null) {
                throw new IllegalArgumentException("must supply an argument; choose from " + formatValues(allowed));
            }
            String value = PyText.strip(argument.toLowerCase(Locale.ROOT));
            if (allowed.contains(value)) {
                return value;
            }
            throw new IllegalArgumentException("\"" + argument + "\" unknown; choose from " + formatValues(allowed));
        };
    }

    static String formatValues(List<String> values) {
        String head = values.subList(0, values.size() - 1).stream().map(v -> "\"" + v + "\"")
                .collect(Collectors.joining(", "));
        return head + ", or \"" + values.get(values.size() - 1) + "\"";
    }

    /** docutils' value_or(): one of the literal values as is, else whatever other makes of it. */
    public static OptionConverter valueOr(List<String> values, OptionConverter other) {
        return argument -> values.contains(argument) ? argument : other.convert(argument);
    }

    /** Python's int(text): surrounding white space, a sign, digits with single underscores between. */
    static int pyInt(String text) {
        java.math.BigInteger value = pyIntLarge(text, 10);
        if (value.bitLength() > 31) {
            return value.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return value.intValue();
    }

    private static java.math.BigInteger pyIntLarge(String text, int radix) {
        if (text == null) {
            throw new IllegalArgumentException(
                    "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
        }
        String body = PyText.strip(text);
        boolean negative = false;
        if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        StringBuilder digits = new StringBuilder();
        boolean previousDigit = false;
        boolean valid = !body.isEmpty();
        for (int i = 0; i < body.length() && valid; ) {
            int c = body.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_') {
                valid = previousDigit && i < body.length();
                previousDigit = false;
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                digits.append(Character.digit(c, radix));
                previousDigit = true;
            } else {
                valid = false;
            }
        }
        if (!valid || digits.length() == 0) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + PyRepr.repr(text));
        }
        java.math.BigInteger value = new java.math.BigInteger(digits.toString());
        return negative ? value.negate() : value;
    }
}
