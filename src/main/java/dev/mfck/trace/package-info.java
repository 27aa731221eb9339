/** What a session did during a scenario: calls, events, samples and notes, with their times. */
package dev.mfck.trace;
