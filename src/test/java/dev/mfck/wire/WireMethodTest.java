package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire's method table is its schema's: one constant per method the schema defines, and no method written out elsewhere. */
class WireMethodTest {

    @Test
    void theMethodsAreExactlyTheSchemas() throws IOException {
        List<String> defined = new ArrayList<>();
        try (InputStream schema = WireMethodTest.class.getResourceAsStream("/mfck/wire/mfck-wire-1.schema.json")) {
            JsonNode definitions = new ObjectMapper().readTree(schema).get("$defs");
            definitions.fieldNames().forEachRemaining(name -> {
                if (name.endsWith(".params")) {
                    defined.add(name.substring(0, name.length() - ".params".length()));
                }
            });
        }
        assertThat(Arrays.stream(WireMethod.values()).map(WireMethod::wireName)).containsExactlyInAnyOrderElementsOf(defined);
        for (WireMethod method : WireMethod.values()) {
            assertThat(WireMethod.named(method.wireName())).contains(method);
        }
    }

    @Test
    void noMainSourceWritesAMethodOut() throws IOException {
        List<String> methods = Arrays.stream(WireMethod.values()).map(WireMethod::wireName).toList();
        Pattern literal = Pattern.compile("\"([a-zA-Z.]+)\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (methods.contains(matcher.group(1)) && matcher.group(1).contains(".")) {
                        found.add(file + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(found).as("wire methods written out instead of named with WireMethod").isEmpty();
    }
}
