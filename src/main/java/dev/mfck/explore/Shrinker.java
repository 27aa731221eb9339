package dev.mfck.explore;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.matrix.BaseState;
import dev.mfck.steps.FixedStep;
import dev.mfck.steps.Step;
import dev.mfck.timing.Deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing sequence: removes ever smaller runs of its actions (delta debugging), then
 * tries simpler starting states and clips, keeping each change only when the sequence still
 * breaks the same rule. Sessions are real and concurrent, so a candidate that passes once is
 * dropped, never retried: what is kept has failed every time it ran. Then it steadies the
 * result: a short sequence often races the session (Close, then at once a call whose answer
 * depends on whether closing has completed), so it tries the sequence with a wait for the
 * session's answers after one of its actions, or with two calls at once made one after the
 * other with a wait between, and keeps whichever breaks the rule most often.
 */
final class Shrinker {

    /** The most actions, waits included, a steadied variant may have: a scenario a person reads at a glance. */
    static final int MOST_WAITED_ACTIONS = 5;

    /** How many times each steadied candidate runs. */
    static final int STEADY_RUNS = 4;

    private final Predicate<List<Step>> stillFails;
    private final Predicate<List<Step>> failsOnce;
    private static final Step WAIT = Step.of(FixedStep.WAIT_FOR_ANSWERS);

    private final Deadline deadline;
    private final int maxRuns;
    private int runs;
    private int steadiness;

    /**
     * @param stillFails runs a candidate and says whether it breaks the same rule every time
     * @param failsOnce  runs a candidate once and says whether it broke the same rule
     * @param deadline   when to stop shrinking
     * @param maxRuns    the most candidates to run
     */
    Shrinker(Predicate<List<Step>> stillFails, Predicate<List<Step>> failsOnce, Deadline deadline, int maxRuns) {
        this.stillFails = stillFails;
        this.failsOnce = failsOnce;
        this.deadline = deadline;
        this.maxRuns = maxRuns;
    }

    /** @return in how many of {@value #STEADY_RUNS} reruns the shrunk sequence broke the rule */
    int steadiness() {
        return steadiness;
    }

    /** @return how many candidates it ran */
    int runs() {
        return runs;
    }

    /**
     * @param steps a failing sequence: its state step, actions, and the judgement last
     * @return the shortest sequence found that still fails
     */
    List<Step> shrink(List<Step> steps) {
        Step state = steps.get(0);
        Step judge = steps.get(steps.size() - 1);
        List<Step> actions = new ArrayList<>(steps.subList(1, steps.size() - 1));
        int parts = 2;
        while (!actions.isEmpty() && budgetLeft()) {
            int size = Math.max(1, (actions.size() + parts - 1) / parts);
            boolean removed = false;
            for (int from = 0; from < actions.size() && budgetLeft(); from += size) {
                List<Step> candidate = new ArrayList<>(actions);
                candidate.subList(from, Math.min(actions.size(), from + size)).clear();
                if (fails(state, candidate, judge)) {
                    actions = candidate;
                    parts = Math.max(parts - 1, 2);
                    removed = true;
                    break;
                }
            }
            if (!removed) {
                if (size == 1) {
                    break;
                }
                parts = Math.min(parts * 2, actions.size());
            }
        }
        for (Step simpler : simplerStates(state)) {
            if (!budgetLeft()) {
                break;
            }
            if (fails(simpler, actions, judge)) {
                state = simpler;
                break;
            }
        }
        List<Step> shrunk = new ArrayList<>();
        shrunk.add(state);
        shrunk.addAll(actions);
        shrunk.add(judge);
        return steady(shrunk);
    }

    /**
     * @return the sequence waited out between all its actions, a variant with one wait, or the sequence
     * as it is: the first that broke the rule every time, else whichever broke it most often (the more
     * waited one on a tie). A wait takes the session's timing out of the sequence, so a departure that
     * shows with the waits is one a rerun meets too; a departure that needs a race keeps its race.
     */
    private List<Step> steady(List<Step> shrunk) {
        List<Step> best = shrunk;
        int bestScore = -1;
        List<List<Step>> candidates = new ArrayList<>();
        List<Step> waited = waitedThroughout(shrunk);
        if (!waited.equals(shrunk) && waited.size() - 2 <= MOST_WAITED_ACTIONS) {
            candidates.add(waited);
        }
        variants(shrunk).stream().filter(variant -> variant.size() - 2 <= MOST_WAITED_ACTIONS).forEach(candidates::add);
        candidates.add(shrunk);
        for (List<Step> candidate : candidates) {
            if (bestScore == STEADY_RUNS || !budgetLeft()) {
                break;
            }
            int score = SequenceGenerator.wellFormed(candidate) ? score(candidate) : 0;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        steadiness = Math.max(bestScore, 0);
        return best;
    }

    /** @return the sequence with a wait for the session's answers after every action but the last */
    private static List<Step> waitedThroughout(List<Step> steps) {
        List<Step> waited = new ArrayList<>();
        waited.add(steps.get(0));
        for (int i = 1; i < steps.size() - 1; i++) {
            Step step = steps.get(i);
            waited.add(step);
            boolean last = i == steps.size() - 2;
            if (!last && !step.equals(WAIT) && !steps.get(i + 1).equals(WAIT)) {
                waited.add(WAIT);
            }
        }
        waited.add(steps.get(steps.size() - 1));
        return waited;
    }

    private int score(List<Step> candidate) {
        int failed = 0;
        for (int run = 0; run < STEADY_RUNS && budgetLeft(); run++) {
            runs++;
            if (failsOnce.test(candidate)) {
                failed++;
            }
        }
        return failed;
    }

    private static List<List<Step>> variants(List<Step> steps) {
        List<List<Step>> variants = new ArrayList<>();
        for (int i = 1; i < steps.size() - 1; i++) {
            Step step = steps.get(i);
            if (step instanceof Step.CallsAtOnce atOnce && atOnce.calls().size() == 2) {
                List<Step> split = new ArrayList<>(steps);
                split.remove(i);
                split.addAll(i, List.of(new Step.Call(atOnce.calls().get(0)), WAIT, new Step.Call(atOnce.calls().get(1))));
                variants.add(split);
            }
            if (!step.equals(WAIT) && !steps.get(i + 1).equals(WAIT)) {
                List<Step> waited = new ArrayList<>(steps);
                waited.add(i + 1, WAIT);
                variants.add(waited);
            }
        }
        return variants;
    }

    private boolean fails(Step state, List<Step> actions, Step judge) {
        List<Step> candidate = new ArrayList<>();
        candidate.add(state);
        candidate.addAll(actions);
        candidate.add(judge);
        if (!SequenceGenerator.wellFormed(candidate)) {
            return false;
        }
        runs++;
        return stillFails.test(candidate);
    }

    private boolean budgetLeft() {
        return runs < maxRuns && !deadline.passed();
    }

    /** The states before this one in the generator's order, each with av-long, then this state with av-long. */
    private static List<Step> simplerStates(Step state) {
        Step.InState given = (Step.InState) state;
        List<Step> simpler = new ArrayList<>();
        for (BaseState candidate : SequenceGenerator.STATES) {
            if (candidate == given.state().base()) {
                break;
            }
            simpler.add(SequenceGenerator.stateStep(candidate, candidate.hasMedia() ? ClipCatalogue.AV_LONG
                    : ClipCatalogue.NONE));
        }
        if (!given.clip().equals(ClipCatalogue.NONE) && !given.clip().equals(ClipCatalogue.AV_LONG)) {
            simpler.add(new Step.InState(given.state(), ClipCatalogue.AV_LONG));
        }
        return simpler;
    }
}
