/**
 * An executable model of the Close contract: given what a session answered and what it did
 * (calls with their results, events, samples, in the order the kit saw them), the first
 * departure from a rule of {@code features/rules.md}, the answers still due, and the (state,
 * call) pairs the history reached. It never plays media and never calls a session: it judges.
 */
package dev.mfck.model;
