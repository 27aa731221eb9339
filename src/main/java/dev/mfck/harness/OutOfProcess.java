package dev.mfck.harness;

import dev.mfck.failure.OtherProcessFault;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.Topology;
import dev.mfck.trace.TraceEntry;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A session the kit reaches in another process: what that process writes to its standard error
 * belongs in the scenario's trace, and a fault of the process (it died, it broke the protocol)
 * is the scenario's verdict even when no call was waiting for an answer.
 */
public interface OutOfProcess {

    /**
     * @param notes takes, from now on, each line the other process writes to its standard error (a
     *              {@link TraceEntry.Note#REMARK}) and, when the process fails, what went wrong (a
     *              {@link TraceEntry.Note#PROCESS_FAILED}: waits end on it)
     */
    void noteTo(BiConsumer<TraceEntry.Note, String> notes);

    /**
     * Asks the other process to hold the next sample any of these sinks receives: to stay
     * inside that sink callback until the kit's sink returns. The process tells the kit of every
     * other sample without waiting for it.
     *
     * @param sinks the kit's sinks
     */
    void holdNextSample(List<SampleSink> sinks);

    /**
     * Tells the other process that the scenario is done with the session (after its Shutdown):
     * it releases the session and the objects the kit gave it or named for it, so that a process
     * that serves a whole run keeps nothing of the scenarios it has served.
     *
     * @param topologies the partial topologies the kit asked for, for this session
     * @param sinks      the kit's sinks in them
     */
    void end(List<Topology> topologies, List<SampleSink> sinks);

    /** @return what went wrong with the other process, if anything did */
    Optional<OtherProcessFault> fault();

    /**
     * Gives the other process up after a call into it hung: it is ended (with everything it
     * started), and the next scenario starts a fresh one.
     *
     * @param why why, for the trace
     */
    void abandon(String why);
}
