package dev.mfck.inmemory;

import dev.mfck.spi.AsyncResult;
import dev.mfck.support.EventQueue;
import dev.mfck.support.WallClock;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.LiveResources;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionCapability;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyFlags;
import dev.mfck.spi.TopologyNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A conforming session over simulated media. One worker thread, started by the first
 * operation, runs operations in order and delivers samples at their presentation time; Close
 * is one more operation, so it returns at once and completes only when the worker gets to it.
 *
 * <p>The kit's self-test derives broken sessions (mutants) from it: the protected methods are
 * the places where they break the contract.
 */
public class InMemorySession implements MediaSession, LiveResources {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long SHUTDOWN_WAIT_MS = 10_000;

    private enum Presentation { STOPPED, STARTED, PAUSED }

    private final String name = "in-memory-session-" + IDS.incrementAndGet();
    private final EventQueue events = new EventQueue(name);
    private final WallClock clock = new WallClock();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Deque<Runnable> operations = new ArrayDeque<>();

    // guarded by lock
    private Thread worker;
    private boolean closing;
    private boolean shutdown;
    private boolean inSink;
    private boolean exiting;
    private Presentation presentation = Presentation.STOPPED;
    private SimulatedMedia media;
    private Topology fullTopology;
    private int next;
    private long workerThreads;
    private long openSources;
    private long sampleBuffers;

    @Override
    public HResult setTopology(int flags, Topology topology) {
        if (topology == null && (flags & TopologyFlags.SET_CLEAR_CURRENT) == 0) {
            return HResult.E_POINTER;
        }
        return submit(() -> resolve(topology));
    }

    @Override
    public HResult clearTopologies() {
        lock.lock();
        try {
            if (shutdown) {
                return HResult.MF_E_SHUTDOWN;
            }
            if (closing) {
                // the event form of the refusal, as Windows answers ClearTopologies after Close
                return events.queue(new MediaEvent(MediaEventType.ME_SESSION_TOPOLOGIES_CLEARED,
                        HResult.MF_E_INVALIDREQUEST, null));
            }
        } finally {
            lock.unlock();
        }
        return submit(() -> queue(MediaEventType.ME_SESSION_TOPOLOGIES_CLEARED, HResult.S_OK, null));
    }

    @Override
    public HResult start(StartPosition position) {
        return submit(() -> doStart(position));
    }

    @Override
    public HResult pause() {
        return submit(this::doPause);
    }

    @Override
    public HResult stop() {
        return submit(this::doStop);
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
            enqueue(this::teardown);
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
            long remaining = TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_WAIT_MS);
            while (inSink && remaining > 0 && Thread.currentThread() != worker) {
                remaining = wake.awaitNanos(remaining);
            }
            running = worker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = null;
        } finally {
            lock.unlock();
        }
        join(running);
        clock.shutdown();
        SimulatedMedia released = release();
        if (released != null) {
            released.tellSinks(SampleSink::onShutdown);
        }
        events.shutdown();
        return HResult.S_OK;
    }

    @Override
    public CallResult<PresentationClock> getClock() {
        return shutdownOr(() -> CallResult.ok(clock));
    }

    @Override
    public CallResult<Integer> getSessionCapabilities() {
        return shutdownOr(() -> {
            int capabilities = SessionCapability.PAUSE.flag() | SessionCapability.DOES_NOT_USE_NETWORK.flag();
            if (!closing) {
                capabilities |= SessionCapability.START.flag() | SessionCapability.SEEK.flag();
            }
            return CallResult.ok(capabilities);
        });
    }

    @Override
    public CallResult<Topology> getFullTopology(int flags, long topologyId) {
        return shutdownOr(() -> {
            boolean matches = fullTopology != null
                    && ((flags & TopologyFlags.GET_CURRENT) != 0 || fullTopology.id() == topologyId);
            return matches ? CallResult.ok(fullTopology) : CallResult.of(HResult.E_INVALIDARG);
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

    @Override
    public Map<String, Long> liveResources() {
        lock.lock();
        try {
            return Map.of("worker threads", workerThreads, "open sources", openSources, "sample buffers", sampleBuffers);
        } finally {
            lock.unlock();
        }
    }

    private <T> CallResult<T> shutdownOr(java.util.function.Supplier<CallResult<T>> answer) {
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
            workerThreads = 1;
            worker.start();
        }
        wake.signalAll();
    }

    // ---- the worker thread ----

    private void work() {
        while (true) {
            Runnable operation = null;
            SimulatedMedia.Sample due = null;
            lock.lock();
            try {
                while (operation == null && due == null) {
                    if (shutdown || exiting) {
                        return;
                    }
                    operation = operations.poll();
                    if (operation == null) {
                        due = nextDueSample();
                    }
                }
                if (due != null) {
                    inSink = true;
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (operation != null) {
                operation.run();
            } else {
                deliver(due);
            }
        }
    }

    /** Waits, under the lock, until the next sample is due or something changes; null when woken. */
    private SimulatedMedia.Sample nextDueSample() throws InterruptedException {
        if (presentation != Presentation.STARTED || media == null) {
            wake.await();
            return null;
        }
        if (next >= media.size()) {
            long wait = clock.nanoTimeAt(media.duration()) - System.nanoTime();
            if (wait <= 0) {
                operations.add(this::endOfStream);
            } else {
                wake.awaitNanos(wait);
            }
            return null;
        }
        long wait = clock.nanoTimeAt(media.sample(next).time()) - System.nanoTime();
        if (wait > 0) {
            wake.awaitNanos(wait);
            return null;
        }
        return media.sample(next++);
    }

    private void deliver(SimulatedMedia.Sample sample) {
        try {
            media.deliver(sample);
        } finally {
            lock.lock();
            try {
                inSink = false;
                wake.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void resolve(Topology topology) {
        List<TopologyNode> sources = topology == null ? List.of() : topology.nodesOf(NodeType.SOURCE_STREAM);
        if (sources.isEmpty() || !(sources.get(0).object() instanceof MediaClip clip)) {
            queue(MediaEventType.ME_SESSION_TOPOLOGY_SET, HResult.MF_E_TOPO_MISSING_SOURCE, null);
            return;
        }
        List<SampleSink> sinks = new ArrayList<>();
        List<TopologyNode> full = new ArrayList<>();
        for (TopologyNode source : sources) {
            TopologyNode output = topology.node(source.downstream().get(0)).orElse(null);
            if (output == null || !(output.object() instanceof SampleSink sink)) {
                queue(MediaEventType.ME_SESSION_TOPOLOGY_SET, HResult.MF_E_TOPO_UNSUPPORTED, null);
                return;
            }
            sinks.add(sink);
            long decoder = 1000 + source.id();
            full.add(new TopologyNode(source.id(), NodeType.SOURCE_STREAM, source.streamIndex(), source.description(),
                    clip, List.of(decoder)));
            full.add(new TopologyNode(decoder, NodeType.TRANSFORM, source.streamIndex(), "simulated decoder", null,
                    List.of(output.id())));
            full.add(output);
        }
        SimulatedMedia resolved = new SimulatedMedia(clip, sinks);
        Topology resolvedTopology = new Topology(topology.id(), full);
        lock.lock();
        try {
            media = resolved;
            fullTopology = resolvedTopology;
            openSources = 1;
            sampleBuffers = resolved.buffers();
            presentation = Presentation.STOPPED;
        } finally {
            lock.unlock();
        }
        queue(MediaEventType.ME_SESSION_TOPOLOGY_SET, HResult.S_OK, resolvedTopology);
    }

    /**
     * Start's work, on the worker.
     *
     * @param position where to start
     */
    protected void doStart(StartPosition position) {
        SimulatedMedia current = media;
        if (current == null) {
            queue(MediaEventType.ME_SESSION_STARTED, HResult.MF_E_INVALIDREQUEST, null);
            return;
        }
        boolean resume = position.fromCurrent() && presentation == Presentation.PAUSED;
        if (resume) {
            clock.resume();
            current.tellSinks(sink -> sink.onClockRestart(System.nanoTime() / 100));
        } else {
            long at = position.fromCurrent() ? 0 : position.position();
            if (at < 0 || at > current.duration()) {
                queue(MediaEventType.ME_SESSION_STARTED, HResult.MF_E_INVALID_POSITION, null);
                return;
            }
            setNext(current.indexAt(at));
            clock.start(at);
            current.tellSinks(sink -> sink.onClockStart(System.nanoTime() / 100, at));
        }
        setPresentation(Presentation.STARTED);
        queue(MediaEventType.ME_SESSION_STARTED, HResult.S_OK, null);
    }

    private void doPause() {
        if (presentation == Presentation.STOPPED) {
            queue(MediaEventType.ME_SESSION_PAUSED, HResult.MF_E_SESSION_PAUSEWHILESTOPPED, null);
            return;
        }
        if (presentation == Presentation.STARTED) {
            clock.pause();
            media.tellSinks(sink -> sink.onClockPause(System.nanoTime() / 100));
            setPresentation(Presentation.PAUSED);
        }
        queue(MediaEventType.ME_SESSION_PAUSED, HResult.S_OK, null);
    }

    private void doStop() {
        stopPresentation();
        queue(MediaEventType.ME_SESSION_STOPPED, HResult.S_OK, null);
    }

    private void endOfStream() {
        stopPresentation();
        queue(MediaEventType.ME_SESSION_ENDED, HResult.S_OK, null);
    }

    /** Stops the presentation and its clock, telling the sinks. */
    protected final void stopPresentation() {
        if (presentation != Presentation.STOPPED) {
            clock.stop();
            media.tellSinks(sink -> sink.onClockStop(System.nanoTime() / 100));
            setPresentation(Presentation.STOPPED);
        }
    }

    /** Close's work, the worker's last: stop, release everything, then and only then MESessionClosed. */
    protected void teardown() {
        stopPresentation();
        clock.stop();
        release();
        endWorker();
        queue(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
    }

    /** Makes the worker end once the current operation returns. */
    protected final void endWorker() {
        lock.lock();
        try {
            exiting = true;
            workerThreads = 0; // this thread runs nothing after the operation that called this
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return the media the session plays now, or null when it has none */
    protected final SimulatedMedia media() {
        lock.lock();
        try {
            return media;
        } finally {
            lock.unlock();
        }
    }

    /** @return true while the worker is inside a sink's onProcessSample */
    protected final boolean inSinkCallback() {
        lock.lock();
        try {
            return inSink;
        } finally {
            lock.unlock();
        }
    }

    /** @return the presentation clock */
    protected final WallClock clock() {
        return clock;
    }

    /** @return the event queue */
    protected final EventQueue events() {
        return events;
    }

    /** @return true once Close has been called */
    protected final boolean closing() {
        lock.lock();
        try {
            return closing;
        } finally {
            lock.unlock();
        }
    }

    /** @return true once Shutdown has been called */
    protected final boolean shutDown() {
        lock.lock();
        try {
            return shutdown;
        } finally {
            lock.unlock();
        }
    }

    /** @return true while no operation has ever been asked of the session */
    protected final boolean isNew() {
        lock.lock();
        try {
            return worker == null && !shutdown;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Releases the media and its resources.
     *
     * @return the released media, or null
     */
    protected final SimulatedMedia release() {
        lock.lock();
        try {
            SimulatedMedia released = media;
            media = null;
            openSources = 0;
            sampleBuffers = 0;
            presentation = Presentation.STOPPED;
            return released;
        } finally {
            lock.unlock();
        }
    }

    private void setPresentation(Presentation state) {
        lock.lock();
        try {
            presentation = state;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void setNext(int index) {
        lock.lock();
        try {
            next = index;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues an event of the session's own.
     *
     * @param type   the event type
     * @param status its status
     * @param value  its value
     */
    protected void queue(MediaEventType type, HResult status, Object value) {
        events.queue(new MediaEvent(type, status, value));
    }

    private void join(Thread thread) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(SHUTDOWN_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            if (!thread.isAlive()) {
                workerThreads = 0;
            }
        } finally {
            lock.unlock();
        }
    }
}
