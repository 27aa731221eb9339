package dev.mfck.reference.session;

import java.util.Map;

/** What a session holds, for the kit's LiveResources check: counted where they are opened and closed. */
final class Resources {

    private long demuxers;
    private long decoders;
    private long workerThreads;

    synchronized void sourceOpened(int streamDecoders) {
        demuxers++;
        decoders += streamDecoders;
    }

    synchronized void sourceClosed() {
        demuxers = 0;
        decoders = 0;
    }

    synchronized void workerStarted() {
        workerThreads++;
    }

    synchronized void workerFinished() {
        workerThreads--;
    }

    synchronized Map<String, Long> snapshot() {
        return Map.of("demuxers", demuxers, "decoders", decoders, "worker threads", workerThreads);
    }
}
