package dev.mfck.steps;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.matrix.SessionState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of the suite's steps, as Cucumber parameter types: states, clips, calls, HRESULTs
 * and events. Each matches only the names it knows, so a step with an unknown one is undefined
 * and the run stops on it, instead of failing a session for the kit's typo.
 */
public final class ParameterTypes {

    private static final String CALL = "(?:" + SessionCall.PATTERN + ")";

    /**
     * @param text a state, for example {@code closed from paused}
     * @return the state
     */
    @ParameterType(SessionState.PATTERN)
    public SessionState state(String text) {
        return SessionState.parse(text).orElseThrow();
    }

    /**
     * @param text a clip's name in the catalogue, or {@code none}
     * @return the name
     */
    @ParameterType(ClipCatalogue.PATTERN)
    public String clip(String text) {
        return text;
    }

    /**
     * @param text a call, for example {@code Start from the current position}
     * @return the call
     */
    @ParameterType(SessionCall.PATTERN)
    public SessionCall call(String text) {
        return SessionCall.parse(text);
    }

    /**
     * @param text calls written as a list, for example {@code Stop, Close and Shutdown}
     * @return the calls, in order
     */
    @ParameterType(CALL + "(?:, " + CALL + ")*(?: and " + CALL + ")")
    public List<SessionCall> calls(String text) {
        List<SessionCall> calls = new ArrayList<>();
        int and = text.lastIndexOf(" and ");
        for (String part : text.substring(0, and).split(", ")) {
            calls.add(SessionCall.parse(part));
        }
        calls.add(SessionCall.parse(text.substring(and + " and ".length())));
        return calls;
    }

    /**
     * @param cell a call in a data table's cell
     * @return the call
     */
    @DataTableType
    public SessionCall callInATable(String cell) {
        return SessionCall.parse(cell);
    }

    /**
     * @param text an HRESULT's name, for example {@code MF_E_SHUTDOWN}
     * @return the HRESULT
     */
    @ParameterType("S_OK|MF_E_SHUTDOWN|MF_E_INVALIDREQUEST|MF_E_NO_EVENTS_AVAILABLE|MF_E_MULTIPLE_SUBSCRIBERS")
    public HResult hresult(String text) {
        return HResultNames.named(text);
    }

    /**
     * @param text a session event's name, for example {@code MESessionStarted}
     * @return the event type
     */
    @ParameterType("MESessionTopologySet|MESessionTopologiesCleared|MESessionStarted|MESessionPaused|MESessionStopped"
            + "|MESessionClosed|MESessionEnded")
    public MediaEventType event(String text) {
        return Arrays.stream(MediaEventType.values()).filter(type -> type.mfName().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event named " + text));
    }
}
