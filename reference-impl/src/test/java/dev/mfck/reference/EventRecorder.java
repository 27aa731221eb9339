package dev.mfck.reference;

import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Takes a session's events through BeginGetEvent/EndGetEvent, for tests that wait on them with a deadline. */
final class EventRecorder implements EventCallback {

    private final MediaSession session;
    private final BlockingQueue<MediaEvent> events = new LinkedBlockingQueue<>();

    EventRecorder(MediaSession session) {
        this.session = session;
        if (!session.beginGetEvent(this, null).equals(HResult.S_OK)) {
            throw new IllegalStateException("BeginGetEvent failed");
        }
    }

    @Override
    public void invoke(AsyncResult result) {
        CallResult<MediaEvent> taken = session.endGetEvent(result);
        if (taken.hr().succeeded()) {
            events.add(taken.value());
            session.beginGetEvent(this, null);
        }
    }

    /** Waits for the next event of a type, skipping others; fails when none comes in time. */
    MediaEvent await(MediaEventType type, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            MediaEvent event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no " + type.mfName() + " within " + deadline.toMillis() + " ms");
            }
            if (event.type() == type) {
                return event;
            }
        }
    }
}
