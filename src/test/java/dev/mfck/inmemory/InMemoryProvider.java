package dev.mfck.inmemory;

import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import dev.mfck.support.PartialTopologies;

import java.util.List;

/** The kit's own conforming implementation: a simulated clip on a real clock, no FFmpeg. */
public final class InMemoryProvider implements SessionProvider {

    @Override
    public String name() {
        return "mfck in-memory session";
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public MediaSession createSession() {
        return new InMemorySession();
    }

    @Override
    public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
        return PartialTopologies.of(clip, sinks);
    }
}
