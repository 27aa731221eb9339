package dev.mfck.reference.media;

import dev.mfck.spi.HResult;

/** A clip could not be opened as a media source: carries the HRESULT that reports why. */
public final class SourceOpenFailure extends Exception {

    private final transient HResult hr;

    SourceOpenFailure(HResult hr, String message, Throwable cause) {
        super(message, cause);
        this.hr = hr;
    }

    /** @return the topology HRESULT for this failure */
    public HResult hr() {
        return hr;
    }
}
