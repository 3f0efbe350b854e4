package dev.launchready.examples.common.web;

import dev.launchready.examples.common.members.Member;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The JSON the apps answer with, written by Jackson so every value is escaped properly. */
public final class JsonBodies {

    public static final String CONTENT_TYPE = "application/json";

    private static final JsonFactory JSON = new JsonFactory();

    private JsonBodies() {
    }

    /** What {@code GET /api/me} answers. */
    public static String me(Member member) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("name", member.name());
            json.writeStringProperty("email", member.email());
            json.writeEndObject();
        }
        return out.toString();
    }

    public static String error(String message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("error", message);
            json.writeEndObject();
        }
        return out.toString();
    }

    /** What Stripe expects back once an event is accepted. */
    public static String received() {
        return "{\"received\":true}";
    }
}
