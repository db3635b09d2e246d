package io.mll4j.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void parse_fieldAndFileWithCrlfInside_partsExact() {
        String body = "preamble\r\n--b0\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--b0\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a \\\"b\\\".png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n\r\n--b\r\n--b0--\r\nepilogue";
        List<Multipart.Part> parts = Multipart.parse("multipart/form-data; boundary=\"b0\"", bytes(body));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("note");
        assertThat(parts.get(0).filename()).isNull();
        assertThat(parts.get(0).text()).isEqualTo("hello");
        assertThat(parts.get(1).filename()).isEqualTo("a \"b\".png");
        assertThat(parts.get(1).contentType()).isEqualTo("image/png");
        assertThat(parts.get(1).body()).isEqualTo(bytes("\u0089PNG\r\n\r\n--b"));
    }

    @Test
    void parse_malformed_badRequestNamingTheProblem() {
        assertThatThrownBy(() -> Multipart.parse("multipart/form-data", bytes("--b\r\n")))
                .isInstanceOf(ApiException.class).hasMessageContaining("boundary");
        assertThatThrownBy(() -> Multipart.parse("multipart/form-data; boundary=b", bytes("nothing")))
                .hasMessageContaining("never occurs");
        assertThatThrownBy(() -> Multipart.parse("multipart/form-data; boundary=b",
                bytes("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nunterminated")))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> Multipart.parse("multipart/form-data; boundary=b",
                bytes("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--")))
                .hasMessageContaining("no Content-Disposition name");
    }
}
