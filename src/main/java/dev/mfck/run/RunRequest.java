package dev.mfck.run;

import dev.mfck.config.KitSettings;
import dev.mfck.rules.Rule;
import dev.mfck.spi.SessionProvider;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What to run, against what, and where the reports go.
 *
 * @param provider  the implementation under test
 * @param settings  the kit's deadlines
 * @param reportDir where Cucumber's reports go; empty for a run without reports
 * @param tags      a Cucumber tag expression selecting scenarios, if any
 * @param ruleIds   the rules whose scenarios run; empty for every rule
 * @param certified whether this is a certified run (no selection of any kind)
 * @param jobs      how many scenarios run at once, each with its own session (1: one after the other)
 * @param features  feature files or directories to run instead of the suite (a scenario {@code mfck explore}
 *                  wrote, a vendor's own); empty for the suite
 */
public record RunRequest(SessionProvider provider, KitSettings settings, Optional<Path> reportDir, Optional<String> tags,
                         List<String> ruleIds, boolean certified, int jobs, List<Path> features) {

    /** Checks the number of jobs. */
    public RunRequest {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
        features = List.copyOf(features);
    }

    /**
     * A run of the suite.
     *
     * @param provider  the implementation under test
     * @param settings  the kit's deadlines
     * @param reportDir where Cucumber's reports go; empty for a run without reports
     * @param tags      a Cucumber tag expression selecting scenarios, if any
     * @param ruleIds   the rules whose scenarios run; empty for every rule
     * @param certified whether this is a certified run
     * @param jobs      how many scenarios run at once
     */
    public RunRequest(SessionProvider provider, KitSettings settings, Optional<Path> reportDir, Optional<String> tags,
                      List<String> ruleIds, boolean certified, int jobs) {
        this(provider, settings, reportDir, tags, ruleIds, certified, jobs, List.of());
    }

    /** @return the tag expression Cucumber filters with, combining the tags and the rule ids */
    public Optional<String> tagFilter() {
        Optional<String> rules = ruleIds.isEmpty() ? Optional.empty() : Optional.of(ruleIds.stream()
                .map(id -> Rule.TAG_PREFIX + id).collect(Collectors.joining(" or ", "(", ")")));
        if (rules.isPresent() && tags.isPresent()) {
            return Optional.of(rules.get() + " and (" + tags.get() + ")");
        }
        return rules.isPresent() ? rules : tags;
    }

    /** @return the selection in words, for reports */
    public String describeSelection() {
        String scenarios = features.isEmpty() ? "the whole suite" : "the scenarios of " + features;
        return tagFilter().map(filter -> (features.isEmpty() ? "" : scenarios + ", ") + "scenarios matching " + filter)
                .orElse(scenarios);
    }
}
