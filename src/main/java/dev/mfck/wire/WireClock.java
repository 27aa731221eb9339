package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.PresentationClock;

/**
 * A presentation clock in the peer. Two are equal when the peer gave them the same name on the
 * same connection: GetClock's "the same clock" is the peer's to say.
 *
 * @param channel the connection
 * @param name    the peer's name for it
 */
record WireClock(WireChannel channel, String name) implements PresentationClock {

    @Override
    public CallResult<Long> getTime() {
        JsonNode result = channel.call(WireMethod.CLOCK_GET_TIME, WireJson.object().put("clock", name));
        return new CallResult<>(WireJson.hrOf(result), result.has("time") ? result.get("time").asLong() : null);
    }

    @Override
    public CallResult<ClockState> getState() {
        JsonNode result = channel.call(WireMethod.CLOCK_GET_STATE, WireJson.object().put("clock", name));
        return new CallResult<>(WireJson.hrOf(result), result.has("state") ? WireJson.clockState(result.get("state").asText()) : null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireClock that && that.channel == channel && that.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "clock " + name;
    }
}
