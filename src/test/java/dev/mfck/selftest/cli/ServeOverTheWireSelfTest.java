package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import dev.mfck.inmemory.InMemoryProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mfck serve} as a peer a user names with {@code --wire} (the way to check a Java
 * implementation on another machine's JVM, or under another JDK): the in-memory session served
 * over the wire gets the same verdict, scenario for scenario, as in process.
 */
class ServeOverTheWireSelfTest {

    private static final String RULES = "SECOND-CLOSE,CLOSE-IS-ASYNC,CLOSE-RELEASES-RESOURCES";

    @TempDir
    Path reports;

    @Test
    void theServedInMemorySessionGetsTheSameVerdictsAsInProcess() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        CliRun wire = mfck("run", "--wire", "'" + java + "' -cp '" + System.getProperty("java.class.path")
                        + "' dev.mfck.cli.Mfck serve --provider " + InMemoryProvider.class.getName(),
                "--rule", RULES, "--report-dir", reports.resolve("wire").toString());
        CliRun inProcess = mfck("run", "--in-process", "--provider", InMemoryProvider.class.getName(),
                "--rule", RULES, "--report-dir", reports.resolve("in-process").toString());
        assertThat(wire.exit()).as(wire.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(inProcess.exit()).as(inProcess.toString()).isEqualTo(ExitCodes.CONFORMANT);
        JsonNode overTheWire = Reports.conformance(reports.resolve("wire"));
        assertThat(overTheWire.at("/implementation/provider").asText()).startsWith("mfck-wire/1: ");
        assertThat(verdicts(overTheWire)).hasSize(Reports.scenariosOf(RULES.split(",")))
                .isEqualTo(verdicts(Reports.conformance(reports.resolve("in-process"))))
                .allSatisfy((id, verdict) -> assertThat(verdict).as(id).isEqualTo("PASS"));
    }

    private static Map<String, String> verdicts(JsonNode conformance) {
        Map<String, String> verdicts = new TreeMap<>();
        conformance.get("rules").forEach(rule -> rule.get("scenarios").forEach(scenario ->
                verdicts.put(scenario.get("id").asText(), scenario.get("verdict").asText())));
        return verdicts;
    }
}
