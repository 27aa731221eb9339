package dev.mfck.explore;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.matrix.BaseState;
import dev.mfck.matrix.SessionState;
import dev.mfck.spi.MediaEventType;
import dev.mfck.steps.FixedStep;
import dev.mfck.steps.SessionCall;
import dev.mfck.steps.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.mfck.steps.SessionCall.*;

/**
 * Writes random sequences of the suite's steps: a starting state of the matrix with a clip, then
 * calls (alone, or two at once), waits for the session's answers, a held sample let go later, a
 * Close from inside the event callback, and at the end the model's judgement. The same seed and
 * index give the same sequence; later sequences are longer.
 */
public final class SequenceGenerator {

    /** The states a sequence starts from (as they are), in the order a seed picks them. */
    static final List<BaseState> STATES = List.of(BaseState.NEW, BaseState.TOPOLOGY_SET, BaseState.STARTED,
            BaseState.PAUSED, BaseState.STOPPED, BaseState.ENDED, BaseState.START_FAILED, BaseState.NEAR_ITS_END,
            BaseState.CLOSING);
    /** The calls, Close, Shutdown and GetClock weighted up, in the order a seed picks them. */
    static final List<SessionCall> CALLS = List.of(CLOSE, CLOSE, CLOSE, SHUTDOWN, SHUTDOWN, SET_TOPOLOGY,
            CLEAR_TOPOLOGIES, START_AT_ZERO, START_FROM_CURRENT, PAUSE, STOP, GET_CLOCK, GET_CLOCK,
            GET_SESSION_CAPABILITIES, GET_FULL_TOPOLOGY, GET_EVENT_NO_WAIT, BEGIN_GET_EVENT_OTHER_CALLBACK, QUEUE_EVENT);
    private static final long SEQUENCES_PER_SIZE = 24;
    private static final List<MediaEventType> CALLBACK_EVENTS = List.of(MediaEventType.ME_SESSION_STARTED,
            MediaEventType.ME_SESSION_PAUSED, MediaEventType.ME_SESSION_STOPPED, MediaEventType.ME_SESSION_ENDED);
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
     * @return its steps: the starting state, the actions, the judgement
     */
    public List<Step> sequence(long index) {
        Random random = new Random(seed * 1_000_003L + index);
        List<Step> steps = new ArrayList<>();
        BaseState state = STATES.get(random.nextInt(STATES.size()));
        steps.add(stateStep(state, state.hasMedia() ? CLIPS.get(random.nextInt(CLIPS.size())) : ClipCatalogue.NONE));
        int actions = 1 + random.nextInt(size(index));
        boolean callback = false;
        boolean holding = state == BaseState.CLOSING;
        for (int i = 0; i < actions; i++) {
            int roll = random.nextInt(100);
            if (roll < 65) {
                SessionCall call = call(random);
                SessionCall other = roll < 55 ? null : call(random);
                if (holding && (call == SHUTDOWN || other == SHUTDOWN)) {
                    steps.add(Step.of(FixedStep.SHUTDOWN_WHILE_HOLDING));
                    holding = false;
                } else {
                    steps.add(other == null ? new Step.Call(call) : new Step.CallsAtOnce(List.of(call, other)));
                }
            } else if (roll < 85) {
                steps.add(Step.of(FixedStep.WAIT_FOR_ANSWERS));
            } else if (roll < 91) {
                steps.add(Step.of(FixedStep.HOLD_NEXT_SAMPLE));
                steps.add(Step.of(FixedStep.WAIT_FOR_ANSWERS));
                holding = true;
            } else if (roll < 94) {
                steps.add(Step.of(FixedStep.LET_HELD_SAMPLE_GO));
                holding = false;
            } else if (!callback) {
                callback = true;
                steps.add(new Step.CloseFromCallback(CALLBACK_EVENTS.get(random.nextInt(CALLBACK_EVENTS.size()))));
            }
        }
        steps.add(Step.of(FixedStep.KEPT_THE_CONTRACT));
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
    static boolean wellFormed(List<Step> steps) {
        boolean holding = steps.get(0) instanceof Step.InState given && given.state().base() == BaseState.CLOSING;
        for (Step step : steps) {
            if (step.equals(Step.of(FixedStep.HOLD_NEXT_SAMPLE))) {
                holding = true;
            } else if (step.equals(Step.of(FixedStep.LET_HELD_SAMPLE_GO))
                    || step.equals(Step.of(FixedStep.SHUTDOWN_WHILE_HOLDING))) {
                holding = false;
            } else if (holding && calls(step).contains(SHUTDOWN)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param step a step
     * @return the calls it makes the application make, in order: none for a step that is not a call
     */
    static List<SessionCall> calls(Step step) {
        if (step instanceof Step.Call call) {
            return List.of(call.call());
        }
        if (step instanceof Step.CallsAtOnce atOnce) {
            return atOnce.calls();
        }
        if (step instanceof Step.CallsEachOf each) {
            return each.calls();
        }
        return List.of();
    }

    /**
     * @param state a base state, as it is
     * @param clip  its clip
     * @return the state step
     */
    static Step stateStep(BaseState state, String clip) {
        return new Step.InState(new SessionState(SessionState.Stage.AS_IS, state), clip);
    }

    private static SessionCall call(Random random) {
        return CALLS.get(random.nextInt(CALLS.size()));
    }
}
