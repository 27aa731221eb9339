package dev.mfck.spi;

import java.util.Objects;

/**
 * One stream of a {@link MediaClip}.
 *
 * @param index     the stream's index in the container, from 0
 * @param majorType audio or video
 */
public record ClipStream(int index, MajorType majorType) {

    /**
     * Checks the arguments.
     *
     * @param index     the stream's index
     * @param majorType its major type
     */
    public ClipStream {
        Objects.requireNonNull(majorType, "majorType");
        if (index < 0) {
            throw new IllegalArgumentException("stream index " + index);
        }
    }
}
