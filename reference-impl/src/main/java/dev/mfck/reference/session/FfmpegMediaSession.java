package dev.mfck.reference.session;

import dev.mfck.reference.media.DecodedSample;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.LiveResources;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.SessionCapability;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyFlags;
import dev.mfck.support.EventQueue;
import dev.mfck.support.WallClock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A media session on FFmpeg. Public methods only check the session's state and queue an
 * operation, so they return at once; one worker thread, started by the first operation, runs
 * the operations in order and plays the media ({@link Pipeline}). Close is the worker's last
 * operation: it closes every FFmpeg context, and only then is MESessionClosed queued.
 */
public final class FfmpegMediaSession implements MediaSession, LiveResources {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long SHUTDOWN_WAIT_MS = 10_000;
    private static final int ALL_CAPABILITIES = SessionCapability.START.flag() | SessionCapability.SEEK.flag()
            | SessionCapability.PAUSE.flag() | SessionCapability.DOES_NOT_USE_NETWORK.flag();

    private final String name = "ffmpeg-session-" + IDS.incrementAndGet();
    private final EventQueue events = new EventQueue(name);
    private final WallClock clock = new WallClock();
    private final Resources resources = new Resources();
    private final Pipeline pipeline = new Pipeline(events, clock, resources);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    // guarded by lock
    private final Deque<Runnable> operations = new ArrayDeque<>();
    private Thread worker;
    private boolean closing;
    private boolean shutdown;
    private boolean closed;
    private final Pacing pacing;

    /** A session that plays in real time. */
    public FfmpegMediaSession() {
        this(Pacing.REAL_TIME);
    }

    /**
     * @param pacing how samples are paced; {@link Pacing#AS_FAST_AS_POSSIBLE} is for benchmarks
     */
    public FfmpegMediaSession(Pacing pacing) {
        this.pacing = pacing;
    }

    @Override
    public HResult setTopology(int flags, Topology topology) {
        if (topology == null && (flags & TopologyFlags.SET_CLEAR_CURRENT) == 0) {
            return HResult.E_POINTER;
        }
        return submit(() -> pipeline.resolve(topology));
    }

    @Override
    public HResult clearTopologies() {
        lock.lock();
        try {
            if (!shutdown && closing) {
                // refused through the event, as Windows answers ClearTopologies after Close
                return events.queue(new MediaEvent(MediaEventType.ME_SESSION_TOPOLOGIES_CLEARED,
                        HResult.MF_E_INVALIDREQUEST, null));
            }
        } finally {
            lock.unlock();
        }
        return submit(() -> events.queue(new MediaEvent(MediaEventType.ME_SESSION_TOPOLOGIES_CLEARED, HResult.S_OK, null)));
    }

    @Override
    public HResult start(StartPosition position) {
        if (position == null) {
            return HResult.E_POINTER;
        }
        return submit(() -> pipeline.start(position));
    }

    @Override
    public HResult pause() {
        return submit(pipeline::pause);
    }

    @Override
    public HResult stop() {
        return submit(pipeline::stop);
    }

    @Override
    public HResult close() {
        lock.lock();
        try {
            if (shutdown) {
                return HResult.MF_E_SHUTDOWN;
            }
            if (closing) {
                return HResult.MF_E_INVALIDREQUEST;
            }
            enqueue(this::closeOnWorker);
            closing = true;
            return HResult.S_OK;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public HResult shutdown() {
        Thread running;
        lock.lock();
        try {
            if (shutdown) {
                return HResult.MF_E_SHUTDOWN;
            }
            shutdown = true;
            wake.signalAll();
            running = worker;
        } finally {
            lock.unlock();
        }
        boolean workerGone = running == null || running != Thread.currentThread() && joined(running);
        if (workerGone) {
            pipeline.shutdown(); // the worker has ended (or never ran): its state is ours to finish
        }
        clock.shutdown();
        events.shutdown();
        return HResult.S_OK;
    }

    @Override
    public CallResult<PresentationClock> getClock() {
        return unlessShutdown(() -> CallResult.ok(clock));
    }

    @Override
    public CallResult<Integer> getSessionCapabilities() {
        return unlessShutdown(() -> CallResult.ok(closing
                ? ALL_CAPABILITIES & ~(SessionCapability.START.flag() | SessionCapability.SEEK.flag())
                : ALL_CAPABILITIES));
    }

    @Override
    public CallResult<Topology> getFullTopology(int flags, long topologyId) {
        return unlessShutdown(() -> {
            Topology full = pipeline.fullTopology();
            boolean found = full != null && ((flags & TopologyFlags.GET_CURRENT) != 0 || full.id() == topologyId);
            return found ? CallResult.ok(full) : CallResult.of(HResult.E_INVALIDARG);
        });
    }

    @Override
    public CallResult<MediaEvent> getEvent(int flags) {
        return events.getEvent(flags);
    }

    @Override
    public HResult beginGetEvent(EventCallback callback, Object state) {
        return events.beginGetEvent(callback, state);
    }

    @Override
    public CallResult<MediaEvent> endGetEvent(AsyncResult result) {
        return events.endGetEvent(result);
    }

    @Override
    public HResult queueEvent(MediaEventType type, HResult status, Object value) {
        if (type == null || status == null) {
            return HResult.E_POINTER;
        }
        return events.queue(new MediaEvent(type, status, value));
    }

    /** Open demuxers, open decoders and running worker threads of this session. */
    @Override
    public Map<String, Long> liveResources() {
        return resources.snapshot();
    }

    private <T> CallResult<T> unlessShutdown(Supplier<CallResult<T>> answer) {
        lock.lock();
        try {
            return shutdown ? CallResult.of(HResult.MF_E_SHUTDOWN) : answer.get();
        } finally {
            lock.unlock();
        }
    }

    private HResult submit(Runnable operation) {
        lock.lock();
        try {
            if (shutdown) {
                return HResult.MF_E_SHUTDOWN;
            }
            if (closing) {
                return HResult.MF_E_INVALIDREQUEST;
            }
            enqueue(operation);
            return HResult.S_OK;
        } finally {
            lock.unlock();
        }
    }

    private void enqueue(Runnable operation) {
        operations.add(operation);
        if (worker == null) {
            worker = new Thread(this::work, name + "-worker");
            worker.setDaemon(true);
            resources.workerStarted();
            worker.start();
        }
        wake.signalAll();
    }

    // ---- the worker thread ----

    private void work() {
        try {
            while (true) {
                Runnable operation = nextOperationOrDueSample();
                if (operation == null) {
                    return;
                }
                operation.run();
            }
        } finally {
            boolean closedBefore;
            lock.lock();
            try {
                closedBefore = closed;
            } finally {
                lock.unlock();
            }
            if (!closedBefore) { // ended by Shutdown: FFmpeg is closed here, on the thread that owns it
                pipeline.teardown();
                resources.workerFinished();
            }
        }
    }

    /**
     * Waits for the next thing to do: an operation, a sample that has reached its presentation
     * time, or the end of the stream. Decoding happens outside the lock, so that no public
     * method ever waits for FFmpeg.
     *
     * @return what to run, or null when the worker must end
     */
    private Runnable nextOperationOrDueSample() {
        while (true) {
            lock.lock();
            try {
                if (shutdown || closed) {
                    return null;
                }
                Runnable operation = operations.poll();
                if (operation != null) {
                    return operation;
                }
                if (!pipeline.playing()) {
                    wake.awaitUninterruptibly();
                    continue;
                }
            } finally {
                lock.unlock();
            }
            DecodedSample sample = pipeline.nextSample();
            long due = clock.nanoTimeAt(sample != null ? sample.time() : pipeline.lastEnd());
            lock.lock();
            try {
                if (shutdown || closed || !operations.isEmpty() || !pipeline.playing()) {
                    continue;
                }
                long wait = pacing == Pacing.REAL_TIME ? due - System.nanoTime() : 0;
                if (wait > 0) {
                    wake.awaitNanos(wait);
                    continue;
                }
                if (sample == null) {
                    return pipeline::endOfStream;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } finally {
                lock.unlock();
            }
            return pipeline::deliverNext;
        }
    }

    /** Close's work, the worker's last: everything is released before MESessionClosed is queued. */
    private void closeOnWorker() {
        pipeline.teardown();
        lock.lock();
        try {
            closed = true; // the worker ends after this operation and runs nothing else
        } finally {
            lock.unlock();
        }
        resources.workerFinished();
        events.queue(new MediaEvent(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null));
    }

    /** Waits, within a bound, for the worker to end: a sink callback that never returns cannot hang Shutdown. */
    private static boolean joined(Thread thread) {
        try {
            thread.join(SHUTDOWN_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
