package dev.mfck.timing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the heartbeat turns late beats and the machine's CPU pressure into time the kit was held back. */
class HeartbeatTest {

    private static final long MS = 1_000_000;
    private static final long PERIOD = Heartbeat.PERIOD_NANOS;

    @Test
    void beatsOnTimeOnAnIdleMachineHoldNothingBack() {
        Heartbeat beat = new Heartbeat(0);
        for (long at = PERIOD; at <= 1_000 * MS; at += PERIOD) {
            beat.tick(at + MS, 0);
        }
        assertThat(beat.stalledNanos(0, 1_000 * MS)).isZero();
    }

    @Test
    void aLateBeatIsTimeHeldBackAndCountsOnlyWithinTheWindow() {
        Heartbeat beat = new Heartbeat(0);
        beat.tick(PERIOD, 0);
        beat.tick(2 * PERIOD + 300 * MS, 0);
        beat.tick(3 * PERIOD + 300 * MS, 0);
        assertThat(beat.stalledNanos(0, 3 * PERIOD + 300 * MS)).isEqualTo(300 * MS);
        assertThat(beat.stalledNanos(2 * PERIOD + 100 * MS, 3 * PERIOD + 300 * MS)).as("the stall's last 200 ms fall in the window")
                .isEqualTo(200 * MS);
        assertThat(beat.stalledNanos(0, 2 * PERIOD)).as("the late beat had not come yet").isZero();
    }

    @Test
    void threadsWaitingForACoreCountEvenWhenTheBeatIsOnTime() {
        Heartbeat beat = new Heartbeat(0);
        for (int i = 1; i <= 100; i++) {
            beat.tick(i * PERIOD, i * 6 * MS);
        }
        assertThat(beat.stalledNanos(PERIOD, 100 * PERIOD)).isEqualTo(99 * 6 * MS);
    }

    @Test
    void pressureNeverCountsForMoreThanTheWindow() {
        Heartbeat beat = new Heartbeat(0);
        beat.tick(PERIOD, 0);
        beat.tick(2 * PERIOD, 40 * PERIOD);
        assertThat(beat.stalledNanos(PERIOD, 2 * PERIOD)).isEqualTo(PERIOD);
    }

    @Test
    void aStallStillGoingOnCounts() {
        Heartbeat beat = new Heartbeat(0);
        beat.tick(PERIOD, 0);
        assertThat(beat.stalledNanos(0, PERIOD + 500 * MS)).isEqualTo(500 * MS - PERIOD);
    }
}
