package dev.mfck.reference.flakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the runs of one condition gave: every scenario that did not pass, counted by verdict. */
final class Tally {

    private final Condition condition;
    private final List<Double> wallSeconds = new ArrayList<>();
    private final Map<String, Map<String, Integer>> nonPassByScenario = new TreeMap<>();
    private final List<String> firstMessages = new ArrayList<>();
    private int scenarios;
    private int nonPass;

    Tally(Condition condition) {
        this.condition = condition;
    }

    Condition condition() {
        return condition;
    }

    /**
     * @param seconds the run's wall time
     * @param verdicts every scenario's verdict, by scenario id
     * @param messages what a scenario that did not pass said, by scenario id
     */
    void run(double seconds, Map<String, String> verdicts, Map<String, String> messages) {
        wallSeconds.add(seconds);
        scenarios += verdicts.size();
        verdicts.forEach((id, verdict) -> {
            if (!verdict.equals("PASS")) {
                nonPass++;
                nonPassByScenario.computeIfAbsent(id, any -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
                if (firstMessages.size() < 5) {
                    firstMessages.add(id + " " + verdict + ": " + messages.getOrDefault(id, ""));
                }
            }
        });
    }

    List<Double> wallSeconds() {
        return wallSeconds;
    }

    int scenarios() {
        return scenarios;
    }

    int nonPass() {
        return nonPass;
    }

    Map<String, Map<String, Integer>> nonPassByScenario() {
        return nonPassByScenario;
    }

    List<String> firstMessages() {
        return firstMessages;
    }
}
