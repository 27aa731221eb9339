package dev.mfck.explore;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.steps.ModelSteps;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random sequences of the suite's steps: a starting state of the matrix with a clip, then
 * calls (alone, or two at once), waits for the session's answers, a held sample let go later, a
 * Close from inside the event callback, and at the end the model's judgement. The same seed and
 * index give the same sequence; later sequences are longer.
 */
public final class SequenceGenerator {

    /** The states a sequence starts from, as the state step names them. */
    static final List<String> STATES = List.of("new", "topology set", "started", "paused", "stopped", "ended",
            "start failed", "near its end", "closing");
    /** The calls, as the call steps name them. */
    static final List<String> CALLS = List.of("Close", "Close", "Close", "Shutdown", "Shutdown",
            "SetTopology with a new topology", "ClearTopologies", "Start at position 0", "Start from the current position",
            "Pause", "Stop", "GetClock", "GetClock", "GetSessionCapabilities", "GetFullTopology for the current presentation",
            "GetEvent with NO_WAIT", "BeginGetEvent with a callback of its own", "QueueEvent with an event of its own");
    private static final long SEQUENCES_PER_SIZE = 24;
    private static final String SHUTDOWN = "Shutdown";
    private static final String HOLD = "the kit holds the next sample a sink receives";
    private static final String LET_GO = "the kit lets the held sample go";
    private static final String SHUTDOWN_HOLDING = "the application calls Shutdown, and the kit lets the held sample go "
            + "while Shutdown runs";
    private static final List<String> CALLBACK_EVENTS = List.of("MESessionStarted", "MESessionPaused",
            "MESessionStopped", "MESessionEnded");
    private static final List<String> CLIPS = List.of(ClipCatalogue.AV_LONG, ClipCatalogue.AV_LONG,
            ClipCatalogue.AUDIO_ONLY, ClipCatalogue.VIDEO_ONLY, ClipCatalogue.AV_HEAVY);

    private final long seed;
    private final int maxActions;

    /**
     * @param seed       the exploration's seed
     * @param maxActions the most actions between the starting state and the judgement
     */
    public SequenceGenerator(long seed, int maxActions) {
        this.seed = seed;
        this.maxActions = maxActions;
    }

    /**
     * @param index the sequence's number in the exploration, from 0
     * @return its steps' texts: the starting state, the actions, the judgement
     */
    public List<String> sequence(long index) {
        Random random = new Random(seed * 1_000_003L + index);
        List<String> steps = new ArrayList<>();
        String state = STATES.get(random.nextInt(STATES.size()));
        boolean media = !state.equals("new") && !state.equals("start failed");
        steps.add(stateStep(state, media ? CLIPS.get(random.nextInt(CLIPS.size())) : ClipCatalogue.NONE));
        int actions = 1 + random.nextInt(size(index));
        boolean callback = false;
        boolean holding = state.equals("closing");
        for (int i = 0; i < actions; i++) {
            int roll = random.nextInt(100);
            if (roll < 65) {
                String call = call(random);
                String other = roll < 55 ? null : call(random);
                if (holding && (call.equals(SHUTDOWN) || SHUTDOWN.equals(other))) {
                    steps.add(SHUTDOWN_HOLDING);
                    holding = false;
                } else {
                    steps.add("the application calls " + call + (other != null ? " and " + other + " at once" : ""));
                }
            } else if (roll < 85) {
                steps.add(ModelSteps.WAIT);
            } else if (roll < 91) {
                steps.add(HOLD);
                steps.add(ModelSteps.WAIT);
                holding = true;
            } else if (roll < 94) {
                steps.add(LET_GO);
                holding = false;
            } else if (!callback) {
                callback = true;
                steps.add("the kit will call Close from inside the event callback that delivers "
                        + CALLBACK_EVENTS.get(random.nextInt(CALLBACK_EVENTS.size())));
            }
        }
        steps.add(ModelSteps.JUDGE);
        return steps;
    }

    /**
     * Sequences grow with their number, as property-based testing's do: the first ones have a
     * single action, so that a departure one call shows is found as that one call.
     */
    private int size(long index) {
        return (int) Math.min(maxActions, 1 + index / SEQUENCES_PER_SIZE);
    }

    /**
     * A sequence is well formed when it never calls Shutdown plainly while a sink may hold a
     * sample: Shutdown is synchronous and may rightly wait for the sink callback, so the kit lets
     * the sample go while Shutdown runs. Shrinking keeps sequences well formed.
     *
     * @param steps a sequence
     * @return whether it is well formed
     */
    static boolean wellFormed(List<String> steps) {
        boolean holding = steps.get(0).contains("closing state");
        for (String step : steps) {
            if (step.equals(HOLD)) {
                holding = true;
            } else if (step.equals(LET_GO) || step.equals(SHUTDOWN_HOLDING)) {
                holding = false;
            } else if (holding && step.startsWith("the application calls") && step.contains(SHUTDOWN)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param state a state of the matrix
     * @param clip  its clip
     * @return the state step
     */
    static String stateStep(String state, String clip) {
        return "a session in the " + state + " state, with clip " + clip;
    }

    private static String call(Random random) {
        return CALLS.get(random.nextInt(CALLS.size()));
    }
}
