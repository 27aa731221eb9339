package dev.mfck.timing;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A wait's deadline that counts only the time the machine let the kit run: when the
 * {@link Heartbeat} saw the kit held back during the wait, the deadline lengthens by that much,
 * up to its own length again. On a machine that keeps up it is an ordinary deadline.
 */
public final class Deadline {

    private final long start = System.nanoTime();
    private final long budget;

    private Deadline(long budget) {
        this.budget = budget;
    }

    /**
     * @param budget how long the wait may take on a machine that keeps up
     * @return the deadline, counted from now
     */
    public static Deadline in(Duration budget) {
        return new Deadline(Math.max(0, budget.toNanos()));
    }

    /**
     * A deadline already spent, judged afterwards: how long something that ran between two
     * instants may have taken, the budget lengthened by the time the machine held the kit back
     * meanwhile, up to the budget again (as a wait's deadline lengthens).
     *
     * @param budget how long it may take on a machine that keeps up
     * @param from   when it began, a {@link System#nanoTime()}
     * @param to     when it ended, a later one
     * @return the budget, lengthened
     */
    public static Duration allowed(Duration budget, long from, long to) {
        return budget.plusNanos(Math.min(budget.toNanos(), Heartbeat.kit().stalledNanos(from, to)));
    }

    /** @return how long is left to wait, in nanoseconds; zero or less when the deadline has passed */
    public long remainingNanos() {
        long now = System.nanoTime();
        long elapsed = now - start;
        if (elapsed < budget) {
            return budget - elapsed;
        }
        long stretch = Math.min(budget, Heartbeat.kit().stalledNanos(start, now));
        return budget + stretch - elapsed;
    }

    /** @return true when the deadline has passed */
    public boolean passed() {
        return remainingNanos() <= 0;
    }

    /**
     * Waits for a result until the deadline.
     *
     * @param future what to wait for
     * @param <T>    its result
     * @return the result
     * @throws TimeoutException     when the deadline passed first
     * @throws ExecutionException   when it failed
     * @throws InterruptedException when the waiting thread was interrupted
     */
    public <T> T await(Future<T> future) throws TimeoutException, ExecutionException, InterruptedException {
        while (true) {
            try {
                return future.get(Math.max(0, remainingNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (passed()) {
                    throw e;
                }
            }
        }
    }
}
