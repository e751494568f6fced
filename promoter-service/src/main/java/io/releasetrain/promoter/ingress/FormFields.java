package io.releasetrain.promoter.ingress;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One field of an {@code application/x-www-form-urlencoded} body, decoded strictly: a malformed
 * percent-escape or bytes that are not UTF-8 are the sender's error, reported as such.
 */
public final class FormFields {

    private FormFields() {
    }

    /**
     * The decoded bytes of the first field named {@code name}, or null when there is none.
     *
     * @throws MalformedPayloadException when the body is not valid form encoding
     */
    public static byte[] field(byte[] body, String name) {
        String form = new String(body, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start <= form.length()) {
            int end = form.indexOf('&', start);
            if (end < 0) {
                end = form.length();
            }
            int equals = form.indexOf('=', start);
            if (equals >= 0 && equals < end) {
                if (decode(form, start, equals).equals(name)) {
                    return decodeBytes(form, equals + 1, end);
                }
            } else if (decode(form, start, end).equals(name)) {
                return new byte[0];
            }
            start = end + 1;
        }
        return null;
    }

    private static String decode(String form, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decodeBytes(form, from, to)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPayloadException("A form field name is not UTF-8");
        }
    }

    private static byte[] decodeBytes(String form, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = form.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw new MalformedPayloadException("The form body has an incomplete %-escape at offset " + i);
                }
                int high = Character.digit(form.charAt(i + 1), 16);
                int low = Character.digit(form.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new MalformedPayloadException("The form body has an invalid %-escape at offset " + i);
                }
                out.write(high << 4 | low);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
