package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.spec.ScenarioCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a run's {@code conformance.json} as a consumer would. */
final class Reports {

    private Reports() {
    }

    static JsonNode conformance(Path dir) {
        try {
            return new ObjectMapper().readTree(dir.resolve("conformance.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param rules rule ids
     * @return how many scenarios of the suite check them
     */
    static int scenariosOf(String... rules) {
        Set<String> wanted = Set.of(rules);
        return (int) ScenarioCatalogue.load().scenarios().stream().filter(s -> wanted.contains(s.ruleId())).count();
    }

    /** @return every scenario of the run that was not NOT_RUN, in the report's order */
    static List<JsonNode> ran(JsonNode conformance) {
        List<JsonNode> ran = new ArrayList<>();
        conformance.get("rules").forEach(rule -> rule.get("scenarios").forEach(s -> {
            if (!s.get("verdict").asText().equals("NOT_RUN")) {
                ran.add(s);
            }
        }));
        return ran;
    }

    /** @return every rule's status, by rule id */
    static Map<String, String> ruleStatuses(JsonNode conformance) {
        Map<String, String> statuses = new LinkedHashMap<>();
        conformance.get("rules").forEach(rule -> statuses.put(rule.get("id").asText(), rule.get("status").asText()));
        return statuses;
    }

    /** @return the rules with one of these statuses */
    static Set<String> rulesWithStatus(JsonNode conformance, String... statuses) {
        Set<String> wanted = Set.of(statuses);
        Set<String> rules = new TreeSet<>();
        ruleStatuses(conformance).forEach((id, status) -> {
            if (wanted.contains(status)) {
                rules.add(id);
            }
        });
        return rules;
    }
}
