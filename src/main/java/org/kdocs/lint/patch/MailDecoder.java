package org.kdocs.lint.patch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.kdocs.lint.patch.MimeParts.Headers;

/**
 * Undoes the transfer encoding of e-mail bodies (quoted-printable, base64)
 * message by message, so a patch mailed by a client that encodes UTF-8
 * reads as the diff it is. Every decoded line remembers the input line it
 * starts on: for base64, the line holding the first base64 character of
 * its bytes (several short lines may start on one input line).
 */
final class MailDecoder {
    /** Decoded lines (null for lines outside the quote), their prefix widths and their 1-based input lines. */
    record Decoded(List<String> lines, List<Integer> prefix, List<Integer> inputLine) {
    }

    private MailDecoder() {
    }

    static Decoded decode(List<String> lines, List<Integer> prefix) {
        Out out = new Out(lines, prefix);
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i) != null && isMessageStart(lines, i)) {
                Headers headers = Headers.read(lines, i);
                for (int k = i; k < headers.end(); k++) {
                    out.keep(k);
                }
                int end = headers.end();
                while (end < lines.size() && !(lines.get(end) != null && isMessageStart(lines, end))) {
                    end++;
                }
                body(headers, headers.end(), end, out, 0);
                i = end;
                continue;
            }
            out.keep(i);
            i++;
        }
        return new Decoded(out.lines, out.prefix, out.inputLine);
    }

    /**
     * Decodes the body [from, to) described by {@code headers}: a multipart
     * body part by part (RFC 2046: parts between "--boundary" lines, nested
     * multiparts too), any other by its transfer encoding.
     */
    private static void body(Headers headers, int from, int to, Out out, int depth) {
        String boundary = headers.boundary();
        if (headers.type().startsWith("multipart/") && boundary != null && depth < MAX_NESTING) {
            for (int[] part : MimeParts.split(out.in, from, to, boundary)) {
                Headers partHeaders = Headers.read(out.in, part[0]);
                if (partHeaders.type().startsWith("multipart/") || partHeaders.carriesText()) {
                    body(partHeaders, Math.min(partHeaders.end() + 1, part[1]), part[1], out, depth + 1);
                }
            }
            return;
        }
        switch (headers.transferEncoding()) {
            case "base64" -> base64(out.in, out.inPrefix, from, to, out.lines, out.prefix, out.inputLine);
            case "quoted-printable" -> quotedPrintable(out.in, out.inPrefix, from, to, out.lines, out.prefix,
                    out.inputLine);
            default -> {
                for (int k = from; k < to; k++) {
                    out.keep(k);
                }
            }
        }
    }

    /** Deeper nesting than any mail client produces is left undecoded rather than recursed into. */
    private static final int MAX_NESTING = 8;

    /** The decoded lines being built, with the input they come from. */
    private static final class Out {
        final List<String> in;
        final List<Integer> inPrefix;
        final List<String> lines = new ArrayList<>();
        final List<Integer> prefix = new ArrayList<>();
        final List<Integer> inputLine = new ArrayList<>();

        Out(List<String> in, List<Integer> inPrefix) {
            this.in = in;
            this.inPrefix = inPrefix;
        }

        void keep(int i) {
            MailDecoder.keep(in, inPrefix, i, lines, prefix, inputLine);
        }
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
        List<Integer> ends = new ArrayList<>(); // end of each input line's characters within data
        for (int i = from; i < to; i++) {
            if (lines.get(i) != null) {
                data.append(lines.get(i).strip().replaceAll("[^A-Za-z0-9+/=]", ""));
            }
            ends.add(data.length());
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(data.toString());
        } catch (IllegalArgumentException e) {
            for (int i = from; i < to; i++) {
                keep(lines, prefix, i, out, outPrefix, outLine);
            }
            return;
        }
        int start = 0;
        for (int k = 0; k <= bytes.length; k++) {
            if (k < bytes.length && bytes[k] != '\n') {
                continue;
            }
            if (k == bytes.length && start == k) {
                break; // the text ended with a newline
            }
            String line = new String(bytes, start, k - start, StandardCharsets.UTF_8);
            out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            outPrefix.add(0);
            outLine.add(from + 1 + inputLineOf(ends, start / 3 * 4));
            start = k + 1;
        }
    }

    /** The index of the input line holding base64 character {@code index} (4 characters encode 3 bytes). */
    private static int inputLineOf(List<Integer> ends, int index) {
        for (int i = 0; i < ends.size(); i++) {
            if (index < ends.get(i)) {
                return i;
            }
        }
        return Math.max(ends.size() - 1, 0);
    }
}
