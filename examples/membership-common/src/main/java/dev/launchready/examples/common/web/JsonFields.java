package dev.launchready.examples.common.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Reads the top-level string fields of a JSON object with Jackson's streaming parser. */
public final class JsonFields {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonFields() {
    }

    /**
     * Nested objects and arrays are skipped; numbers and booleans are left out.
     *
     * @return empty when the body is not one well-formed JSON object
     */
    public static Optional<Map<String, String>> topLevelStrings(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.put(name, parser.getString());
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(fields);
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }
}
