package dev.mfck.wire.serve;

import dev.mfck.spi.MajorType;
import dev.mfck.spi.SampleSink;
import dev.mfck.wire.WireChannel;
import dev.mfck.wire.WireJson;

import java.nio.ByteBuffer;

/**
 * One of the kit's sinks, as the served implementation sees it: a sample is a request to the
 * kit, and the call returns when the kit's sink has returned (so the kit can hold it); clock
 * and shutdown notifications are notifications.
 *
 * @param channel the channel to the kit
 * @param name    the kit's name for the sink
 */
record KitSink(WireChannel channel, String name) implements SampleSink {

    @Override
    public void onClockStart(long systemTime, long clockStartOffset) {
        channel.notify("sink.clockStart", WireJson.object().put("sink", name).put("systemTime", systemTime)
                .put("offset", clockStartOffset));
    }

    @Override
    public void onClockStop(long systemTime) {
        channel.notify("sink.clockStop", WireJson.object().put("sink", name).put("systemTime", systemTime));
    }

    @Override
    public void onClockPause(long systemTime) {
        channel.notify("sink.clockPause", WireJson.object().put("sink", name).put("systemTime", systemTime));
    }

    @Override
    public void onClockRestart(long systemTime) {
        channel.notify("sink.clockRestart", WireJson.object().put("sink", name).put("systemTime", systemTime));
    }

    @Override
    public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
        channel.call("sink.processSample", WireJson.object().put("sink", name).put("majorType", WireJson.majorType(majorType))
                .put("time", sampleTime).put("duration", sampleDuration).put("size", data == null ? 0 : data.remaining()));
    }

    @Override
    public void onShutdown() {
        channel.notify("sink.shutdown", WireJson.object().put("sink", name));
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
