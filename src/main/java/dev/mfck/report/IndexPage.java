package dev.mfck.report;

import dev.mfck.baseline.BaselineCheck;
import dev.mfck.baseline.Departure;
import dev.mfck.baseline.Expectation;
import dev.mfck.baseline.Gate;
import dev.mfck.failure.Verdict;
import dev.mfck.rules.Rule;
import dev.mfck.run.ProviderIdentity;
import dev.mfck.run.Reports;
import dev.mfck.run.RuleResult;
import dev.mfck.run.RunInfo;
import dev.mfck.run.RunResult;
import dev.mfck.run.ScenarioResult;
import dev.mfck.trace.TraceEntry;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.mfck.report.Html.escape;

/**
 * {@code index.html}: one self-contained page (inline style, inline SVG, no script, no network)
 * that a person opens to see the verdict, the rules by status, and every failure with its rule,
 * the call that gave it away, and the trace drawn as a timeline.
 */
final class IndexPage {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:16px;color:#1f2328}
            h1{font-size:22px;margin:0 0 8px} h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de}
            .verdict{font-size:26px;font-weight:700;padding:12px 16px;border-radius:6px;color:#fff}
            .CONFORMANT{background:#1a7f37} .NOT_CONFORMANT{background:#cf222e}
            table{border-collapse:collapse;width:100%} td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa} .status{font-weight:700} #rules td:first-child{white-space:nowrap}
            .s-PASS{color:#1a7f37} .s-FAIL,.s-TIMEOUT,.s-IMPLEMENTATION_FAULT,.s-CRASHED{color:#cf222e} .s-BLOCKED{color:#bc4c00} .s-NOT_SUPPORTED,.s-NOT_RUN{color:#57606a}
            .warning{color:#9a6700} .failure{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;margin:12px 0}
            .failure h3{margin:0 0 6px;font-size:16px} dl{display:grid;grid-template-columns:110px 1fr;gap:2px 12px;margin:0}
            dt{font-weight:600} dd{margin:0} code,pre{font:12px/1.4 ui-monospace,monospace} pre{overflow-x:auto;background:#f6f8fa;padding:8px}
            svg.timeline{display:block;margin:8px 0;border:1px solid #d0d7de} .lane-name{font:11px sans-serif;fill:#57606a}
            .mark-label{font:10px sans-serif;fill:#1f2328} .tick,.lane-note{font:10px sans-serif;fill:#57606a}
            .muted{color:#57606a}
            """;

    private IndexPage() {
    }

    static String render(RunResult run, Optional<BaselineCheck> baseline, Gate gate) {
        StringBuilder html = new StringBuilder();
        RunInfo info = run.info();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>mfck: ").append(escape(info.implementationName())).append(" is ")
                .append(run.verdict()).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        header(run, gate, html);
        matrix(run, html);
        failures(run, html);
        baseline.ifPresent(check -> expectations(check, html));
        kitErrors(run, html);
        notSupported(run, html);
        footer(html);
        return html.append("</body></html>\n").toString();
    }

    private static void header(RunResult run, Gate gate, StringBuilder html) {
        RunInfo info = run.info();
        html.append("<h1>mfck conformance report</h1>\n<div id=\"verdict\" class=\"verdict ").append(run.verdict())
                .append("\">").append(run.verdict()).append("</div>\n<p id=\"gate\">CI gate: <b>")
                .append(gate.passes() ? "passes" : "fails").append("</b>: ").append(escape(gate.reason())).append("</p>\n");
        List<RuleResult> warnings = run.warnings();
        if (!warnings.isEmpty()) {
            html.append("<p id=\"warnings\" class=\"warning\">Warnings (not conformance failures): ")
                    .append(escape(warnings.stream().map(r -> r.rule().title() + " " + r.status())
                            .collect(Collectors.joining(", ")))).append("</p>\n");
        }
        html.append("<table id=\"run\"><tbody>");
        row(html, "Implementation", info.implementationName() + " " + info.implementationVersion() + " ("
                + info.providerClass() + ")");
        row(html, "Runs", info.implementationProcess() + "; " + info.jobs() + (info.jobs() == 1
                ? " scenario at a time" : " scenarios at a time (--jobs), each with a session"
                + (info.implementationProcess().equals(ProviderIdentity.IN_PROCESS) ? "" : " and a process") + " of its own"));
        row(html, "Kit", "mfck " + info.kitVersion() + ", suite SHA-256 " + info.suiteFingerprint());
        row(html, "Selection", info.selection() + (info.certified() ? " (certified run)" : ""));
        row(html, "Scenarios", run.scenarios().size() + " run: " + run.countsByVerdict().entrySet().stream()
                .map(count -> count.getValue() + " " + count.getKey()).collect(Collectors.joining(", ")));
        row(html, "Started", info.started() + ", took " + String.format(Locale.ROOT, "%.1f s",
                info.duration().toMillis() / 1000.0));
        row(html, "Java, OS", info.java() + "; " + info.os());
        row(html, "Settings", info.settings());
        html.append("</tbody></table>\n");
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static void matrix(RunResult run, StringBuilder html) {
        html.append("<h2>Rules by status</h2>\n<table id=\"rules\"><thead><tr><th>rule</th><th>level</th><th>status</th>");
        for (Verdict verdict : Verdict.values()) {
            html.append("<th>").append(verdict).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (RuleResult rule : run.rules()) {
            Map<Verdict, Long> counts = rule.scenarios().stream()
                    .collect(Collectors.groupingBy(ScenarioResult::verdict, Collectors.counting()));
            html.append("<tr id=\"status-").append(rule.rule().id()).append("\" data-rule=\"").append(rule.rule().id())
                    .append("\" data-status=\"").append(rule.status())
                    .append("\"><td>").append(rule.scenarios().stream().anyMatch(s -> s.verdict().isFailure())
                            ? "<a href=\"#rule-" + rule.rule().id() + "\">" + rule.rule().id() + "</a>" : rule.rule().id())
                    .append("</td><td>").append(rule.rule().level().label())
                    .append("</td><td class=\"status s-").append(rule.status()).append("\">").append(rule.status())
                    .append(rule.isWarning() ? " <span class=\"warning\">(warning)</span>" : "").append("</td>");
            for (Verdict verdict : Verdict.values()) {
                long count = counts.getOrDefault(verdict, 0L);
                html.append("<td class=\"s-").append(verdict).append("\">").append(count == 0 ? "" : count).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void failures(RunResult run, StringBuilder html) {
        List<ScenarioResult> failed = run.rules().stream()
                .sorted(Comparator.comparing(rule -> !rule.breaksConformance()))
                .flatMap(rule -> rule.scenarios().stream()).filter(s -> s.verdict().isFailure()).toList();
        html.append("<h2>Failures (").append(failed.size()).append(")</h2>\n<p class=\"muted\">Failures of required "
                + "rules first; a BLOCKED scenario never reached the point its rule is checked from, and names the rule "
                + "that shows why. In each timeline, time runs left to right from the start of the scenario; hover a "
                + "mark for its full text.</p>\n");
        if (failed.isEmpty()) {
            html.append("<p id=\"no-failures\">No scenario failed, timed out, met an implementation fault or was "
                    + "blocked.</p>\n");
            return;
        }
        Map<String, Rule> rules = run.rules().stream().map(RuleResult::rule)
                .collect(Collectors.toMap(Rule::id, Function.identity()));
        String shownRule = "";
        for (ScenarioResult scenario : failed) {
            Rule rule = rules.get(scenario.ruleId());
            html.append("<section class=\"failure\" data-scenario=\"").append(escape(scenario.id())).append("\"");
            if (rule != null && !rule.id().equals(shownRule)) {
                html.append(" id=\"rule-").append(rule.id()).append("\"");
                shownRule = rule.id();
            }
            html.append("><h3><span class=\"status s-").append(scenario.verdict()).append("\">").append(scenario.verdict())
                    .append("</span> ").append(escape(scenario.name())).append(" <span class=\"muted\">")
                    .append(escape(scenario.id())).append("</span></h3>\n<dl>");
            if (rule != null) {
                term(html, "Rule", rule.title());
                term(html, "Requires", rule.requirement());
                term(html, "Clause", rule.clause());
            }
            term(html, "Observed", scenario.observed());
            if (!scenario.blockedBy().isEmpty()) {
                html.append("<dt>Blocked by</dt><dd class=\"blocked-by\"><a href=\"#status-").append(scenario.blockedBy())
                        .append("\">").append(scenario.blockedBy()).append("</a>: its own scenarios check what kept this one "
                        + "from its starting point</dd>");
            }
            term(html, "Last call", scenario.lastCall().map(TraceEntry::text).orElse("(no call was made)"));
            if (rule != null) {
                term(html, "Hint", rule.hint());
            }
            html.append("</dl>\n");
            html.append(TimelineSvg.render(scenario.trace())).append('\n');
            html.append("<details><summary>Full message, with the trace as text</summary><pre>")
                    .append(escape(scenario.message())).append("</pre></details>\n</section>\n");
        }
    }

    private static void term(StringBuilder html, String name, String value) {
        html.append("<dt>").append(escape(name)).append("</dt><dd class=\"").append(name.toLowerCase(Locale.ROOT)
                .replace(' ', '-')).append("\">").append(escape(value)).append("</dd>");
    }

    private static void expectations(BaselineCheck check, StringBuilder html) {
        html.append("<h2>Expectations: ").append(escape(check.expectations().file().toString())).append("</h2>\n");
        html.append("<p id=\"expectations-holds\">").append(check.holds()
                ? "Every failure of a required rule is expected." : "Some failures of required rules are not expected.")
                .append("</p>\n");
        departures(html, "unexpected", "Unexpected", check.unexpected());
        departures(html, "expected", "Expected", check.expected());
        entries(html, "unexpected-passes", "Unexpected passes (remove these stale entries)", check.unexpectedPasses());
        entries(html, "not-run", "Entries for what this run did not run", check.notRun());
        html.append("<h3>Intermittent (").append(check.intermittent().size())
                .append(")</h3><ul id=\"intermittent\">");
        check.intermittent().forEach(i -> html.append("<li>").append(escape(i.entry().id())).append(' ')
                .append(escape(i.took())).append(" this run, of ").append(escape(i.entry().status()))
                .append(" (line ").append(i.entry().line()).append("): ").append(escape(i.entry().reason()))
                .append("</li>"));
        html.append("</ul>\n");
    }

    private static void departures(StringBuilder html, String id, String title, List<Departure> departures) {
        html.append("<h3>").append(title).append(" (").append(departures.size()).append(")</h3><ul id=\"")
                .append(id).append("\">");
        departures.forEach(d -> html.append("<li>").append(escape(d.describe())).append("</li>"));
        html.append("</ul>\n");
    }

    private static void entries(StringBuilder html, String id, String title, List<Expectation> entries) {
        html.append("<h3>").append(title).append(" (").append(entries.size()).append(")</h3><ul id=\"")
                .append(id).append("\">");
        entries.forEach(e -> html.append("<li>line ").append(e.line()).append(": ").append(escape(e.id())).append(' ')
                .append(e.status()).append(": ").append(escape(e.reason())).append("</li>"));
        html.append("</ul>\n");
    }

    private static void kitErrors(RunResult run, StringBuilder html) {
        if (run.kitErrors().isEmpty()) {
            return;
        }
        html.append("<h2>Kit errors: this run cannot be trusted</h2><ul id=\"kit-errors\">");
        run.kitErrors().forEach(e -> html.append("<li>").append(escape(e)).append("</li>"));
        html.append("</ul>\n");
    }

    private static void notSupported(RunResult run, StringBuilder html) {
        List<ScenarioResult> skipped = run.scenarios().stream().filter(s -> s.verdict() == Verdict.NOT_SUPPORTED).toList();
        if (skipped.isEmpty()) {
            return;
        }
        html.append("<h2>Not supported (").append(skipped.size()).append(")</h2><ul id=\"not-supported\">");
        skipped.forEach(s -> html.append("<li>").append(escape(s.id())).append(' ').append(escape(s.name()))
                .append(": ").append(escape(s.observed())).append("</li>"));
        html.append("</ul>\n");
    }

    private static void footer(StringBuilder html) {
        html.append("<h2>Cucumber's reports</h2><p>");
        for (String file : List.of(Reports.CUCUMBER_HTML, Reports.CUCUMBER_JSON, Reports.CUCUMBER_JUNIT,
                Reports.CUCUMBER_MESSAGES, Reports.CONFORMANCE_JSON)) {
            html.append("<a href=\"").append(file).append("\">").append(file).append("</a> ");
        }
        html.append("</p>\n");
    }
}
