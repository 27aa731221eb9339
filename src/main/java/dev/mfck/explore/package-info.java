/**
 * {@code mfck explore}: random sequences of the suite's own steps against a session, each judged
 * by the model of the contract ({@code dev.mfck.model}); a departure is shrunk to a short
 * sequence and written as a Gherkin scenario that fails the same rule under {@code mfck run}.
 */
package dev.mfck.explore;
