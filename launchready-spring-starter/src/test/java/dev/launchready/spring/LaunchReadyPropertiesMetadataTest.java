package dev.launchready.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The IDE metadata and core's key catalog must list the same keys with the same defaults. */
class LaunchReadyPropertiesMetadataTest {

    @Test
    void metadataListsExactlyCoresKeysWithCoresDefaults() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            root = JsonMapper.builder().build().readTree(in);
        }
        Map<String, String> described = new HashMap<>();
        for (JsonNode property : root.get("properties")) {
            described.put(property.get("name").asString(), property.path("description").asString(""));
        }
        Map<String, String> core = LaunchReadySettings.defaultTexts();
        assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(core.keySet());
        core.forEach((key, value) -> assertThat(described.get(key)).as(key)
                .endsWith("Default: " + (value.isEmpty() ? "none" : value) + (value.endsWith(".") ? "" : ".")));
    }
}
