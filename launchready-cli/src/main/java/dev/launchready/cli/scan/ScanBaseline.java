package dev.launchready.cli.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A baseline is an earlier {@code scan --format json} report (what {@code --write-baseline} writes): the
 * fingerprints in its {@code findings} and {@code accepted} arrays are accepted and do not fail a scan.
 */
final class ScanBaseline {

    private ScanBaseline() {
    }

    static Set<String> read(Path file) throws IOException {
        Set<String> fingerprints = new HashSet<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("baseline " + file + ": not a launchready scan JSON report");
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ((name.equals("findings") || name.equals("accepted")) && parser.currentToken() == JsonToken.START_ARRAY) {
                    found = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            if (field.equals("fingerprint") && parser.currentToken() == JsonToken.VALUE_STRING) {
                                fingerprints.add(parser.getString());
                            } else {
                                parser.skipChildren();
                            }
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!found) {
                throw new IOException("baseline " + file + ": no findings array (write one with --write-baseline)");
            }
        } catch (JacksonException e) {
            throw new IOException("baseline " + file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        return Set.copyOf(fingerprints);
    }
}
