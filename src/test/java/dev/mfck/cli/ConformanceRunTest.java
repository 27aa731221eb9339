package dev.mfck.cli;

import dev.mfck.baseline.Gate;
import dev.mfck.failure.Verdict;
import dev.mfck.run.RunResult;
import dev.mfck.run.RunResults;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit code of a run: the gate, unless the kit itself failed. */
class ConformanceRunTest {

    private final RunResult passing = RunResults.of(Map.of("CLOSE-RETURNS-OK", List.of(Verdict.PASS)));

    @Test
    void theGateDecidesBetweenZeroAndOne() {
        assertThat(new ConformanceRun(passing, Optional.empty(), new Gate(true, "ok")).exitCode()).isZero();
        assertThat(new ConformanceRun(passing, Optional.empty(), new Gate(false, "no")).exitCode()).isEqualTo(1);
    }

    @Test
    void aKitErrorMakesTheRunUntrustworthyWhateverTheGate() {
        RunResult withKitError = new RunResult(passing.info(), passing.rules(), passing.scenarios(),
                List.of("the kit failed in 'x' (x.feature:1), not the implementation: boom"));
        ConformanceRun run = new ConformanceRun(withKitError, Optional.empty(), new Gate(true, "ok"));
        assertThat(run.exitCode()).isEqualTo(2);
        StringWriter err = new StringWriter();
        run.explainKitErrors(new PrintWriter(err, true));
        assertThat(err.toString()).startsWith("mfck: the kit itself failed in 1 place").contains("cannot be trusted");
    }
}
