package dev.mfck.spi;

import java.util.Objects;

/**
 * The result of a COM method that has an out value: its HRESULT plus the value.
 *
 * @param hr    the HRESULT the method returned; never null
 * @param value the out value; meaningful only when {@code hr} succeeded, and then not null
 * @param <T>   the type of the out value
 */
public record CallResult<T>(HResult hr, T value) {

    /**
     * Checks that the HRESULT is present.
     *
     * @param hr    the HRESULT
     * @param value the out value
     */
    public CallResult {
        Objects.requireNonNull(hr, "hr");
    }

    /**
     * A successful result.
     *
     * @param value the out value
     * @param <T>   its type
     * @return {@code S_OK} with the value
     */
    public static <T> CallResult<T> ok(T value) {
        return new CallResult<>(HResult.S_OK, Objects.requireNonNull(value, "value"));
    }

    /**
     * A result with no out value.
     *
     * @param hr  the HRESULT, normally a failure
     * @param <T> the type the out value would have had
     * @return the result
     */
    public static <T> CallResult<T> of(HResult hr) {
        return new CallResult<>(hr, null);
    }
}
