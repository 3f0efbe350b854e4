package dev.launchready.health;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a health endpoint answers: status code, content type and body. Adapters write it as it is,
 * with {@code Cache-Control: no-store}, and leave the body out for {@code HEAD}.
 *
 * @param status the HTTP status code
 * @param contentType the Content-Type header value
 * @param body the body bytes (do not modify)
 */
public record HealthAnswer(int status, String contentType, byte[] body) {

    /** Always {@code no-store}: a CDN once cached a health 504 for an hour. */
    public static final String CACHE_CONTROL = "no-store";

    public HealthAnswer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HealthAnswer a && a.status == status && a.contentType.equals(contentType)
                && Arrays.equals(a.body, body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "HealthAnswer[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
