package dev.mfck.reference.media;

import dev.mfck.spi.MajorType;

import java.nio.ByteBuffer;

/**
 * A decoded sample, ready for a sink. Its data points into the decoder's own memory: it is
 * valid only on the thread that owns the source, and only until the source decodes again.
 *
 * @param stream    the stream index in the container
 * @param majorType audio or video
 * @param time      presentation time, in 100-ns units
 * @param duration  duration, in 100-ns units
 * @param data      the decoded bytes
 */
public record DecodedSample(int stream, MajorType majorType, long time, long duration, ByteBuffer data) {

    /** @return when the sample ends, in 100-ns units */
    public long end() {
        return time + duration;
    }
}
