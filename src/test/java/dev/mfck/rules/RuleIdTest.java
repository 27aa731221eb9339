package dev.mfck.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RuleId} is the one place main code names a rule: it names exactly the catalogue's rules,
 * in the catalogue's order, and no other main source writes a rule id out.
 */
class RuleIdTest {

    private static final List<Path> MAIN_SOURCES = List.of(Path.of("src/main/java"),
            Path.of("reference-impl/src/main/java"));

    @Test
    void namesExactlyTheCataloguesRulesInItsOrder() {
        List<String> catalogue = RuleCatalogue.load().rules().stream().map(Rule::id).toList();
        assertThat(Arrays.stream(RuleId.values()).map(RuleId::text).toList()).containsExactlyElementsOf(catalogue);
    }

    @Test
    void readsBackEveryIdItWrites() {
        for (RuleId id : RuleId.values()) {
            assertThat(RuleId.parse(id.text())).contains(id);
        }
        assertThat(RuleId.parse("CLOSE_IS_ASYNC")).isEmpty();
    }

    @Test
    void noOtherMainSourceWritesARuleIdOut() throws IOException {
        Pattern literal = Pattern.compile("\"([A-Z]+(?:-[A-Z]+)+)\"");
        List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::text).toList();
        List<String> found = new ArrayList<>();
        for (Path root : MAIN_SOURCES) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = literal.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (ids.contains(matcher.group(1))) {
                            found.add(file + ": " + matcher.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("rule ids written out instead of named with RuleId").isEmpty();
    }
}
