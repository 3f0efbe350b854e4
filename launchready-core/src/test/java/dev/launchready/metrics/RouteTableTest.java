package dev.launchready.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable routes = RouteTable.of(List.of("/", "/pricing", "/members/{id}", "/members/{id}/posts",
            "/assets/**", "/assets/img/**"));

    @Test
    void exactVariableAndPrefixRoutes() {
        assertThat(routes.match("/")).isEqualTo("/");
        assertThat(routes.match("/pricing")).isEqualTo("/pricing");
        assertThat(routes.match("/members/42")).isEqualTo("/members/{id}");
        assertThat(routes.match("/members/42/posts")).isEqualTo("/members/{id}/posts");
        assertThat(routes.match("/assets/app.css")).isEqualTo("/assets/**");
        assertThat(routes.match("/assets")).isEqualTo("/assets/**");
        assertThat(routes.match("/assets/img/logo.svg")).isEqualTo("/assets/img/**");
    }

    @Test
    void nearMissesDoNotMatch() {
        for (String path : new String[] {"/pricing/", "/pricingx", "/members", "/members/", "/members//posts",
            "/members/42/posts/1", "/assetsx/a", "", "pricing", null}) {
            assertThat(routes.match(path)).as(path).isNull();
        }
    }

    @Test
    void malformedTemplatesAreRefused() {
        for (String bad : new String[] {"pricing", "/a/*", "/a/{}", "/a/**/b", "/a b", "/{id"}) {
            assertThatThrownBy(() -> RouteTable.of(List.of(bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
