package dev.mfck.wire.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.SampleSink;
import dev.mfck.wire.WireChannel;
import dev.mfck.wire.WireJson;
import dev.mfck.wire.WireMethod;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One of the kit's sinks, as the served implementation sees it: a sample is a notification to
 * the kit, except the one the kit asked to hold, which is a request: the call returns when the
 * kit lets it go. Clock and shutdown notifications are notifications.
 */
final class KitSink implements SampleSink {

    private final WireChannel channel;
    private final String name;
    private final AtomicReference<AtomicBoolean> hold = new AtomicReference<>();

    /**
     * @param channel the channel to the kit
     * @param name    the kit's name for the sink
     */
    KitSink(WireChannel channel, String name) {
        this.channel = channel;
        this.name = name;
    }

    /** @return the kit's name for the sink */
    String name() {
        return name;
    }

    /**
     * Holds the next sample this sink receives, unless another sink that shares the token takes
     * it first.
     *
     * @param token true until one sink of the group has taken the hold
     */
    void holdNext(AtomicBoolean token) {
        hold.set(token);
    }

    @Override
    public void onClockStart(long systemTime, long clockStartOffset) {
        channel.notify(WireMethod.SINK_CLOCK_START, WireJson.object().put("sink", name).put("systemTime", systemTime)
                .put("offset", clockStartOffset));
    }

    @Override
    public void onClockStop(long systemTime) {
        channel.notify(WireMethod.SINK_CLOCK_STOP, WireJson.object().put("sink", name).put("systemTime", systemTime));
    }

    @Override
    public void onClockPause(long systemTime) {
        channel.notify(WireMethod.SINK_CLOCK_PAUSE, WireJson.object().put("sink", name).put("systemTime", systemTime));
    }

    @Override
    public void onClockRestart(long systemTime) {
        channel.notify(WireMethod.SINK_CLOCK_RESTART, WireJson.object().put("sink", name).put("systemTime", systemTime));
    }

    @Override
    public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
        ObjectNode params = WireJson.object().put("sink", name).put("majorType", WireJson.majorType(majorType))
                .put("time", sampleTime).put("duration", sampleDuration).put("size", data == null ? 0 : data.remaining());
        AtomicBoolean token = hold.getAndSet(null);
        if (token != null && token.compareAndSet(true, false)) {
            channel.call(WireMethod.SINK_PROCESS_SAMPLE, params);
        } else {
            channel.notify(WireMethod.SINK_PROCESS_SAMPLE, params);
        }
    }

    @Override
    public void onShutdown() {
        channel.notify(WireMethod.SINK_SHUTDOWN, WireJson.object().put("sink", name));
    }
}
