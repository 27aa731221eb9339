package dev.mfck.model;

import dev.mfck.rules.RuleId;

import java.util.Set;

/**
 * Where a session left the contract.
 *
 * @param ruleId     the rule it broke, as {@code features/rules.md} names it
 * @param observed   what it did, in a sentence or two
 * @param alsoBreaks the other rules what it did breaks as well (a second MESessionClosed breaks every rule
 *                   that requires exactly one), whose scenarios may rightly fail on it
 */
public record Departure(RuleId ruleId, String observed, Set<RuleId> alsoBreaks) {

    /** Copies the set. */
    public Departure {
        alsoBreaks = Set.copyOf(alsoBreaks);
    }

    /**
     * A departure from one rule.
     *
     * @param ruleId   the rule it broke
     * @param observed what it did
     */
    public Departure(RuleId ruleId, String observed) {
        this(ruleId, observed, Set.of());
    }

    /**
     * @param rule a rule
     * @return whether what the session did breaks it
     */
    public boolean breaks(RuleId rule) {
        return ruleId == rule || alsoBreaks.contains(rule);
    }
}
