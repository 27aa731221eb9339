package dev.mfck.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.text.Printable;
import dev.mfck.timing.Deadline;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One side's JSON-RPC 2.0 over the protocol's lines: requests it makes and waits for, and the
 * other side's requests and notifications, handed to a {@link Receiver} lane by lane (the
 * messages of one lane in order, lanes side by side). Every line that arrives is checked against
 * the protocol's schema; the first that breaks the protocol faults the channel: every call
 * waiting, and every call made after, fails with what the other side sent, quoted.
 */
public final class WireChannel implements AutoCloseable {

    /** The most messages one lane holds before the other side is said to flood. */
    static final int LANE_CAPACITY = 100_000;
    /**
     * The most requests and notifications the other side may send in one second, unasked:
     * playing the heaviest clip, a peer sends about a hundred (a sample per video frame and per
     * audio buffer of every stream, and its event callbacks). The kit reads and checks a
     * thousand lines well within a call deadline, so a flood faults the channel before it
     * starves a call. Answers do not count: each answers a request of this side, and an answer
     * to no request faults the channel at once.
     */
    static final int FLOOD_LIMIT = 1_000;

    /** What the other side asks of this one. */
    public interface Receiver {

        /**
         * Answers a request.
         *
         * @param method the method
         * @param params its params, checked against the schema
         * @return the result
         * @throws WireFault when the request itself breaks the protocol (it names an object this
         *                   side never gave): the channel faults
         */
        JsonNode request(WireMethod method, JsonNode params);

        /**
         * Takes a notification.
         *
         * @param method the method
         * @param params its params, checked against the schema
         */
        void notification(WireMethod method, JsonNode params);

        /**
         * @param method a request or notification
         * @param params its params
         * @return the lane it is handled in: messages of one lane in the order they came; null
         *         for a message handled on a thread of its own, beside every other
         */
        String lane(WireMethod method, JsonNode params);

        /**
         * @param method a notification
         * @return whether it is taken on the thread that reads the lines, before the next line
         *         is read: for what must keep its place among the answers (a sample the peer
         *         reported before it answered Shutdown came before Shutdown returned)
         */
        default boolean inline(WireMethod method) {
            return false;
        }
    }

    private record Pending(WireMethod method, CompletableFuture<JsonNode> answer) {
    }

    private final String peer;
    private final Lines lines;
    private final Output output;
    private final WireSchemas schemas;
    private final Receiver receiver;
    private final Runnable onFault;
    private final int floodLimit;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();
    private final ExecutorService ownThreads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mfck-wire-request");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<WireFault> fault = new AtomicReference<>();
    private final CountDownLatch over = new CountDownLatch(1);
    private final Supplier<String> howItEnded;
    private volatile Consumer<Throwable> kitFailure = error -> { };

    /** Where this side's lines go. */
    @FunctionalInterface
    public interface Output {

        /**
         * @param line one message, without its end
         * @throws IOException when the other side no longer reads
         */
        void send(String line) throws IOException;
    }

    /**
     * @param peer     names the other side in messages, for example {@code the peer}
     * @param in       the other side's lines
     * @param output   where this side's lines go
     * @param schemas  the protocol's schema
     * @param receiver what the other side asks
     * @param howItEnded says, once the other side's output has ended, how the other side ended
     * @param onFault  runs once, when the channel faults (for example: reap the peer)
     * @param floodLimit the most requests and notifications the other side may send in one
     *                   second: {@link #FLOOD_LIMIT} for an untrusted peer
     */
    public WireChannel(String peer, InputStream in, Output output, WireSchemas schemas, Receiver receiver,
                       Supplier<String> howItEnded, Runnable onFault, int floodLimit) {
        this.peer = peer;
        this.floodLimit = floodLimit;
        this.howItEnded = howItEnded;
        this.lines = new Lines(in);
        this.output = output;
        this.schemas = schemas;
        this.receiver = receiver;
        this.onFault = onFault;
    }

    /**
     * @param listener hears an error inside the kit that ended the channel (its reader thread
     *                 failed): the kit's fault, not the other side's
     */
    public void onKitFailure(Consumer<Throwable> listener) {
        this.kitFailure = listener;
    }

    /** Starts reading the other side's lines, on a thread of its own. */
    public void start() {
        Thread reader = new Thread(this::read, "mfck-wire-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Makes a request and waits for its answer, as long as the channel lives: the kit's call
     * deadline, not the channel, decides how long a call may take.
     *
     * @param method the method
     * @param params its params
     * @return the result
     * @throws WireFault when the channel faulted, or the other side answered with an error
     */
    public JsonNode call(WireMethod method, ObjectNode params) {
        return await(send(method, params), Duration.ofDays(1));
    }

    /**
     * Makes a request and waits for its answer up to a deadline.
     *
     * @param method   the method
     * @param params   its params
     * @param deadline how long to wait
     * @return the result
     * @throws WireFault when the channel faulted, the other side answered with an error, or did
     *                   not answer in time
     */
    public JsonNode call(WireMethod method, ObjectNode params, Duration deadline) {
        return await(send(method, params), deadline);
    }

    /**
     * Sends a notification.
     *
     * @param method the method
     * @param params its params
     */
    public void notify(WireMethod method, ObjectNode params) {
        ObjectNode message = WireJson.object().put("jsonrpc", "2.0").put("method", method.wireName());
        message.set("params", params);
        write(message);
    }

    /** Waits until the channel has ended: the other side closed it, or broke the protocol. */
    public void awaitEnd() {
        try {
            over.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the fault that ended the channel, if one did */
    public Optional<WireFault> fault() {
        return Optional.ofNullable(fault.get());
    }

    /**
     * Faults the channel from outside: for a peer that has to be abandoned.
     *
     * @param what what happened
     */
    public void fail(String what) {
        fail(new WireFault(what));
    }

    /**
     * Faults the channel from outside with this fault, which {@link #fault()} then gives, unless
     * the channel had faulted already.
     *
     * @param what what happened
     */
    public void fail(WireFault what) {
        fault(what);
    }

    @Override
    public void close() {
        fault(new WireFault("the channel to " + peer + " was closed"));
    }

    private Pending send(WireMethod method, ObjectNode params) {
        WireFault ended = fault.get();
        if (ended != null) {
            throw new WireFault(ended.getMessage(), ended);
        }
        long id = ids.incrementAndGet();
        Pending call = new Pending(method, new CompletableFuture<>());
        pending.put(id, call);
        ObjectNode message = WireJson.object().put("jsonrpc", "2.0").put("id", id).put("method", method.wireName());
        message.set("params", params);
        write(message);
        WireFault now = fault.get();
        if (now != null) {
            call.answer().completeExceptionally(now);
        }
        return call;
    }

    private JsonNode await(Pending call, Duration deadline) {
        try {
            return Deadline.in(deadline).await(call.answer());
        } catch (ExecutionException e) {
            WireFault cause = e.getCause() instanceof WireFault wire ? wire : new WireFault(String.valueOf(e.getCause()));
            throw new WireFault(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new WireFault(peer + " did not answer " + call.method() + " within " + deadline.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WireFault("the kit stopped waiting for " + peer + "'s answer to " + call.method());
        }
    }

    private void write(ObjectNode message) {
        try {
            output.send(WireJson.MAPPER.writeValueAsString(message));
        } catch (IOException e) {
            fault(new WireFault(peer + " no longer reads its input (" + e.getMessage() + "): it " + describeEnd(), e));
        }
    }

    private void read() {
        try {
            String line;
            while ((line = lines.next()) != null && fault.get() == null) {
                if (!line.isBlank()) {
                    take(line);
                } else if (unasked()) {
                    broke("flooded the kit: more than " + floodLimit + " blank lines, requests and notifications within "
                            + "one second", line);
                }
            }
            if (fault.get() == null) {
                fault(new WireFault(peer + " closed its output: it " + describeEnd()));
            }
        } catch (Lines.TooLong e) {
            fault(new WireFault(peer + " sent a line longer than the protocol's " + Lines.MAX_LINE + " bytes: "
                    + quote(e.start())));
        } catch (Lines.NotText e) {
            fault(new WireFault(peer + " sent a line that is not UTF-8 (each byte that is not is shown as \\ufffd): "
                    + quote(e.shown())));
        } catch (IOException e) {
            fault(new WireFault("reading " + peer + "'s output failed: " + e.getMessage() + "; it " + describeEnd(), e));
        } catch (RuntimeException | Error e) {
            kitFailure.accept(e);
            fault(new WireFault("the kit itself failed reading " + peer + "'s output: " + e, e));
        }
    }

    private String describeEnd() {
        return howItEnded.get();
    }

    private long windowStart = System.nanoTime();
    private int inWindow;

    /**
     * Counts a line the other side sent unasked (a request, a notification, a blank line).
     *
     * @return true when that makes more than the flood limit within one second
     */
    private boolean unasked() {
        long now = System.nanoTime();
        if (now - windowStart > 1_000_000_000L) {
            windowStart = now;
            inWindow = 0;
        }
        return ++inWindow > floodLimit;
    }

    private void take(String line) {
        JsonNode message;
        try {
            message = WireJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            broke("sent a line that is not JSON (" + e.getOriginalMessage() + ")", line);
            return;
        }
        Optional<String> envelope = schemas.checkEnvelope(message);
        if (envelope.isPresent()) {
            broke("sent a message that is not JSON-RPC 2.0 as mfck-wire/1 writes it (" + envelope.get() + ")", line);
            return;
        }
        if (message.has("method")) {
            if (unasked()) {
                broke("flooded the kit: more than " + floodLimit + " requests and notifications within one second", line);
                return;
            }
            String method = message.get("method").asText();
            JsonNode params = message.has("params") ? message.get("params") : WireJson.object();
            Optional<String> wrong = schemas.checkParams(method, params);
            if (wrong.isPresent()) {
                broke("sent " + method + " with params the protocol does not allow (" + wrong.get() + ")", line);
                return;
            }
            Optional<WireMethod> known = WireMethod.named(method);
            if (known.isEmpty()) {
                broke("sent " + method + ", which mfck-wire/1 does not define", line);
                return;
            }
            handle(message.has("id") ? message.get("id").asLong() : null, known.get(), params, line);
        } else {
            answer(message, line);
        }
    }

    private void answer(JsonNode message, String line) {
        long id = message.get("id").asLong();
        Pending call = pending.remove(id);
        if (call == null) {
            broke("answered a request the kit never made, or answered it twice (id " + id + ")", line);
            return;
        }
        if (message.has("error")) {
            call.answer().completeExceptionally(new WireFault(peer + " answered " + call.method() + " with an error: "
                    + message.get("error").get("code").asInt() + " " + Printable.of(message.get("error").get("message").asText())));
            return;
        }
        JsonNode result = message.get("result");
        Optional<String> wrong = schemas.checkResult(call.method().wireName(), result);
        if (wrong.isPresent()) {
            broke("answered " + call.method() + " with a result the protocol does not allow (" + wrong.get() + ")", line);
            call.answer().completeExceptionally(fault.get());
            return;
        }
        call.answer().complete(result);
    }

    private void handle(Long id, WireMethod method, JsonNode params, String line) {
        if (id == null && receiver.inline(method)) {
            try {
                receiver.notification(method, params);
            } catch (WireFault e) {
                broke(e.getMessage(), line);
            }
            return;
        }
        String lane = receiver.lane(method, params);
        ExecutorService executor = lane == null ? ownThreads : lanes.computeIfAbsent(lane, name -> {
            ThreadPoolExecutor single = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(LANE_CAPACITY), task -> {
                Thread thread = new Thread(task, "mfck-wire-" + name);
                thread.setDaemon(true);
                return thread;
            });
            return single;
        });
        try {
            executor.execute(() -> {
                ObjectNode response = WireJson.object().put("jsonrpc", "2.0").put("id", id);
                try {
                    if (id == null) {
                        receiver.notification(method, params);
                        return;
                    }
                    response.set("result", receiver.request(method, params));
                } catch (WireFault e) {
                    broke(e.getMessage(), line);
                    response.set("error", WireJson.object().put("code", -32602).put("message", e.getMessage()));
                } catch (RuntimeException e) {
                    response.set("error", WireJson.object().put("code", -32000).put("message", String.valueOf(e)));
                }
                if (id != null) {
                    write(response);
                }
            });
        } catch (RejectedExecutionException e) {
            broke("flooded the kit: more than " + LANE_CAPACITY + " messages waited in lane " + lane, line);
        }
    }

    private void broke(String what, String line) {
        fault(new WireFault((what.startsWith(peer) ? what : peer + " " + what) + ": " + quote(line)));
    }

    private void fault(WireFault what) {
        if (!fault.compareAndSet(null, what)) {
            return;
        }
        pending.values().forEach(call -> call.answer().completeExceptionally(what));
        pending.clear();
        lanes.values().forEach(ExecutorService::shutdownNow);
        ownThreads.shutdownNow();
        onFault.run();
        over.countDown();
    }

    private static String quote(String line) {
        return Printable.quote(line);
    }
}
