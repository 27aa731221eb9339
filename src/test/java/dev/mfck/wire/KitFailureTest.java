package dev.mfck.wire;

import dev.mfck.failure.Evidence;
import dev.mfck.failure.OtherProcessFault;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.trace.EventTrace;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An error inside the kit while it serves a peer is the kit's own failure, never a verdict on the peer. */
class KitFailureTest {

    @Test
    void aReaderThreadThatDiesFaultsTheChannelAsTheKitsOwnFailure() {
        List<Throwable> kitFailures = new CopyOnWriteArrayList<>();
        WireChannel channel = new WireChannel("the peer", new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("simulated: the kit's heap is gone");
            }
        }, line -> { }, new WireSchemas(), null, () -> "is still running", () -> { }, WireChannel.FLOOD_LIMIT);
        channel.onKitFailure(kitFailures::add);
        channel.start();
        channel.awaitEnd();
        assertThat(kitFailures).singleElement().isInstanceOf(OutOfMemoryError.class);
        assertThat(channel.fault()).get().asString().contains("the kit itself failed reading the peer's output");
    }

    @Test
    void theKitsFailureIsAKitErrorNotAVerdict() {
        Evidence evidence = new Evidence(RuleCatalogue.load().rules().get(0), new EventTrace());
        assertThatThrownBy(() -> evidence.faultOf(OtherProcessFault.ofKit("the kit itself failed reading the peer's "
                + "standard error: java.lang.OutOfMemoryError"))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the kit itself failed, not the implementation");
    }
}
