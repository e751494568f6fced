package io.releasetrain.promoter.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadParsingTest {

    @Test
    void formFieldsAreDecoded() {
        byte[] body = "a=1&payload=%7B%22id%22%3A+1%7D&payload=second".getBytes(StandardCharsets.US_ASCII);

        assertThat(new String(FormFields.field(body, "payload"), StandardCharsets.UTF_8)).isEqualTo("{\"id\": 1}");
        assertThat(FormFields.field(body, "missing")).isNull();
        assertThat(FormFields.field("payload".getBytes(StandardCharsets.US_ASCII), "payload")).isEmpty();
    }

    @Test
    void brokenPercentEscapesAreTheSendersError() {
        assertThatThrownBy(() -> FormFields.field("payload=%7".getBytes(StandardCharsets.US_ASCII), "payload"))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> FormFields.field("payload=%zz".getBytes(StandardCharsets.US_ASCII), "payload"))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("invalid");
    }

    @Test
    void payloadsMustBeJsonObjects() {
        assertThatThrownBy(() -> parse("{\"a\": ")).isInstanceOf(MalformedPayloadException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessage("The payload must be a JSON object");
        assertThatThrownBy(() -> parse("")).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parse("{} trailing")).isInstanceOf(MalformedPayloadException.class);
    }

    @Test
    void fieldsAreReadByPathWithTheirTypeChecked() {
        PayloadFields payload = parse("{\"a\": {\"b\": \"text\", \"n\": 7, \"s\": \"8\", \"t\": true, \"x\": [1]}, \"z\": null}");

        assertThat(payload.text("a.b")).isEqualTo("text");
        assertThat(payload.number("a.n")).isEqualTo(7);
        assertThat(payload.number("a.s")).isEqualTo(8);
        assertThat(payload.bool("a.t", false)).isTrue();
        assertThat(payload.optionalText("z")).isNull();
        assertThat(payload.optionalText("z.deeper")).isNull();
        assertThatThrownBy(() -> payload.text("a.n")).hasMessage("a.n must be a string");
        assertThatThrownBy(() -> payload.text("a.b.c")).hasMessage("a.b must be an object");
        assertThatThrownBy(() -> payload.number("a.b")).hasMessage("a.b must be a whole number");
        assertThatThrownBy(() -> payload.objects("a.x")).hasMessage("a.x[0] must be an object");
        assertThatThrownBy(() -> payload.text("missing")).hasMessage("missing is required");
    }

    private static PayloadFields parse(String json) {
        return PayloadFields.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
