package dev.mfck.harness;

import dev.mfck.failure.Evidence;
import dev.mfck.timing.Deadline;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls into the implementation on threads of the kit's own, with a deadline (lengthened by
 * the time the machine held the kit back, see {@link Deadline}): a call that
 * hangs becomes a TIMEOUT, one that throws or returns null an IMPLEMENTATION_FAULT, and
 * neither stops the run. Threads stuck in a hung call are daemons, abandoned when the
 * scenario ends, so they never hold the next scenario or the JVM.
 */
public final class CallGuard implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Evidence evidence;
    private volatile boolean abandonedACall;
    /** The run the guard's scenario belongs to: its threads keep to it, whichever thread made them. */
    private final Optional<RunTarget> target = RunTarget.current();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(() -> {
            target.ifPresent(RunTarget::install);
            task.run();
        }, "mfck-call-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param evidence what a failure is reported against
     */
    public CallGuard(Evidence evidence) {
        this.evidence = evidence;
    }

    /**
     * Makes one call and waits for it.
     *
     * @param call     the call, as failure messages name it
     * @param deadline how long it may take
     * @param body     the call
     * @param <T>      what it returns
     * @return what it returned; never null
     */
    public <T> T call(String call, Duration deadline, Callable<T> body) {
        return begin(call, body).get(deadline);
    }

    /**
     * Starts one call and lets the kit go on while it runs, for a call that may rightly wait
     * (Shutdown while a sink callback is held, a blocking GetEvent).
     *
     * @param call the call, as failure messages name it
     * @param body the call
     * @param <T>  what it returns
     * @return the call in flight
     */
    public <T> PendingCall<T> begin(String call, Callable<T> body) {
        try {
            return new PendingCall<>(call, executor.submit(body));
        } catch (RejectedExecutionException e) {
            throw evidence.fault(call + " (made after the scenario ended)", e);
        }
    }

    /** @return true once a call has timed out: the implementation is stuck, and is not called again to clean up */
    public boolean abandonedACall() {
        return abandonedACall;
    }

    /** Abandons every call still running: their threads are interrupted and left to die. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * A call in flight.
     *
     * @param <T> what it returns
     */
    public final class PendingCall<T> {

        private final String call;
        private final Future<T> future;

        private PendingCall(String call, Future<T> future) {
            this.call = call;
            this.future = future;
        }

        /**
         * Waits for the call to return, without judging it.
         *
         * @param deadline how long to wait
         * @return true when it has returned (or thrown)
         */
        public boolean awaitDone(Duration deadline) {
            try {
                Deadline.in(deadline).await(future);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return true;
        }

        /**
         * Waits for the call's result.
         *
         * @param deadline how long it may still take
         * @return what it returned; never null
         */
        public T get(Duration deadline) {
            try {
                T result = Deadline.in(deadline).await(future);
                if (result == null) {
                    throw evidence.fault(call, null);
                }
                return result;
            } catch (TimeoutException e) {
                future.cancel(true);
                abandonedACall = true;
                throw evidence.timedOut(call, deadline);
            } catch (ExecutionException e) {
                throw evidence.fault(call, e.getCause());
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw evidence.timedOut(call + " (the kit was interrupted)", deadline);
            }
        }
    }
}
