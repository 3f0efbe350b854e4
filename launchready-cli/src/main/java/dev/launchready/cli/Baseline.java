package dev.launchready.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** A baseline is an earlier {@code --format json} report: its {@code latency} array gives each path's p95. */
final class Baseline {

    private Baseline() {
    }

    static Map<String, Double> read(Path file) throws IOException {
        Map<String, Double> p95 = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("--baseline " + file + ": not a launchready JSON report");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("latency") && parser.currentToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        String path = null;
                        Double value = null;
                        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            if (field.equals("path")) {
                                path = parser.getString();
                            } else if (field.equals("p95Millis")) {
                                value = parser.getDoubleValue();
                            } else {
                                parser.skipChildren();
                            }
                        }
                        if (path != null && value != null) {
                            p95.put(path, value);
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new IOException("--baseline " + file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (p95.isEmpty()) {
            throw new IOException("--baseline " + file + ": no latency figures in it (save a --format json report)");
        }
        return p95;
    }
}
