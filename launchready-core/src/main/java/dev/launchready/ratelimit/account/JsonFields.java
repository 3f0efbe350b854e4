package dev.launchready.ratelimit.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds identifier fields among the top-level members of a JSON object, with Jackson's streaming
 * parser (escapes such as {@code \u0040} decoded, nesting depth and string sizes bounded by its
 * default {@code StreamReadConstraints}).
 *
 * <p>Decisions, each so the limiter sees what the app's JSON binding will see:
 * <ul>
 * <li>Only the top-level object is searched: a login body binds its identifier from there, and
 *     searching nested objects would let {@code {"profile":{"email":"victim"}}} steer the limiter.</li>
 * <li>A repeated member: the last occurrence wins, as in Jackson databind (Spring's {@code @RequestBody}),
 *     Gson and JSON-B. If that last value is not a string, the member counts as absent.</li>
 * <li>Malformed or truncated JSON, or a top level that is not an object, finds nothing: the app's parser
 *     rejects it too. Tokens after the closing brace are ignored, as databind does by default.</li>
 * </ul>
 */
final class JsonFields {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonFields() {
    }

    static Optional<String> find(String text, List<String> fields) {
        Map<String, String> found = new HashMap<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (fields.contains(name)) {
                    if (value == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
                        found.put(name, parser.getString());
                    } else {
                        found.remove(name);
                    }
                }
                if (value != null && value.isStructStart()) {
                    parser.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                return Optional.empty();
            }
        } catch (JacksonException e) {
            return Optional.empty();
        }
        return fields.stream().filter(found::containsKey).findFirst().map(found::get);
    }
}
