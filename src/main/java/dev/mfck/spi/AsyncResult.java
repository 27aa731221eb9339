package dev.mfck.spi;

/**
 * The result object a session hands to an {@link EventCallback} ({@code IMFAsyncResult});
 * the callback passes it back to {@link MediaSession#endGetEvent(AsyncResult)}.
 */
public interface AsyncResult {

    /** @return the state object given to {@link MediaSession#beginGetEvent}, or null */
    Object getState();

    /** @return the status of the asynchronous operation */
    HResult getStatus();
}
