package dev.mfck.harness;

import dev.mfck.spi.MajorType;

/**
 * A kit sink told of a sample that the implementation has already let go of: over the wire, a
 * sample the peer reported without waiting, because the kit had not asked it to hold one. It is
 * recorded like any sample, and never held.
 */
public interface PassingSampleSink {

    /**
     * @param majorType      audio or video
     * @param sampleTime     its presentation time, in 100-ns units
     * @param sampleDuration its duration, in 100-ns units
     * @param size           its size in bytes
     */
    void onPassingSample(MajorType majorType, long sampleTime, long sampleDuration, int size);
}
