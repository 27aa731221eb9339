package dev.mfck.failure;

import org.opentest4j.TestAbortedException;

/**
 * The scenario needs an optional capability that the implementation does not declare. JUnit
 * and Cucumber report it as skipped, never as passed; the message gives the reason.
 */
public final class CapabilityNotSupported extends TestAbortedException {

    CapabilityNotSupported(String message) {
        super(message);
    }
}
