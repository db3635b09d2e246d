package io.mll4j.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) split into its parts. Strict: a body that does not follow the
 * boundary structure is a 400 naming the body, never a partial result.
 */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern PARAM = Pattern.compile("(?i);\\s*(name|filename)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");
    private static final byte[] CRLF = {'\r', '\n'};

    /**
     * One part.
     *
     * @param name        its form field name
     * @param filename    the file name the client sent, or {@code null} for a plain field
     * @param contentType its Content-Type, or {@code null}
     * @param body        its bytes
     */
    record Part(String name, String filename, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    /** Parses {@code body} of a request whose Content-Type header is {@code contentType}. */
    static List<Part> parse(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw ApiException.badRequest("Content-Type", "multipart/form-data without a boundary parameter");
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw malformed("the boundary never occurs");
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            int after = at + delimiter.length;
            if (startsWith(body, after, new byte[]{'-', '-'})) {
                return parts; // closing delimiter
            }
            if (!startsWith(body, after, CRLF)) {
                throw malformed("a boundary is not followed by CRLF");
            }
            int headersStart = after + 2;
            int headersEnd = indexOf(body, new byte[]{'\r', '\n', '\r', '\n'}, headersStart);
            if (headersEnd < 0) {
                throw malformed("part " + (parts.size() + 1) + " has no end of headers");
            }
            byte[] next = concat(CRLF, delimiter);
            int end = indexOf(body, next, headersEnd + 4);
            if (end < 0) {
                throw malformed("part " + (parts.size() + 1) + " is not closed by a boundary");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, headersEnd + 4, end), parts.size() + 1));
            at = end + 2;
        }
    }

    private static Part part(String headers, byte[] content, int index) {
        String name = null;
        String filename = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                Matcher p = PARAM.matcher(value);
                while (p.find()) {
                    String v = p.group(2) != null ? p.group(2).replaceAll("\\\\(.)", "$1") : p.group(3);
                    if (p.group(1).equalsIgnoreCase("name")) {
                        name = v;
                    } else {
                        filename = v;
                    }
                }
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        if (name == null) {
            throw malformed("part " + index + " has no Content-Disposition name");
        }
        return new Part(name, filename, type, content);
    }

    private static ApiException malformed(String why) {
        return ApiException.badRequest("body", "Malformed multipart/form-data body: " + why);
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
