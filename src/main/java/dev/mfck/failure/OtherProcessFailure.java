package dev.mfck.failure;

/** The implementation's other process could not be made to serve: it did not start, or the kit gave up starting it. */
public final class OtherProcessFailure extends RuntimeException {

    private final transient OtherProcessFault fault;

    /**
     * @param fault what went wrong
     * @param cause the underlying error, or null
     */
    public OtherProcessFailure(OtherProcessFault fault, Throwable cause) {
        super(fault.description(), cause);
        this.fault = fault;
    }

    /** @return what went wrong */
    public OtherProcessFault fault() {
        return fault;
    }
}
