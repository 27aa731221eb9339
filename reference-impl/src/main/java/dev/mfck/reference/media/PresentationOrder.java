package dev.mfck.reference.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Puts decoded samples in presentation order across streams. A container interleaves its
 * streams in decode order (an mp4 may carry several audio frames before the first video
 * frame), so the source is read a little ahead, until every stream has a sample waiting or the
 * window is full, and the earliest sample is presented first. A sample still waiting when the
 * source decodes again is first copied out of the decoder's memory, into a buffer that is
 * reused, so reading ahead is safe; a sample presented before the next decode is never copied.
 *
 * <p>Like the source it reads, it belongs to one thread.
 */
public final class PresentationOrder {

    /** The most samples read ahead. */
    static final int WINDOW = 16;

    private final DecodingSource source;
    private final PriorityQueue<DecodedSample> waiting = new PriorityQueue<>(
            Comparator.comparingLong(DecodedSample::time).thenComparingInt(DecodedSample::stream));
    private final Map<Integer, ArrayDeque<ByteBuffer>> spare = new HashMap<>();
    private final Set<DecodedSample> copies = Collections.newSetFromMap(new IdentityHashMap<>());
    private DecodedSample borrowed; // the last decoded sample, still pointing into the decoder's memory
    private boolean endOfStream;
    private long lastEnd;

    /** @param source the source to read */
    public PresentationOrder(DecodingSource source) {
        this.source = source;
    }

    /**
     * @return the next sample in presentation order, still waiting; null at the end of the stream
     * @throws IOException when decoding fails
     */
    public DecodedSample peek() throws IOException {
        fill();
        return waiting.peek();
    }

    /**
     * Takes the next sample; give it back with {@link #recycle} once a sink is done with it.
     *
     * @return the sample, or null at the end of the stream
     * @throws IOException when decoding fails
     */
    public DecodedSample take() throws IOException {
        fill();
        return waiting.poll();
    }

    /** @param sample a sample from {@link #take()} that no sink uses any longer */
    public void recycle(DecodedSample sample) {
        if (copies.remove(sample)) {
            spare.computeIfAbsent(sample.stream(), s -> new ArrayDeque<>()).push(sample.data());
        }
        if (sample == borrowed) {
            borrowed = null;
        }
    }

    /** @return the presentation time at which the last sample read ends, in 100-ns units */
    public long lastEnd() {
        return lastEnd;
    }

    /**
     * Moves to a presentation time, dropping what was read ahead.
     *
     * @param time the position, in 100-ns units
     * @throws IOException when seeking fails
     */
    public void seek(long time) throws IOException {
        while (!waiting.isEmpty()) {
            recycle(waiting.poll());
        }
        borrowed = null;
        source.seek(time);
        endOfStream = false;
        lastEnd = time;
    }

    private void fill() throws IOException {
        while (!endOfStream && waiting.size() < WINDOW && !everyStreamWaiting()) {
            secureBorrowed();
            DecodedSample decoded = source.next();
            if (decoded == null) {
                endOfStream = true;
            } else {
                waiting.add(decoded);
                borrowed = decoded;
                lastEnd = Math.max(lastEnd, decoded.end());
            }
        }
    }

    /** The decoder is about to overwrite its memory: a sample still waiting in it is copied out first. */
    private void secureBorrowed() {
        DecodedSample stillWaiting = borrowed;
        borrowed = null;
        if (stillWaiting != null && waiting.removeIf(sample -> sample == stillWaiting)) {
            DecodedSample copied = copy(stillWaiting);
            copies.add(copied);
            waiting.add(copied);
        }
    }

    private boolean everyStreamWaiting() {
        return source.streams().keySet().stream()
                .allMatch(stream -> waiting.stream().anyMatch(sample -> sample.stream() == stream));
    }

    private DecodedSample copy(DecodedSample decoded) {
        ByteBuffer from = decoded.data().duplicate();
        ArrayDeque<ByteBuffer> pool = spare.computeIfAbsent(decoded.stream(), s -> new ArrayDeque<>());
        ByteBuffer to = pool.isEmpty() ? null : pool.pop();
        if (to == null || to.capacity() < from.remaining()) {
            to = ByteBuffer.allocate(from.remaining()).order(from.order());
        }
        to.clear();
        to.put(from).flip();
        return new DecodedSample(decoded.stream(), decoded.majorType(), decoded.time(), decoded.duration(), to);
    }
}
