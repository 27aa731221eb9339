package dev.mfck.selftest.hostile;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.StartPosition;

import java.util.concurrent.CountDownLatch;

/** Conforming sessions but for one hostile behaviour. */
final class PartlyHostile {

    private PartlyHostile() {
    }

    /** Close never returns. */
    static final class HangsInClose extends InMemorySession {
        @Override
        public HResult close() {
            Misbehaviour.hangForever();
            return null;
        }
    }

    /** GetEvent never returns. */
    static final class HangsInGetEvent extends InMemorySession {
        @Override
        public CallResult<MediaEvent> getEvent(int flags) {
            Misbehaviour.hangForever();
            return null;
        }
    }

    /** Shutdown never returns. */
    static final class HangsInShutdown extends InMemorySession {
        @Override
        public HResult shutdown() {
            Misbehaviour.hangForever();
            return null;
        }
    }

    /** Close throws. */
    static final class ThrowsInClose extends InMemorySession {
        @Override
        public HResult close() {
            throw new UnsupportedOperationException("hostile session: Close throws");
        }
    }

    /** Start queues a million events before MESessionStarted. */
    static final class FloodsOnStart extends InMemorySession {
        static final int FLOOD = 1_000_000;

        @Override
        public HResult start(StartPosition position) {
            for (int i = 0; i < FLOOD; i++) {
                events().queue(new MediaEvent(MediaEventType.ME_NON_FATAL_ERROR, HResult.S_OK, i));
            }
            return super.start(position);
        }
    }

    /** Every event is delivered to the callback from four threads at once. */
    static final class CallbacksFromManyThreads extends InMemorySession {
        static final int THREADS = 4;

        @Override
        public HResult beginGetEvent(EventCallback callback, Object state) {
            EventCallback fanOut = callback == null ? null : result -> {
                CountDownLatch go = new CountDownLatch(1);
                for (int i = 0; i < THREADS; i++) {
                    Thread thread = new Thread(() -> {
                        awaitQuietly(go);
                        callback.invoke(result);
                    }, "hostile-callback-" + i);
                    thread.setDaemon(true);
                    thread.start();
                }
                go.countDown();
            };
            return super.beginGetEvent(fanOut, state);
        }

        private static void awaitQuietly(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
