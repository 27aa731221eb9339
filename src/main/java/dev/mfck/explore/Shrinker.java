package dev.mfck.explore;

import dev.mfck.timing.Deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing sequence: removes ever smaller runs of its actions (delta debugging), then
 * tries simpler starting states and clips, keeping each change only when the sequence still
 * breaks the same rule. Sessions are real and concurrent, so a candidate that passes once is
 * dropped, never retried: what is kept has failed every time it ran.
 */
final class Shrinker {

    private final Predicate<List<String>> stillFails;
    private final Deadline deadline;
    private final int maxRuns;
    private int runs;

    /**
     * @param stillFails runs a candidate and says whether it breaks the same rule
     * @param deadline   when to stop shrinking
     * @param maxRuns    the most candidates to run
     */
    Shrinker(Predicate<List<String>> stillFails, Deadline deadline, int maxRuns) {
        this.stillFails = stillFails;
        this.deadline = deadline;
        this.maxRuns = maxRuns;
    }

    /** @return how many candidates it ran */
    int runs() {
        return runs;
    }

    /**
     * @param steps a failing sequence: its state step, actions, and the judgement last
     * @return the shortest sequence found that still fails
     */
    List<String> shrink(List<String> steps) {
        String state = steps.get(0);
        String judge = steps.get(steps.size() - 1);
        List<String> actions = new ArrayList<>(steps.subList(1, steps.size() - 1));
        int parts = 2;
        while (!actions.isEmpty() && budgetLeft()) {
            int size = Math.max(1, (actions.size() + parts - 1) / parts);
            boolean removed = false;
            for (int from = 0; from < actions.size() && budgetLeft(); from += size) {
                List<String> candidate = new ArrayList<>(actions);
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
        for (String simpler : simplerStates(state)) {
            if (!budgetLeft()) {
                break;
            }
            if (fails(simpler, actions, judge)) {
                state = simpler;
                break;
            }
        }
        List<String> shrunk = new ArrayList<>();
        shrunk.add(state);
        shrunk.addAll(actions);
        shrunk.add(judge);
        return shrunk;
    }

    private boolean fails(String state, List<String> actions, String judge) {
        List<String> candidate = new ArrayList<>();
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
    private static List<String> simplerStates(String state) {
        List<String> simpler = new ArrayList<>();
        for (String candidate : SequenceGenerator.STATES) {
            if (state.startsWith(SequenceGenerator.stateStep(candidate, ""))) {
                break;
            }
            String media = candidate.equals("new") || candidate.equals("start failed") ? "none" : "av-long";
            simpler.add(SequenceGenerator.stateStep(candidate, media));
        }
        if (!state.endsWith("none") && !state.endsWith("av-long")) {
            simpler.add(state.substring(0, state.lastIndexOf(' ') + 1) + "av-long");
        }
        return simpler;
    }
}
