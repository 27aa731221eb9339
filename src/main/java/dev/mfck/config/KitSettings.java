package dev.mfck.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kit's settings, read from system properties ({@code -Dmfck.timeout.factor=2}) or, when a
 * property is absent, from the environment ({@code MFCK_TIMEOUT_FACTOR=2}).
 *
 * <p>Every deadline is its base value times {@code mfck.timeout.factor}: one knob for a slow
 * machine. "Event within" bounds how long the kit waits for an event the contract requires;
 * "quiet for" is the shortest the kit watches for an event the contract forbids (a watch lasts
 * to the end of its scenario); "call within" bounds how long any single call into the
 * implementation may block; "async return within" is how long an asynchronous call may take to
 * return while the pipeline is busy (Close while a sink holds a sample): "at once". "Peer starts
 * within" bounds how long an implementation in another process ({@code mfck run --wire}) may
 * take to start and answer the handshake, each time it is started.
 *
 * @param providerClass the provider class named by {@code mfck.provider}, if any
 * @param factor        the timeout factor
 * @param eventWithin   how long to wait for a required event
 * @param quietFor      how long to watch for a forbidden event
 * @param callWithin    how long one call into the implementation may take
 * @param asyncReturnWithin how long an asynchronous call may take to return while the pipeline is busy
 * @param peerStartWithin   how long a peer process may take to start and shake hands
 */
public record KitSettings(Optional<String> providerClass, double factor, Duration eventWithin,
                          Duration quietFor, Duration callWithin, Duration asyncReturnWithin,
                          Duration peerStartWithin) {

    /** Key naming the provider class. */
    public static final String PROVIDER = "mfck.provider";
    /** Key of the factor applied to every deadline. */
    public static final String FACTOR = "mfck.timeout.factor";
    /** Key of the base "expect an event within" deadline, in milliseconds. */
    public static final String EVENT_MS = "mfck.timeout.event-ms";
    /** Key of the base "expect no event for" window, in milliseconds. */
    public static final String QUIET_MS = "mfck.timeout.quiet-ms";
    /** Key of the base "a call returns within" deadline, in milliseconds. */
    public static final String CALL_MS = "mfck.timeout.call-ms";
    /** Key of the base "an asynchronous call returns at once, within" deadline, in milliseconds. */
    public static final String ASYNC_RETURN_MS = "mfck.timeout.async-return-ms";
    /** Key of the base "a peer process starts and shakes hands within" deadline, in milliseconds. */
    public static final String PEER_START_MS = "mfck.timeout.peer-start-ms";

    static final long DEFAULT_EVENT_MS = 5_000;
    static final long DEFAULT_QUIET_MS = 300;
    static final long DEFAULT_CALL_MS = 2_000;
    static final long DEFAULT_ASYNC_RETURN_MS = 200;
    static final long DEFAULT_PEER_START_MS = 10_000;

    /** @return the settings from system properties and the environment */
    public static KitSettings fromEnvironment() {
        return from(key -> {
            String value = System.getProperty(key);
            return value != null ? value : System.getenv(environmentName(key));
        });
    }

    /**
     * @param key a key, for example {@code mfck.timeout.factor}
     * @return the environment variable that sets it, for example {@code MFCK_TIMEOUT_FACTOR}
     */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Reads the settings from a lookup of keys.
     *
     * @param lookup the value of a key, or null when it is not set
     * @return the settings
     */
    public static KitSettings from(Function<String, String> lookup) {
        double factor = parse(lookup, FACTOR, 1.0, Double::parseDouble);
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException(FACTOR + " must be a positive number, was " + factor);
        }
        return new KitSettings(
                Optional.ofNullable(lookup.apply(PROVIDER)).map(String::trim).filter(s -> !s.isEmpty()),
                factor,
                scaled(parse(lookup, EVENT_MS, DEFAULT_EVENT_MS, Long::parseLong), factor, EVENT_MS),
                scaled(parse(lookup, QUIET_MS, DEFAULT_QUIET_MS, Long::parseLong), factor, QUIET_MS),
                scaled(parse(lookup, CALL_MS, DEFAULT_CALL_MS, Long::parseLong), factor, CALL_MS),
                scaled(parse(lookup, ASYNC_RETURN_MS, DEFAULT_ASYNC_RETURN_MS, Long::parseLong), factor, ASYNC_RETURN_MS),
                scaled(parse(lookup, PEER_START_MS, DEFAULT_PEER_START_MS, Long::parseLong), factor, PEER_START_MS));
    }

    private static <T> T parse(Function<String, String> lookup, String key, T fallback, Function<String, T> parser) {
        String raw = lookup.apply(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + raw + "'", e);
        }
    }

    private static Duration scaled(long millis, double factor, String key) {
        if (millis <= 0) {
            throw new IllegalArgumentException(key + " must be positive, was " + millis);
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000L * factor));
    }

    /**
     * @return true when every deadline that judges the implementation is the kit's default times
     *         the factor: no base deadline was changed (how long a peer may take to start judges
     *         nothing, and may be changed)
     */
    public boolean hasDefaultBaseDeadlines() {
        return eventWithin.equals(scaled(DEFAULT_EVENT_MS, factor, EVENT_MS))
                && quietFor.equals(scaled(DEFAULT_QUIET_MS, factor, QUIET_MS))
                && callWithin.equals(scaled(DEFAULT_CALL_MS, factor, CALL_MS))
                && asyncReturnWithin.equals(scaled(DEFAULT_ASYNC_RETURN_MS, factor, ASYNC_RETURN_MS));
    }

    /**
     * @param className the provider class actually under test
     * @return these settings, naming it
     */
    public KitSettings withProvider(String className) {
        return new KitSettings(Optional.of(className), factor, eventWithin, quietFor, callWithin, asyncReturnWithin,
                peerStartWithin);
    }

    /**
     * The longest one scenario can take, whatever the implementation does: every wait of the
     * kit has a deadline. A scenario makes at most thirty calls into the implementation (its
     * way to its state, the reads before Close, its own calls, the clock and resource reads at
     * its end, the teardown's Shutdown), waits for at most ten events, watches at most six quiet
     * windows, and plays at most the last second of one clip. A whole run is bounded by this
     * times the number of scenarios. Over the wire, a scenario that has to start the peer again
     * (it died, or broke the protocol) may also take {@link #peerStartWithin()}.
     *
     * @return the bound per scenario
     */
    public Duration scenarioBound() {
        return callWithin.multipliedBy(30).plus(eventWithin.multipliedBy(10)).plus(quietFor.multipliedBy(6))
                .plus(Duration.ofSeconds(1));
    }

    /** @return the effective settings, as printed at the start of a run */
    public String describe() {
        return String.format(Locale.ROOT,
                "mfck settings: provider=%s, timeout factor=%.2f, expect event within=%d ms, "
                        + "expect no event for at least=%d ms, call returns within=%d ms, "
                        + "asynchronous call returns within=%d ms, peer starts within=%d ms, bound per scenario=%d ms",
                providerClass.orElse("(ServiceLoader)"), factor, eventWithin.toMillis(),
                quietFor.toMillis(), callWithin.toMillis(), asyncReturnWithin.toMillis(), peerStartWithin.toMillis(),
                scenarioBound().toMillis());
    }
}
