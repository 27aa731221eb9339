package dev.mfck.wire;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorStreamTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> floods = new CopyOnWriteArrayList<>();
    private final List<Throwable> kitFailures = new CopyOnWriteArrayList<>();

    @Test
    void keepsTheLastLinesPrintableAndCut() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("line ").append(i).append(i == 30 ? "\u001b[2J" + "y".repeat(900) : "").append("\r\n");
        }
        ErrorStream stream = read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(stream.last()).hasSize(ErrorStream.KEPT).startsWith("line 11", "line 12");
        assertThat(stream.last().get(ErrorStream.KEPT - 1)).startsWith("line 30\\u001b[2Jyyy").endsWith("...")
                .hasSize(ErrorStream.KEPT_LINE + 3);
        assertThat(lines).hasSize(30);
        assertThat(floods).isEmpty();
    }

    @Test
    void aLineLongerThanTheProtocolAllowsIsAFloodAndNothingIsKeptOfIt() {
        byte[] endless = new byte[ErrorStream.MAX_LINE + 10];
        java.util.Arrays.fill(endless, (byte) 'x');
        read(new ByteArrayInputStream(endless));
        assertThat(floods).singleElement().asString().startsWith("wrote a line of standard error longer than 1048576 bytes");
    }

    @Test
    void anErrorInsideTheKitIsTheKitsNotThePeers() {
        read(new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("simulated: the kit's heap is gone");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return read();
            }
        });
        assertThat(kitFailures).singleElement().isInstanceOf(OutOfMemoryError.class);
        assertThat(floods).isEmpty();
    }

    private ErrorStream read(InputStream in) {
        ErrorStream stream = new ErrorStream(in, new ErrorStream.Listener() {
            @Override
            public boolean wantsLine() {
                return true;
            }

            @Override
            public void line(String line) {
                lines.add(line);
            }

            @Override
            public void flooded(String what) {
                floods.add(what);
            }

            @Override
            public void kitFailed(Throwable error) {
                kitFailures.add(error);
            }
        });
        stream.start();
        stream.awaitEnd(Duration.ofSeconds(10));
        return stream;
    }
}
