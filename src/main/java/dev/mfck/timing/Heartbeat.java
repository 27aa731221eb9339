package dev.mfck.timing;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * The kit's heartbeat: a daemon thread that means to wake every {@link #PERIOD_NANOS} ns, and
 * at each beat reads the machine's CPU pressure ({@link CpuPressure}, where Linux offers it). How
 * much later than meant it wakes, or how long threads waited for a core meanwhile, whichever is
 * more, is time the machine kept the kit and the implementation from running: the cores were
 * busy with other work, or the JVM paused. Deadlines lengthen by it ({@link Deadline}), and a
 * failure met while the machine was overloaded says so. One heartbeat serves the whole JVM; it
 * remembers the last minute.
 */
public final class Heartbeat {

    /** How often the heartbeat means to wake. */
    static final long PERIOD_NANOS = 10_000_000;
    /** Lateness below this is the scheduler's ordinary jitter, not a stall. */
    static final long JITTER_NANOS = 2_000_000;
    /** How much stall in one scenario, at least, makes the kit call the machine overloaded... */
    static final long OVERLOADED_NANOS = 100_000_000;
    /** ...when it is also at least this share of the scenario's time. */
    static final double OVERLOADED_SHARE = 0.2;
    private static final int TICKS = 6_000;

    private static final Heartbeat KIT = new Heartbeat(System.nanoTime());

    private final long[] tickAt = new long[TICKS];
    private final long[] lateness = new long[TICKS];
    private final long[] pressureAt = new long[TICKS];
    private final CpuPressure pressure = CpuPressure.open();
    private long ticks;
    private long lastTick;
    private boolean started;

    /** @param start the {@link System#nanoTime()} from which the first beat is meant to come one period later */
    Heartbeat(long start) {
        lastTick = start;
    }

    /** @return the JVM's heartbeat, started on first use */
    public static Heartbeat kit() {
        KIT.ensureStarted();
        return KIT;
    }

    private synchronized void ensureStarted() {
        if (started) {
            return;
        }
        started = true;
        lastTick = System.nanoTime();
        Thread beat = new Thread(this::beat, "mfck-heartbeat");
        beat.setDaemon(true);
        beat.setPriority(Thread.MAX_PRIORITY);
        beat.start();
    }

    private void beat() {
        while (true) {
            LockSupport.parkNanos(PERIOD_NANOS);
            long now = System.nanoTime();
            tick(now, pressure.waitedNanos());
        }
    }

    /**
     * Records a beat.
     *
     * @param now    when it woke
     * @param waited the machine's CPU pressure total then, in nanoseconds (0 when unknown)
     */
    synchronized void tick(long now, long waited) {
        long late = now - lastTick - PERIOD_NANOS;
        int slot = (int) (ticks % TICKS);
        tickAt[slot] = now;
        lateness[slot] = late > JITTER_NANOS ? late : 0;
        pressureAt[slot] = waited;
        ticks++;
        lastTick = now;
    }

    /**
     * @param from a {@link System#nanoTime()}
     * @param to   a later one, at most now
     * @return how long the machine held the kit back between them: the heartbeat's lateness in
     *         that span (a stall still going on included), or the time threads waited for a core
     *         meanwhile, whichever is more
     */
    public synchronized long stalledNanos(long from, long to) {
        return Math.max(lateNanos(from, to), waitedForACoreNanos(from, to));
    }

    private long lateNanos(long from, long to) {
        long stalled = 0;
        long oldest = Math.max(0, ticks - TICKS);
        for (long i = ticks - 1; i >= oldest; i--) {
            int slot = (int) (i % TICKS);
            long at = tickAt[slot];
            if (at <= from) {
                break;
            }
            if (at <= to) {
                stalled += Math.max(0, at - Math.max(at - lateness[slot], from));
            }
        }
        long ongoing = to - lastTick - PERIOD_NANOS;
        if (ticks > 0 && to > lastTick && ongoing > JITTER_NANOS) {
            stalled += Math.min(ongoing, to - from);
        }
        return stalled;
    }

    private long waitedForACoreNanos(long from, long to) {
        long atFrom = -1;
        long atTo = -1;
        long oldest = Math.max(0, ticks - TICKS);
        for (long i = ticks - 1; i >= oldest; i--) {
            int slot = (int) (i % TICKS);
            if (atTo < 0 && tickAt[slot] <= to) {
                atTo = pressureAt[slot];
            }
            if (tickAt[slot] <= from) {
                atFrom = pressureAt[slot];
                break;
            }
        }
        return atFrom < 0 || atTo < 0 ? 0 : Math.min(to - from, Math.max(0, atTo - atFrom));
    }

    /**
     * @param from a {@link System#nanoTime()}, for example when a scenario began
     * @return what a failure should say about the machine's load since then: empty when the
     *         machine kept up, else how long it held the kit back
     */
    public String overloadSince(long from) {
        long now = System.nanoTime();
        long stalled = stalledNanos(from, now);
        if (stalled < OVERLOADED_NANOS || stalled < OVERLOADED_SHARE * (now - from)) {
            return "";
        }
        return String.format(Locale.ROOT, "the machine was overloaded during this scenario: for %d ms of its %d ms, "
                + "threads waited for a core or the kit's heartbeat woke late; the kit lengthened its waits by that "
                + "much, up to twice each deadline, so this may be the machine rather than the implementation: run it "
                + "again with fewer --jobs or on a quieter machine", Duration.ofNanos(stalled).toMillis(),
                Duration.ofNanos(now - from).toMillis());
    }
}
