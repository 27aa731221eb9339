package dev.mfck.wire;

import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.HResult;

/**
 * The asynchronous result the peer handed its event callback, by its name: EndGetEvent sends
 * the name back.
 *
 * @param name   the peer's name for it
 * @param state  the state the kit gave BeginGetEvent
 * @param status the operation's status
 */
record WireAsyncResult(String name, Object state, HResult status) implements AsyncResult {

    @Override
    public Object getState() {
        return state;
    }

    @Override
    public HResult getStatus() {
        return status;
    }
}
