package dev.mfck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.baseline.BaselineCheck;
import dev.mfck.baseline.Expectations;
import dev.mfck.baseline.Gate;
import dev.mfck.failure.Verdict;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.run.RuleResult;
import dev.mfck.run.RunResult;
import dev.mfck.run.RunResults;
import dev.mfck.run.ScenarioResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.mfck.failure.Verdict.BLOCKED;
import static dev.mfck.failure.Verdict.FAIL;
import static dev.mfck.failure.Verdict.NOT_SUPPORTED;
import static dev.mfck.failure.Verdict.PASS;
import static org.assertj.core.api.Assertions.assertThat;

/** The kit's two reports of a hand-made run: every section, and text that must be escaped. */
class KitReportsTest {

    private static final String NASTY = "Close returned \"E_FAIL\" <script>alert(1)</script> & \u0001\ttab\nline";

    @TempDir
    Path dir;

    @Test
    void conformanceJsonIsValidJsonWithEveryFieldAndTheTextAsItWas() throws IOException {
        RunResult run = nastyRun();
        KitReports.write(dir, run, Optional.empty(), Gate.decide(run, Optional.empty()));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("conformance.json").toFile());
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_CONFORMANT");
        assertThat(json.fieldNames()).toIterable().containsExactly("schema", "verdict", "kit", "implementation",
                "environment", "run", "summary", "rules", "warnings", "kitErrors", "expectations", "gate");
        assertThat(json.get("expectations").isNull()).isTrue();
        JsonNode async = json.get("rules").get(2);
        assertThat(async.get("id").asText()).isEqualTo("CLOSE-IS-ASYNC");
        assertThat(async.get("scenarios").get(1).get("observed").asText()).isEqualTo(NASTY);
        assertThat(json.at("/summary/rules/NOT_RUN").asInt()).isEqualTo(RuleCatalogue.load().rules().size() - 4);
        assertThat(json.at("/summary/scenarios/FAIL").asInt()).isEqualTo(2);
    }

    @Test
    void indexPageEscapesTextAndHasEverySection() throws IOException {
        RunResult run = nastyRun();
        Path file = Files.write(dir.resolve("e.txt"), List.of("CLOSE-IS-ASYNC FAIL known <b>bold</b>",
                "CLOSE-RETURNS-OK FAIL fixed since"));
        BaselineCheck check = BaselineCheck.of(run, Expectations.read(file, RuleCatalogue.load()));
        KitReports.write(dir, run, Optional.of(check), Gate.decide(run, Optional.of(check)));
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).doesNotContain("<script>", "<b>bold</b>");
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("verdict").text()).isEqualTo("NOT_CONFORMANT");
        assertThat(page.getElementById("run").text())
                .contains("5 run: 2 PASS, 2 FAIL, 1 NOT_SUPPORTED, 0 TIMEOUT, 0 IMPLEMENTATION_FAULT");
        assertThat(page.getElementById("gate").text()).startsWith("CI gate: passes: not conformant, but");
        assertThat(page.getElementById("warnings").text()).contains("SECOND-CLOSE (interpretation) FAIL");
        assertThat(page.select("section.failure dd.observed").eachText())
                .anyMatch(shown -> shown.contains("\"E_FAIL\" <script>alert(1)</script> &"));
        assertThat(page.select("#expected li")).hasSize(1);
        assertThat(page.select("#unexpected li")).hasSize(1);
        assertThat(page.select("#unexpected-passes li").text()).contains("CLOSE-RETURNS-OK FAIL: fixed since");
        assertThat(page.select("#not-supported li").text()).contains(RunResults.scenarioId("CLOSE-RELEASES-RESOURCES", 0));
        assertThat(page.select("svg.timeline")).hasSize(2);
    }

    @Test
    void aBlockedScenarioPointsAtTheRuleThatShowsWhy() throws IOException {
        RunResult plain = RunResults.of(Map.of("CLOSE-ONE-CLOSED-EVENT", List.of(FAIL), "ALLOWED-AFTER-CLOSE",
                List.of(PASS, BLOCKED)));
        List<ScenarioResult> scenarios = plain.scenarios().stream().map(s -> s.verdict() == BLOCKED
                ? new ScenarioResult(s.id(), s.location(), s.name(), s.ruleId(), s.verdict(), "no MESessionClosed",
                "CLOSE-ONE-CLOSED-EVENT", "no MESessionClosed", s.trace(), s.took()) : s).toList();
        List<RuleResult> rules = plain.rules().stream().map(r -> new RuleResult(r.rule(), r.status(),
                scenarios.stream().filter(s -> s.ruleId().equals(r.rule().id())).toList())).toList();
        RunResult run = new RunResult(plain.info(), rules, scenarios, List.of());
        KitReports.write(dir, run, Optional.empty(), Gate.decide(run, Optional.empty()));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("conformance.json").toFile());
        assertThat(json.at("/summary/rules/BLOCKED").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/scenarios/BLOCKED").asInt()).isEqualTo(1);
        JsonNode allowed = json.get("rules").get(7);
        assertThat(allowed.get("id").asText()).isEqualTo("ALLOWED-AFTER-CLOSE");
        assertThat(allowed.get("status").asText()).isEqualTo("BLOCKED");
        assertThat(allowed.at("/scenarios/1/blockedBy").asText()).isEqualTo("CLOSE-ONE-CLOSED-EVENT");
        assertThat(json.get("gate").get("reason").asText()).contains("ALLOWED-AFTER-CLOSE (BLOCKED)");

        Document page = Jsoup.parse(Files.readString(dir.resolve("index.html")));
        assertThat(page.select("dd.blocked-by a").attr("href")).isEqualTo("#status-CLOSE-ONE-CLOSED-EVENT");
        assertThat(page.getElementById("status-CLOSE-ONE-CLOSED-EVENT")).isNotNull();
        assertThat(page.getElementById("status-ALLOWED-AFTER-CLOSE").attr("data-status")).isEqualTo("BLOCKED");
    }

    /** CLOSE-IS-ASYNC fails with a message full of markup; SECOND-CLOSE fails (a warning); one rule is not supported. */
    private static RunResult nastyRun() {
        RunResult plain = RunResults.of(Map.of("CLOSE-IS-ASYNC", List.of(PASS, FAIL), "CLOSE-RETURNS-OK", List.of(PASS),
                "SECOND-CLOSE", List.of(FAIL), "CLOSE-RELEASES-RESOURCES", List.of(NOT_SUPPORTED)));
        List<ScenarioResult> scenarios = plain.scenarios().stream().map(s -> s.ruleId().equals("CLOSE-IS-ASYNC")
                && s.verdict() == Verdict.FAIL ? new ScenarioResult(s.id(), s.location(), s.name(), s.ruleId(), s.verdict(),
                NASTY, "", NASTY, s.trace(), s.took()) : s).toList();
        List<RuleResult> rules = plain.rules().stream().map(r -> new RuleResult(r.rule(), r.status(),
                scenarios.stream().filter(s -> s.ruleId().equals(r.rule().id())).toList())).toList();
        return new RunResult(plain.info(), rules, scenarios, List.of());
    }
}
