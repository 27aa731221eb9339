package dev.mfck.inmemory;

import dev.mfck.spi.ClipStream;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.SampleSink;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The samples a clip would decode to, made up from its descriptor: 25 video frames a second
 * (320x240 I420) and 1024-sample stereo audio frames at 44.1 kHz, in presentation order.
 */
public final class SimulatedMedia {

    static final long VIDEO_PERIOD = 400_000;
    static final long AUDIO_PERIOD = 1024L * 10_000_000 / 44_100;

    record Sample(int stream, MajorType majorType, long time, long duration, ByteBuffer data) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final List<SampleSink> sinks;
    private final long duration;

    SimulatedMedia(MediaClip clip, List<SampleSink> sinks) {
        this.sinks = List.copyOf(sinks);
        this.duration = clip.duration().toNanos() / 100;
        for (ClipStream stream : clip.streams()) {
            boolean video = stream.majorType() == MajorType.VIDEO;
            long period = video ? VIDEO_PERIOD : AUDIO_PERIOD;
            ByteBuffer data = ByteBuffer.allocate(video ? 320 * 240 * 3 / 2 : 1024 * 4);
            for (long time = 0; time < duration; time += period) {
                samples.add(new Sample(stream.index(), stream.majorType(), time, Math.min(period, duration - time), data));
            }
        }
        samples.sort(Comparator.comparingLong(Sample::time));
    }

    /** @return the number of sample buffers this media holds */
    int buffers() {
        return sinks.size();
    }

    long duration() {
        return duration;
    }

    int size() {
        return samples.size();
    }

    Sample sample(int index) {
        return samples.get(index);
    }

    /** @return the index of the first sample at or after a position */
    int indexAt(long position) {
        int index = 0;
        while (index < samples.size() && samples.get(index).time() < position) {
            index++;
        }
        return index;
    }

    void deliver(Sample sample) {
        sinks.get(sample.stream()).onProcessSample(sample.majorType(), sample.time(), sample.duration(),
                sample.data().duplicate());
    }

    /** @return true when the media has an audio stream */
    public boolean hasAudio() {
        return samples.stream().anyMatch(sample -> sample.majorType() == MajorType.AUDIO);
    }

    /** Hands each sink its stream's first sample again: what a renderer flushed late would deliver. */
    public void deliverOneSampleToEverySink() {
        for (int stream = 0; stream < sinks.size(); stream++) {
            int wanted = stream;
            samples.stream().filter(sample -> sample.stream() == wanted).findFirst().ifPresent(this::deliver);
        }
    }

    void tellSinks(Consumer<SampleSink> notification) {
        sinks.forEach(notification);
    }
}
