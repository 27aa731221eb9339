package dev.mfck.reference.bench;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.reference.FfmpegSessionProvider;
import dev.mfck.reference.session.FfmpegMediaSession;
import dev.mfck.reference.session.Pacing;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.StartPosition;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Video frames per second: the reference session delivering av-heavy to a sink as fast as it
 * can, against a bare FFmpegFrameGrabber loop over the same clip with the same settings.
 * Both are measured in the same run, alternately, and the medians compared.
 */
final class PipelineThroughput {

    record Figures(double sessionFps, double rawFps) {
        double ratio() {
            return sessionFps / rawFps;
        }
    }

    private PipelineThroughput() {
    }

    static Figures measure(int rounds) throws Exception {
        MediaClip clip = ClipCatalogue.clip(ClipCatalogue.AV_HEAVY);
        rawFps(clip);
        sessionFps(clip); // warm-up of both
        List<Double> session = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            raw.add(rawFps(clip));
            session.add(sessionFps(clip));
        }
        return new Figures(new Percentiles(session).median(), new Percentiles(raw).median());
    }

    private static double rawFps(MediaClip clip) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.file().toFile())) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            grabber.start();
            long start = System.nanoTime();
            int frames = 0;
            for (Frame frame; (frame = grabber.grabFrame(true, true, true, false, false)) != null; ) {
                if (frame.image != null) {
                    frames++;
                }
            }
            return frames / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double sessionFps(MediaClip clip) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        List<SampleSink> sinks = new ArrayList<>();
        clip.streams().forEach(stream -> sinks.add(new VideoCounter(frames)));
        MediaSession session = new FfmpegMediaSession(Pacing.AS_FAST_AS_POSSIBLE);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        CompletableFuture<Void> topologySet = new CompletableFuture<>();
        session.beginGetEvent(new EventCallback() {
            @Override
            public void invoke(AsyncResult result) {
                var taken = session.endGetEvent(result);
                if (taken.hr().succeeded()) {
                    if (taken.value().type() == MediaEventType.ME_SESSION_ENDED) {
                        ended.complete(null);
                    } else if (taken.value().type() == MediaEventType.ME_SESSION_TOPOLOGY_SET) {
                        topologySet.complete(null);
                    }
                    session.beginGetEvent(this, null);
                }
            }
        }, null);
        session.setTopology(0, new FfmpegSessionProvider().createPartialTopology(clip, sinks));
        topologySet.get(10, TimeUnit.SECONDS);
        long start = System.nanoTime();
        session.start(StartPosition.at(0));
        ended.get(60, TimeUnit.SECONDS);
        double fps = frames.get() / ((System.nanoTime() - start) / 1e9);
        session.close();
        session.shutdown();
        return fps;
    }

    private record VideoCounter(AtomicInteger frames) implements SampleSink {
        @Override
        public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
            if (majorType == MajorType.VIDEO) {
                frames.incrementAndGet();
            }
        }
    }
}
