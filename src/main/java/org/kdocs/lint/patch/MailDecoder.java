package org.kdocs.lint.patch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Undoes the transfer encoding of e-mail bodies (quoted-printable, base64)
 * message by message, so a patch mailed by a client that encodes UTF-8
 * reads as the diff it is. Every decoded line remembers the input line it
 * starts on; base64 bodies map all their lines to the body's first line.
 */
final class MailDecoder {
    /** Decoded lines (null for lines outside the quote), their prefix widths and their 1-based input lines. */
    record Decoded(List<String> lines, List<Integer> prefix, List<Integer> inputLine) {
    }

    private MailDecoder() {
    }

    static Decoded decode(List<String> lines, List<Integer> prefix) {
        List<String> out = new ArrayList<>();
        List<Integer> outPrefix = new ArrayList<>();
        List<Integer> outLine = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String encoding = null;
            if (lines.get(i) != null && isMessageStart(lines, i)) {
                int k = i;
                while (k < lines.size() && lines.get(k) != null && !lines.get(k).isEmpty()) {
                    String h = lines.get(k).toLowerCase(Locale.ROOT);
                    if (h.startsWith("content-transfer-encoding:")) {
                        encoding = h.substring(h.indexOf(':') + 1).strip();
                    }
                    keep(lines, prefix, k, out, outPrefix, outLine);
                    k++;
                }
                i = k;
                if ("quoted-printable".equals(encoding) || "base64".equals(encoding)) {
                    int end = k;
                    while (end < lines.size() && !(lines.get(end) != null && isMessageStart(lines, end))) {
                        end++;
                    }
                    if (encoding.equals("base64")) {
                        base64(lines, prefix, k, end, out, outPrefix, outLine);
                    } else {
                        quotedPrintable(lines, prefix, k, end, out, outPrefix, outLine);
                    }
                    i = end;
                }
                continue;
            }
            keep(lines, prefix, i, out, outPrefix, outLine);
            i++;
        }
        return new Decoded(out, outPrefix, outLine);
    }

    /** An mbox "From " separator, or header lines at the very start of the input. */
    private static boolean isMessageStart(List<String> lines, int i) {
        String l = lines.get(i);
        boolean afterBlank = i == 0 || lines.get(i - 1) == null || lines.get(i - 1).isEmpty();
        return afterBlank && (l.startsWith("From ") || i == 0 && l.matches("[A-Za-z-]+: .*"));
    }

    private static void keep(List<String> lines, List<Integer> prefix, int i, List<String> out,
            List<Integer> outPrefix, List<Integer> outLine) {
        out.add(lines.get(i));
        outPrefix.add(prefix.get(i));
        outLine.add(i + 1);
    }

    private static void quotedPrintable(List<String> lines, List<Integer> prefix, int from, int to, List<String> out,
            List<Integer> outPrefix, List<Integer> outLine) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int start = from;
        for (int i = from; i < to; i++) {
            String l = lines.get(i) == null ? "" : lines.get(i);
            boolean soft = l.endsWith("=");
            String body = soft ? l.substring(0, l.length() - 1) : l;
            for (int k = 0; k < body.length(); k++) {
                char c = body.charAt(k);
                if (c == '=' && hex(body, k + 1) >= 0) {
                    bytes.write(hex(body, k + 1));
                    k += 2;
                } else {
                    byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    bytes.write(b, 0, b.length);
                }
            }
            if (!soft || i == to - 1) {
                out.add(bytes.toString(StandardCharsets.UTF_8));
                outPrefix.add(prefix.get(start));
                outLine.add(start + 1);
                bytes.reset();
                start = i + 1;
            }
        }
    }

    private static int hex(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int hi = Character.digit(s.charAt(at), 16);
        int lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    private static void base64(List<String> lines, List<Integer> prefix, int from, int to, List<String> out,
            List<Integer> outPrefix, List<Integer> outLine) {
        StringBuilder data = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (lines.get(i) != null) {
                data.append(lines.get(i).strip());
            }
        }
        String text;
        try {
            text = new String(Base64.getMimeDecoder().decode(data.toString()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            for (int i = from; i < to; i++) {
                keep(lines, prefix, i, out, outPrefix, outLine);
            }
            return;
        }
        int first = Math.min(from + 1, Math.max(to, 1));
        for (String l : PatchParser.splitLines(text)) {
            out.add(l);
            outPrefix.add(0);
            outLine.add(first);
        }
    }
}
