package dev.mfck.failure;

/** A scenario that did not pass: carries its verdict, and a message that explains it. */
public class ConformanceFailure extends AssertionError {

    private final Verdict verdict;

    ConformanceFailure(Verdict verdict, String message, Throwable cause) {
        super(message, cause);
        this.verdict = verdict;
    }

    /** @return the scenario's verdict */
    public Verdict verdict() {
        return verdict;
    }
}
