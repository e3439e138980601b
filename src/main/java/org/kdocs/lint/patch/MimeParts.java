package org.kdocs.lint.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MIME structure of a mailed patch: header blocks (RFC 5322, folded
 * lines unfolded) and the parts of a multipart body (RFC 2046), as mail
 * clients produce them when a patch is sent as an attachment
 * ({@code text/x-patch}, {@code text/x-diff}, often base64).
 */
final class MimeParts {
    private static final Pattern PARAMETER = Pattern.compile(
            ";\\s*([A-Za-z0-9*_.-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

    private MimeParts() {
    }

    /** A header block: fields by lower-case name, and the index of the line that ends it (blank, or the end). */
    record Headers(Map<String, String> fields, int end) {
        /** Reads the header block starting at {@code from}; lines that are not fields (an mbox "From ") are skipped. */
        static Headers read(List<String> lines, int from) {
            Map<String, String> fields = new LinkedHashMap<>();
            String last = null;
            int k = from;
            for (; k < lines.size() && lines.get(k) != null && !lines.get(k).isEmpty(); k++) {
                String l = lines.get(k);
                int colon = l.indexOf(':');
                if ((l.startsWith(" ") || l.startsWith("\t")) && last != null) {
                    fields.put(last, fields.get(last) + " " + l.strip());
                } else if (colon > 0 && l.substring(0, colon).matches("[!-9;-~]+")) {
                    last = l.substring(0, colon).toLowerCase(Locale.ROOT);
                    fields.put(last, l.substring(colon + 1).strip());
                } else {
                    last = null;
                }
            }
            return new Headers(Map.copyOf(fields), k);
        }

        /** The media type in lower case; text/plain when there is none (RFC 2045's default). */
        String type() {
            String value = fields.getOrDefault("content-type", "text/plain");
            int semicolon = value.indexOf(';');
            return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        }

        String transferEncoding() {
            return fields.getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
        }

        /** The boundary parameter of a multipart type, or null. */
        String boundary() {
            return parameter("content-type", "boundary");
        }

        /** True for a part that may hold the patch: any text type, or an attachment named *.patch or *.diff. */
        boolean carriesText() {
            if (type().startsWith("text/")) {
                return true;
            }
            for (String name : new String[] {parameter("content-type", "name"),
                parameter("content-disposition", "filename")}) {
                if (name != null && (name.endsWith(".patch") || name.endsWith(".diff"))) {
                    return true;
                }
            }
            return false;
        }

        private String parameter(String field, String name) {
            String value = fields.get(field);
            if (value == null) {
                return null;
            }
            Matcher m = PARAMETER.matcher(value);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
                }
            }
            return null;
        }
    }

    /**
     * The parts of a multipart body in lines [from, to): each [start, end)
     * runs from the line after a "--boundary" delimiter to the next
     * delimiter; the preamble and the epilogue after "--boundary--" are not parts.
     */
    static List<int[]> split(List<String> lines, int from, int to, String boundary) {
        String delimiter = "--" + boundary;
        List<int[]> parts = new ArrayList<>();
        int start = -1;
        for (int k = from; k < to; k++) {
            String l = lines.get(k) == null ? "" : lines.get(k).stripTrailing();
            boolean close = l.equals(delimiter + "--");
            if (close || l.equals(delimiter)) {
                if (start >= 0) {
                    parts.add(new int[] {start, k});
                }
                if (close) {
                    return parts;
                }
                start = k + 1;
            }
        }
        if (start >= 0) {
            parts.add(new int[] {start, to}); // an unterminated last part still counts
        }
        return parts;
    }
}
