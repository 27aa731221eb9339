package dev.mfck.reference;

import dev.mfck.reference.session.FfmpegMediaSession;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import dev.mfck.support.PartialTopologies;

import java.util.List;

/** Creates FFmpeg-backed media sessions. Declared in META-INF/services for the kit to find. */
public final class FfmpegSessionProvider implements SessionProvider {

    @Override
    public String name() {
        return "mfck reference implementation (FFmpeg via javacv)";
    }

    @Override
    public String version() {
        String version = FfmpegSessionProvider.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }

    @Override
    public MediaSession createSession() {
        return new FfmpegMediaSession();
    }

    @Override
    public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
        return PartialTopologies.of(clip, sinks);
    }
}
