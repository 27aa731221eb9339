/**
 * One conformance run: launches the suite against an implementation through the JUnit
 * Platform, turns every scenario's outcome into a {@link dev.mfck.failure.Verdict}, derives
 * each rule's status from its scenarios, and the run's verdict from the required rules.
 */
package dev.mfck.run;
