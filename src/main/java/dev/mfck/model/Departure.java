package dev.mfck.model;

import dev.mfck.rules.RuleId;

/**
 * Where a session left the contract.
 *
 * @param ruleId   the rule it broke, as {@code features/rules.md} names it
 * @param observed what it did, in a sentence or two
 */
public record Departure(RuleId ruleId, String observed) {
}
