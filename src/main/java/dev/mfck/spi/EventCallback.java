package dev.mfck.spi;

/**
 * A callback for {@link MediaSession#beginGetEvent} ({@code IMFAsyncCallback}). The session
 * invokes it on a thread of its own when an event is ready (or the queue is shut down).
 */
@FunctionalInterface
public interface EventCallback {

    /**
     * An event is ready; call {@link MediaSession#endGetEvent(AsyncResult)} with the result to
     * take it. The callback may call any session method, {@code Close} included.
     *
     * @param result the asynchronous result
     */
    void invoke(AsyncResult result);
}
