/**
 * The Cucumber glue that runs the specification in {@code features/} against an
 * implementation: one step class per concern, sharing one {@link dev.mfck.steps.ScenarioDriver}.
 */
package dev.mfck.steps;
