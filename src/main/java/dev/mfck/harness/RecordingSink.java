package dev.mfck.harness;

import dev.mfck.spi.MajorType;
import dev.mfck.spi.SampleSink;
import dev.mfck.trace.EventTrace;

import java.nio.ByteBuffer;
import java.util.Locale;

/** The kit's sink for one stream: records everything it is told, and can hold a sample. */
public final class RecordingSink implements SampleSink, PassingSampleSink {

    private final int stream;
    private final EventTrace trace;
    private final SampleGate gate;

    /**
     * @param stream the stream index this sink renders
     * @param trace  where it records
     * @param gate   the gate that may hold its samples
     */
    public RecordingSink(int stream, EventTrace trace, SampleGate gate) {
        this.stream = stream;
        this.trace = trace;
        this.gate = gate;
    }

    @Override
    public void onClockStart(long systemTime, long clockStartOffset) {
        trace.sink(String.format(Locale.ROOT, "stream %d: clock started at %.3f s", stream, clockStartOffset / 1e7));
    }

    @Override
    public void onClockStop(long systemTime) {
        trace.sink("stream " + stream + ": clock stopped");
    }

    @Override
    public void onClockPause(long systemTime) {
        trace.sink("stream " + stream + ": clock paused");
    }

    @Override
    public void onClockRestart(long systemTime) {
        trace.sink("stream " + stream + ": clock restarted");
    }

    @Override
    public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
        trace.sample(stream, majorType, sampleTime, data == null ? -1 : data.remaining());
        gate.pass();
    }

    @Override
    public void onPassingSample(MajorType majorType, long sampleTime, long sampleDuration, int size) {
        trace.sample(stream, majorType, sampleTime, size);
    }

    @Override
    public void onShutdown() {
        trace.sink("stream " + stream + ": sink shut down");
    }
}
