package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a peer sends is checked as exactly as it is written: numbers in their ranges, text in UTF-8. */
class WireUntrustedInputTest {

    private final WireSchemas schemas = new WireSchemas();

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551621", "9223372036854775808", "-1", "1.5", "1e300"})
    void aTopologyIdOutsideItsRangeBreaksTheProtocol(String id) throws IOException {
        assertThat(schemas.checkResult("provider.createPartialTopology", topology(id))).as(id).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "9223372036854775807"})
    void aTopologyIdInItsRangeIsTakenExactly(String id) throws IOException {
        JsonNode result = topology(id);
        assertThat(schemas.checkResult("provider.createPartialTopology", result)).as(id).isEmpty();
        assertThat(WireJson.topology(result.get("topology"), java.util.Map.of()).id()).isEqualTo(Long.parseLong(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1208925819614629174706176", "9223372036854775808"})
    void aResourceCountOutsideItsRangeBreaksTheProtocol(String count) throws IOException {
        JsonNode result = WireJson.MAPPER.readTree("{\"resources\": {\"buffers\": " + count + "}}");
        assertThat(schemas.checkResult("session.liveResources", result)).as(count).isPresent();
    }

    @Test
    void aTimeBeyondSixtyFourBitsBreaksTheProtocol() throws IOException {
        JsonNode result = WireJson.MAPPER.readTree("{\"hr\": {\"hex\": \"0x00000000\"}, \"time\": 9223372036854775808}");
        assertThat(schemas.checkResult("clock.getTime", result)).isPresent();
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedAndShownWithoutGuessing() {
        byte[] bytes = "{\"name\": \"S_\u00ffOK\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Lines lines = new Lines(new ByteArrayInputStream(bytes));
        assertThatThrownBy(lines::next).isInstanceOf(Lines.NotText.class)
                .satisfies(e -> assertThat(((Lines.NotText) e).shown()).contains("S_\ufffdOK"));
    }

    @Test
    void aLineOfUtf8IsText() throws IOException {
        Lines lines = new Lines(new ByteArrayInputStream("{\"name\": \"caf\u00e9 \ud83c\udfb5\"}\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(lines.next()).isEqualTo("{\"name\": \"caf\u00e9 \ud83c\udfb5\"}");
        assertThat(lines.next()).isNull();
    }

    private static JsonNode topology(String id) throws IOException {
        return WireJson.MAPPER.readTree("{\"topology\": {\"id\": " + id + ", \"nodes\": []}}");
    }
}
