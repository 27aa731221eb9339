package dev.mfck.selftest.crash;

import dev.mfck.inmemory.InMemoryProvider;
import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import sun.misc.Unsafe;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Implementations that take their own process down, or break it, as native code does: each is
 * the in-memory session but for one way of dying. They are what a run in a JVM of its own must
 * outlive; each is a provider a vendor could name with {@code --provider}.
 */
public final class Crashing {

    /** The exit code a halting implementation leaves, so the failure can be recognised. */
    public static final int HALT_CODE = 57;
    /** The exit code an implementation that calls System.exit leaves. */
    public static final int EXIT_CODE = 7;

    private Crashing() {
    }

    /** Every fifth Close in the process halts the JVM, as a native crash would (the issue's own example). */
    public static final class HaltsInFifthClose extends Conforming {
        private static final AtomicInteger CLOSES = new AtomicInteger();

        @Override
        public MediaSession createSession() {
            return new InMemorySession() {
                @Override
                public HResult close() {
                    if (CLOSES.incrementAndGet() % 5 == 0) {
                        System.err.println("hostile session: halting the JVM in Close");
                        Runtime.getRuntime().halt(HALT_CODE);
                    }
                    return super.close();
                }
            };
        }
    }

    /**
     * The second scenario a process serves halts it in createSession, as a crash left over from
     * the scenario before meets the next scenario's first call (Wine's late timer work does
     * that). {@code mfck serve} creates one session of its own, at the handshake.
     */
    public static final class HaltsInTheSecondScenariosCreateSession extends Conforming {
        private static final AtomicInteger SESSIONS = new AtomicInteger();

        @Override
        public MediaSession createSession() {
            if (SESSIONS.incrementAndGet() == 3) {
                System.err.println("hostile provider: halting in createSession");
                Runtime.getRuntime().halt(HALT_CODE);
            }
            return super.createSession();
        }
    }

    /** The first sample a sink receives makes the implementation call System.exit. */
    public static final class ExitsInSinkCallback extends Conforming {
        @Override
        public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
            List<SampleSink> exiting = new ArrayList<>();
            for (SampleSink sink : sinks) {
                exiting.add(new ExitingSink(sink));
            }
            return super.createPartialTopology(clip, exiting);
        }

        private record ExitingSink(SampleSink kit) implements SampleSink {
            @Override
            public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
                System.err.println("hostile session: System.exit in a sink callback");
                System.exit(EXIT_CODE);
            }

            @Override
            public void onClockStart(long systemTime, long clockStartOffset) {
                kit.onClockStart(systemTime, clockStartOffset);
            }

            @Override
            public void onClockStop(long systemTime) {
                kit.onClockStop(systemTime);
            }

            @Override
            public void onClockPause(long systemTime) {
                kit.onClockPause(systemTime);
            }

            @Override
            public void onClockRestart(long systemTime) {
                kit.onClockRestart(systemTime);
            }

            @Override
            public void onShutdown() {
                kit.onShutdown();
            }
        }
    }

    /** Close writes through a null native pointer: SIGSEGV, and the JVM's fatal error log. */
    public static final class SegfaultsInClose extends Conforming {
        @Override
        public MediaSession createSession() {
            return new InMemorySession() {
                @Override
                public HResult close() {
                    unsafe().putLong(0L, 42L);
                    return super.close();
                }
            };
        }

        private static Unsafe unsafe() {
            try {
                Field field = Unsafe.class.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                return (Unsafe) field.get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Start keeps every buffer it decodes: the heap runs out. */
    public static final class RunsOutOfHeapInStart extends Conforming {
        private static final List<byte[]> KEPT = new ArrayList<>();

        @Override
        public MediaSession createSession() {
            return new InMemorySession() {
                @Override
                public HResult start(StartPosition position) {
                    while (true) {
                        KEPT.add(new byte[1 << 20]);
                    }
                }
            };
        }
    }

    /** Conforming, but leaves a non-daemon thread that would keep its JVM alive for ever. */
    public static final class LeavesNonDaemonThreads extends Conforming {
        private static final CountDownLatch NEVER = new CountDownLatch(1);

        /** Starts the thread. */
        public LeavesNonDaemonThreads() {
            Thread thread = new Thread(() -> {
                try {
                    NEVER.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "hostile-non-daemon");
            thread.setDaemon(false);
            thread.start();
        }
    }

    /** Close starts writing garbage to the process's standard output, where the protocol's lines go, and never stops. */
    public static final class FloodsStdoutInClose extends Conforming {
        @Override
        public MediaSession createSession() {
            return new InMemorySession() {
                @Override
                public HResult close() {
                    Thread flood = new Thread(FloodsStdoutInClose::flood, "hostile-flood");
                    flood.setDaemon(true);
                    flood.start();
                    return super.close();
                }
            };
        }

        private static void flood() {
            FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
            byte[] garbage = "\u0007garbage from a hostile session \u00ff\u00fe\n".getBytes(StandardCharsets.ISO_8859_1);
            try {
                while (true) {
                    stdout.write(garbage);
                }
            } catch (IOException e) {
                // the kit closed the pipe
            }
        }
    }

    /** The provider halts its JVM as soon as it is created: the implementation's process dies at every start. */
    public static final class HaltsAtEveryStart extends Conforming {
        /** Halts. */
        public HaltsAtEveryStart() {
            System.err.println("hostile provider: halting at start");
            Runtime.getRuntime().halt(HALT_CODE);
        }
    }

    /** Conforming; Start hangs for ever, so that the kit's run can be interrupted while a call is in flight. */
    public static final class HangsInStart extends Conforming {
        @Override
        public MediaSession createSession() {
            return new InMemorySession() {
                @Override
                public HResult start(StartPosition position) {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return HResult.E_FAIL;
                }
            };
        }
    }

    /** The in-memory provider, for the hostile ones to change. */
    abstract static class Conforming implements SessionProvider {
        private final SessionProvider conforming = new InMemoryProvider();

        @Override
        public String name() {
            return getClass().getSimpleName();
        }

        @Override
        public String version() {
            return "hostile";
        }

        @Override
        public MediaSession createSession() {
            return conforming.createSession();
        }

        @Override
        public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
            return conforming.createPartialTopology(clip, sinks);
        }
    }
}
