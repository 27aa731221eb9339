package dev.mfck.report;

import dev.mfck.baseline.BaselineCheck;
import dev.mfck.baseline.Departure;
import dev.mfck.baseline.Expectation;
import dev.mfck.baseline.Gate;
import dev.mfck.failure.Verdict;
import dev.mfck.run.RuleResult;
import dev.mfck.run.RuleStatus;
import dev.mfck.run.RunInfo;
import dev.mfck.run.RunResult;
import dev.mfck.run.ScenarioResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code conformance.json}: the run's verdict for machines, the product statement a CI gate or
 * a submission keeps. Its {@code schema} names the layout; fields are only ever added.
 */
final class ConformanceJson {

    static final String SCHEMA = "mfck-conformance/1";

    private ConformanceJson() {
    }

    static String render(RunResult run, Optional<BaselineCheck> baseline, Gate gate) {
        RunInfo info = run.info();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("verdict", run.verdict().name());
        root.put("kit", map("version", info.kitVersion(), "suiteSha256", info.suiteFingerprint()));
        root.put("implementation", map("name", info.implementationName(), "version", info.implementationVersion(),
                "provider", info.providerClass(), "process", info.implementationProcess()));
        root.put("environment", map("java", info.java(), "os", info.os()));
        root.put("run", map("started", info.started().toString(), "durationMs", info.duration().toMillis(),
                "selection", info.selection(), "certified", info.certified(), "jobs", info.jobs(),
                "settings", info.settings()));
        root.put("summary", summary(run));
        root.put("rules", run.rules().stream().map(ConformanceJson::rule).toList());
        root.put("warnings", run.warnings().stream().map(r -> r.rule().id()).toList());
        root.put("kitErrors", run.kitErrors());
        root.put("expectations", baseline.map(ConformanceJson::expectations).orElse(null));
        root.put("gate", map("passes", gate.passes(), "reason", gate.reason()));
        return Json.write(root);
    }

    private static Map<String, Object> summary(RunResult run) {
        Map<String, Object> rules = new LinkedHashMap<>();
        for (RuleStatus status : RuleStatus.values()) {
            rules.put(status.name(), run.rules().stream().filter(r -> r.status() == status).count());
        }
        Map<String, Object> scenarios = new LinkedHashMap<>();
        run.countsByVerdict().forEach((verdict, count) -> scenarios.put(verdict.name(), count));
        return map("rules", rules, "scenarios", scenarios);
    }

    private static Map<String, Object> rule(RuleResult rule) {
        return map("id", rule.rule().id(), "level", rule.rule().level().label(), "status", rule.status().name(),
                "clause", rule.rule().clause(),
                "scenarios", rule.scenarios().stream().map(ConformanceJson::scenario).toList());
    }

    private static Map<String, Object> scenario(ScenarioResult scenario) {
        Map<String, Object> out = map("id", scenario.id(), "location", scenario.location(), "name", scenario.name(),
                "verdict", scenario.verdict().name(), "durationMs", scenario.took().toMillis());
        if (scenario.verdict() != Verdict.PASS) {
            out.put("observed", scenario.observed());
            scenario.lastCall().ifPresent(call -> out.put("lastCall", call.text()));
        }
        if (!scenario.blockedBy().isEmpty()) {
            out.put("blockedBy", scenario.blockedBy());
        }
        return out;
    }

    private static Map<String, Object> expectations(BaselineCheck check) {
        return map("file", check.expectations().file().toString(),
                "holds", check.holds(),
                "expected", departures(check.expected()),
                "unexpected", departures(check.unexpected()),
                "unexpectedPasses", entries(check.unexpectedPasses()),
                "notRun", entries(check.notRun()),
                "intermittent", check.intermittent().stream().map(i -> (Object) map("id", i.entry().id(),
                        "statuses", i.entry().statuses(), "took", i.took(), "reason", i.entry().reason(),
                        "line", i.entry().line())).toList());
    }

    private static List<Object> departures(List<Departure> departures) {
        List<Object> out = new ArrayList<>();
        for (Departure d : departures) {
            Map<String, Object> entry = map("scenario", d.scenario().id(), "rule", d.rule().rule().id(),
                    "verdict", d.scenario().verdict().name(), "breaksGate", d.breaksTheGate());
            d.expectation().ifPresent(e -> entry.put("expectation", expectation(e)));
            out.add(entry);
        }
        return out;
    }

    private static List<Object> entries(List<Expectation> entries) {
        return entries.stream().map(e -> (Object) expectation(e)).toList();
    }

    private static Map<String, Object> expectation(Expectation e) {
        return map("id", e.id(), "status", e.status(), "reason", e.reason(), "line", e.line());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
