package dev.mfck.spi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A media clip the kit asks a provider to play: a file on disk plus what the kit knows of it.
 *
 * @param name     the clip's name in the kit's catalogue, for example {@code av-short}
 * @param file     the media file; it exists and is readable when handed to a provider
 * @param duration the clip's duration
 * @param streams  its streams, in index order
 */
public record MediaClip(String name, Path file, Duration duration, List<ClipStream> streams) {

    /**
     * Checks and copies the arguments.
     *
     * @param name     the clip's name
     * @param file     the media file
     * @param duration the duration
     * @param streams  the streams
     */
    public MediaClip {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(duration, "duration");
        streams = List.copyOf(streams);
    }
}
