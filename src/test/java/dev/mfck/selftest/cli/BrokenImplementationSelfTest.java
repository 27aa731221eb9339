package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.baseline.Expectation;
import dev.mfck.baseline.Expectations;
import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.rules.RuleLevel;
import dev.mfck.run.KitVersion;
import dev.mfck.selftest.SwitchableProvider;
import dev.mfck.selftest.mutants.Mutant;
import dev.mfck.spec.ScenarioCatalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance of the command line against a broken implementation from the self-tests: the
 * whole suite, exit 1, every report naming the failed rules; a baseline written from the run
 * makes the next run exit 0; the baseline's entries are exactly the failures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenImplementationSelfTest {

    private static final Mutant BROKEN = Sessions.mutant("two-closed-events");
    private static final String PROVIDER = SwitchableProvider.class.getName();
    private static final int SUITE = ScenarioCatalogue.load().scenarios().size();

    @TempDir
    static Path scratch;
    private Path reports;
    private CliRun run;

    @BeforeAll
    void runTheWholeSuiteAgainstTheBrokenSession() {
        reports = scratch.resolve("reports");
        SwitchableProvider.use(BROKEN.name(), BROKEN.sessions());
        run = mfck("run", "--in-process", "--provider", PROVIDER, "--report-dir", reports.toString());
    }

    @AfterAll
    void conformingAgain() {
        SwitchableProvider.use(null, null);
    }

    @Test
    void exitsOneAndNamesTheFailedRules() {
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(run.out()).contains("Running " + SUITE + " scenarios.", "[" + SUITE + "/" + SUITE + ",",
                "Verdict: NOT_CONFORMANT");
        String gate = run.out().lines().filter(l -> l.startsWith("Gate: fails: required rules failed: ")).findFirst()
                .orElseThrow();
        RuleCatalogue catalogue = RuleCatalogue.load();
        for (String id : BROKEN.breaks()) {
            Rule rule = catalogue.find(id).orElseThrow();
            boolean required = rule.level() == RuleLevel.REQUIRED;
            assertThat(gate.contains(id + " (FAIL)")).as(id).isEqualTo(required);
            assertThat(run.out()).containsPattern(id + "\\s+" + rule.level().name().toLowerCase() + "\\s+FAIL\\s"
                    + (required ? "" : ".*\\(warning\\)"));
        }
        assertThat(BROKEN.breaks()).as("the mutant breaks required and other rules")
                .anyMatch(id -> catalogue.find(id).orElseThrow().level() == RuleLevel.REQUIRED)
                .anyMatch(id -> catalogue.find(id).orElseThrow().level() != RuleLevel.REQUIRED);
    }

    @Test
    void conformanceJsonStatesTheRunAndTheFailedRules() {
        JsonNode json = Reports.conformance(reports);
        assertThat(json.get("schema").asText()).isEqualTo("mfck-conformance/1");
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_CONFORMANT");
        assertThat(json.at("/kit/version").asText()).isEqualTo(KitVersion.get()).isNotEqualTo("unknown");
        assertThat(json.at("/kit/suiteSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(json.at("/implementation/name").asText()).contains(BROKEN.name());
        assertThat(json.at("/implementation/version").asText()).isEqualTo("test");
        assertThat(json.at("/implementation/provider").asText()).isEqualTo(PROVIDER);
        assertThat(json.at("/environment/java").asText()).contains(System.getProperty("java.version").split("\\.")[0]);
        assertThat(json.at("/environment/os").asText()).contains(System.getProperty("os.name"));
        assertThat(Instant.parse(json.at("/run/started").asText())).isBefore(Instant.now());
        assertThat(json.at("/run/durationMs").asLong()).isPositive();
        assertThat(json.get("rules")).hasSize(RuleCatalogue.load().rules().size());
        assertThat(Reports.rulesWithStatus(json, "FAIL", "TIMEOUT", "IMPLEMENTATION_FAULT"))
                .isEqualTo(new TreeSet<>(BROKEN.breaks()));
        json.get("rules").forEach(rule -> {
            assertThat(rule.get("level").asText()).isIn("required", "recommended", "interpretation");
            assertThat(rule.get("scenarios")).isNotEmpty();
            rule.get("scenarios").forEach(s -> {
                assertThat(s.get("id").asText()).startsWith(rule.get("id").asText() + "[").endsWith("]");
                assertThat(s.get("location").asText()).matches("[a-z_]+\\.feature:\\d+");
                if (!s.get("verdict").asText().equals("PASS")) {
                    assertThat(s.get("observed").asText()).isNotBlank();
                    assertThat(s.get("lastCall").asText()).isNotBlank();
                }
            });
        });
        assertThat(json.at("/summary/scenarios/PASS").asInt() + json.at("/summary/scenarios/FAIL").asInt()
                + json.at("/summary/scenarios/BLOCKED").asInt()).isEqualTo(SUITE);
    }

    @Test
    void cucumbersReportsAreWrittenAndAgree() throws Exception {
        org.w3c.dom.Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(reports.resolve("cucumber.xml").toFile());
        NodeList cases = junit.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(SUITE);
        int failures = Integer.parseInt(junit.getDocumentElement().getAttribute("failures"));
        JsonNode summary = Reports.conformance(reports).at("/summary/scenarios");
        assertThat(failures).isEqualTo(summary.get("FAIL").asInt() + summary.get("BLOCKED").asInt()).isPositive();

        JsonNode features = new ObjectMapper().readTree(reports.resolve("cucumber.json").toFile());
        int scenarios = 0;
        for (JsonNode feature : features) {
            scenarios += feature.get("elements").size();
        }
        assertThat(scenarios).isEqualTo(SUITE);

        List<String> messages = Files.readAllLines(reports.resolve("cucumber.ndjson"), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        Set<String> kinds = new TreeSet<>();
        for (String message : messages) {
            mapper.readTree(message).fieldNames().forEachRemaining(kinds::add);
        }
        assertThat(kinds).contains("testRunStarted", "pickle", "testCaseFinished", "testRunFinished");

        assertThat(Files.readString(reports.resolve("cucumber.html"))).contains("<html").contains("Cucumber");
    }

    @Test
    void indexPageShowsTheVerdictTheRulesAndEveryFailureInChromium() throws Exception {
        Path page = reports.resolve("index.html");
        String source = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(source).as("a self-contained page loads nothing").doesNotContainPattern("(src|href)=\"(https?:)?//");

        Document dom = Jsoup.parse(Chromium.dumpDom(page, scratch));
        assertThat(dom.title()).contains("NOT_CONFORMANT");
        assertThat(dom.getElementById("verdict").text()).isEqualTo("NOT_CONFORMANT");
        assertThat(dom.getElementById("gate").text()).contains("fails", "required rules failed");

        Set<String> failedInMatrix = dom.select("#rules tr[data-status=FAIL]").stream()
                .map(row -> row.attr("data-rule")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(failedInMatrix).isEqualTo(new TreeSet<>(BROKEN.breaks()));
        RuleCatalogue catalogue = RuleCatalogue.load();
        JsonNode json = Reports.conformance(reports);
        int rules = catalogue.rules().size();
        assertThat(dom.select("#rules tbody tr")).hasSize(rules);
        assertThat(dom.select("#rules tr[data-status=PASS]")).hasSize(rules - BROKEN.breaks().size()
                - Reports.rulesWithStatus(json, "BLOCKED").size());

        List<Element> failures = dom.select("section.failure");
        assertThat(failures).hasSize(json.at("/summary/scenarios/FAIL").asInt() + json.at("/summary/scenarios/BLOCKED").asInt());
        for (Element blocked : dom.select("section.failure dd.blocked-by a")) {
            assertThat(BROKEN.breaks()).as("a blocked scenario points at a broken rule")
                    .contains(blocked.attr("href").substring("#status-".length()));
        }
        for (Element failure : failures.stream().filter(f -> f.selectFirst("dd.blocked-by") == null).toList()) {
            String ruleTitle = failure.selectFirst("dd.rule").text();
            Rule rule = catalogue.rules().stream().filter(r -> r.title().equals(ruleTitle)).findFirst().orElseThrow();
            assertThat(BROKEN.breaks()).contains(rule.id());
            assertThat(failure.selectFirst("dd.requires").text()).isEqualTo(rule.requirement());
            assertThat(failure.selectFirst("dd.observed").text()).isNotBlank();
            assertThat(failure.selectFirst("dd.last-call").text()).containsPattern("-> [A-Z_]+ \\(0x[0-9A-F]{8}\\)");
            Element timeline = failure.selectFirst("svg.timeline");
            assertThat(timeline).isNotNull();
            assertThat(timeline.select("g.lane[data-lane=calls] circle title").eachText())
                    .anyMatch(call -> call.contains("Close() -> "));
        }
        assertThat(dom.select("section.failure svg.timeline g.lane[data-lane=events] circle title").eachText())
                .as("the events of the traces are drawn").anyMatch(event -> event.contains("MESessionClosed"));

        Path png = scratch.resolve("index.png");
        Chromium.screenshot(page, png, scratch);
        assertThat(Files.size(png)).as("a drawn page").isGreaterThan(20_000);
    }

    @Test
    void aBaselineFromTheRunCoversExactlyItsFailures() throws IOException {
        Path baseline = scratch.resolve("expectations.txt");
        CliRun written = mfck("baseline", "--in-process", "--provider", PROVIDER, "--report-dir", scratch.resolve("baseline-reports").toString(),
                "--output", baseline.toString(), "--rule", String.join(",", BROKEN.breaks()));
        assertThat(written.exit()).as(written.toString()).isEqualTo(ExitCodes.CONFORMANT);

        List<Expectation> entries = Expectations.read(baseline, RuleCatalogue.load()).entries();
        Set<String> ids = entries.stream().map(Expectation::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ids).as("the baseline of the broken rules' run").isEqualTo(failedScenarios(Reports.conformance(reports))
                .stream().filter(id -> BROKEN.breaks().contains(id.substring(0, id.indexOf('['))))
                .collect(Collectors.toCollection(TreeSet::new)));

        CliRun expected = mfck("run", "--in-process", "--provider", PROVIDER, "--report-dir", scratch.resolve("expected-reports").toString(),
                "--expectations", baseline.toString(), "--rule", String.join(",", BROKEN.breaks()));
        assertThat(expected.exit()).as(expected.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(expected.out()).contains("Verdict: NOT_CONFORMANT", "Gate: passes: not conformant, but every failure "
                + "of a required rule is expected by " + baseline, entries.size() + " expected, 0 unexpected, 0 unexpected passes");
        JsonNode json = Reports.conformance(scratch.resolve("expected-reports"));
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_CONFORMANT");
        assertThat(json.at("/expectations/holds").asBoolean()).isTrue();
        assertThat(json.at("/expectations/unexpected")).isEmpty();
        assertThat(json.at("/gate/passes").asBoolean()).isTrue();
    }

    @Test
    void aFailureTheBaselineDoesNotCoverFailsTheRun() throws IOException {
        JsonNode json = Reports.conformance(reports);
        Map<String, String> verdicts = new TreeMap<>();
        json.get("rules").forEach(rule -> rule.get("scenarios").forEach(s -> verdicts.put(s.get("id").asText(),
                s.get("verdict").asText())));
        List<String> failed = new ArrayList<>(failedScenarios(json));
        String uncovered = failedScenariosOfRequiredRules(json).iterator().next();
        failed.remove(uncovered);
        Path partial = scratch.resolve("partial.txt");
        Files.write(partial, failed.stream().map(id -> id + " " + verdicts.get(id) + " known").toList());
        CliRun run = mfck("run", "--in-process", "--provider", PROVIDER, "--report-dir", scratch.resolve("partial-reports").toString(),
                "--expectations", partial.toString(), "--rule", String.join(",", BROKEN.breaks()));
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(run.out()).contains("unexpected: " + uncovered, "1 failing scenario of required rules not expected");
        JsonNode unexpected = Reports.conformance(scratch.resolve("partial-reports")).at("/expectations/unexpected");
        assertThat(unexpected).hasSize(1);
        assertThat(unexpected.get(0).get("scenario").asText()).isEqualTo(uncovered);
    }

    @Test
    void entriesForWhatNowPassesAreListedAsUnexpectedPasses() throws IOException {
        Path stale = scratch.resolve("stale.txt");
        Files.write(stale, BROKEN.breaks().stream().map(rule -> rule + " FAIL fixed since").toList());
        SwitchableProvider.use("conforming", null);
        try {
            CliRun run = mfck("run", "--in-process", "--provider", PROVIDER, "--report-dir", scratch.resolve("stale-reports").toString(),
                    "--expectations", stale.toString(), "--rule", String.join(",", BROKEN.breaks()));
            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
            BROKEN.breaks().forEach(rule -> assertThat(run.out()).containsPattern(
                    "unexpected pass \\(remove line \\d\\): " + rule + " FAIL: fixed since"));
            assertThat(Reports.conformance(scratch.resolve("stale-reports")).at("/expectations/unexpectedPasses"))
                    .hasSize(BROKEN.breaks().size());
        } finally {
            SwitchableProvider.use(BROKEN.name(), BROKEN.sessions());
        }
    }

    private static Set<String> failedScenariosOfRequiredRules(JsonNode json) {
        Set<String> ids = new TreeSet<>();
        json.get("rules").forEach(rule -> rule.get("scenarios").forEach(s -> {
            if (rule.get("level").asText().equals("required") && !s.get("verdict").asText().equals("PASS")) {
                ids.add(s.get("id").asText());
            }
        }));
        return ids;
    }

    private static Set<String> failedScenarios(JsonNode json) {
        Set<String> ids = new TreeSet<>();
        json.get("rules").forEach(rule -> rule.get("scenarios").forEach(s -> {
            if (!s.get("verdict").asText().equals("PASS")) {
                ids.add(s.get("id").asText());
            }
        }));
        return ids;
    }
}
