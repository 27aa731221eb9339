package dev.mfck.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mfck.rules.SuiteFiles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The protocol's JSON Schema ({@code mfck/wire/mfck-wire-1.schema.json}), against which the kit
 * checks every message a peer sends, and a peer checks every message the kit sends.
 */
public final class WireSchemas {

    /** Where the schema lives on the classpath. */
    public static final String RESOURCE = "mfck/wire/mfck-wire-1.schema.json";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final JsonNode definitions = readDefinitions();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * @param message a whole line, parsed
     * @return what makes it no JSON-RPC message of this protocol, if anything does
     */
    public Optional<String> checkEnvelope(JsonNode message) {
        return check("message", message);
    }

    /**
     * @param method a method
     * @param params its params
     * @return what is wrong with them, if anything; a method the protocol does not define is wrong
     */
    public Optional<String> checkParams(String method, JsonNode params) {
        if (!definitions.has(method + ".params")) {
            return Optional.of("mfck-wire/1 has no method '" + method + "'");
        }
        return check(method + ".params", params);
    }

    /**
     * @param method the method a result answers
     * @param result the result
     * @return what is wrong with it, if anything
     */
    public Optional<String> checkResult(String method, JsonNode result) {
        return check(method + ".result", result);
    }

    private Optional<String> check(String definition, JsonNode node) {
        if (!definitions.has(definition)) {
            throw new IllegalStateException("the protocol's schema has no definition " + definition);
        }
        Schema schema = schemas.computeIfAbsent(definition, key ->
                registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#/$defs/" + key)));
        Optional<String> inexact = inexactNumber(node, "");
        if (inexact.isPresent()) {
            return inexact;
        }
        List<Error> errors = schema.validate(node == null ? NullNode.getInstance() : node);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(errors.stream().limit(3).map(Error::toString).collect(Collectors.joining("; ")));
    }

    /**
     * Every number of the protocol is an integer written as one (no fraction, no exponent) that
     * fits in 64 bits; the schema's ranges narrow each further. A number that is not is never
     * rounded or cut into one.
     */
    private static Optional<String> inexactNumber(JsonNode node, String at) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNumber() && !node.isInt() && !node.isLong()) {
            return Optional.of((at.isEmpty() ? "/" : at) + ": " + node + " is not an integer of at most 64 bits: "
                    + "mfck-wire/1's numbers are integers in the ranges its schema gives");
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            Optional<String> inside = inexactNumber(field.getValue(), at + "/" + field.getKey());
            if (inside.isPresent()) {
                return inside;
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> inside = inexactNumber(node.get(i), at + "/" + i);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    private static JsonNode readDefinitions() {
        try {
            return WireJson.MAPPER.readTree(SuiteFiles.text(RESOURCE)).get("$defs");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the protocol's schema " + RESOURCE + " is not JSON", e);
        }
    }
}
