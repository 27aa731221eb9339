package dev.mfck.timing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Linux's CPU pressure ({@code /proc/pressure/cpu}): for how long, in all, at least one thread on
 * the machine was ready to run and waited for a core. Where the kernel does not offer it (another
 * operating system, an old kernel), it reads as zero and the heartbeat's own lateness is the
 * only measure.
 */
final class CpuPressure implements AutoCloseable {

    private static final Path FILE = Path.of("/proc/pressure/cpu");
    private static final String TOTAL = "total=";

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(256);

    private CpuPressure(FileChannel channel) {
        this.channel = channel;
    }

    /** @return the machine's CPU pressure, or a reader that always reads zero where there is none */
    static CpuPressure open() {
        try {
            CpuPressure pressure = new CpuPressure(FileChannel.open(FILE, StandardOpenOption.READ));
            pressure.waitedNanos();
            return pressure;
        } catch (IOException | RuntimeException e) {
            return new CpuPressure(null);
        }
    }

    /** @return nanoseconds, since the machine started, during which some thread waited for a core; 0 when unknown */
    long waitedNanos() {
        if (channel == null) {
            return 0;
        }
        try {
            buffer.clear();
            channel.position(0);
            while (channel.read(buffer) > 0 && buffer.hasRemaining()) {
                // the first line is all that is needed
            }
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
            int line = text.indexOf('\n');
            String some = line < 0 ? text : text.substring(0, line);
            int at = some.indexOf(TOTAL);
            return at < 0 ? 0 : Long.parseLong(some.substring(at + TOTAL.length()).trim()) * 1_000;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
