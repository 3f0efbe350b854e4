package dev.launchready.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.redact.Redactor;
import org.junit.jupiter.api.Test;

/** On any doubt about where the arguments are, the whole message is read (no windows). */
class PlaceholdersTest {

    private static final Redactor REDACTOR = Redactor.defaults();
    private static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";

    @Test
    void argumentsAreFoundBetweenTheTemplatesPieces() {
        String template = "a {} b {} c";
        int[] at = Placeholders.of(template);
        assertThat(at).containsExactly(2, 7);
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a xy b 42 c", new Object[] {"xy", 42})).containsExactly(2, 4, 7, 9);
        assertThat(Placeholders.arguments(Placeholders.pieces("{}", new int[] {0}), "", new Object[] {""})).containsExactly(0, 0);
        assertThat(Placeholders.arguments(Placeholders.pieces("{}{}", new int[] {0, 2}), "nullx", new Object[] {null, "x"}))
                .containsExactly(0, 4, 4, 5);
    }

    @Test
    void anEscapedPlaceholderMeansNoWindows() {
        assertThat(Placeholders.of("literal \\{} then {}")).isNull();
        assertThat(Placeholders.of("double \\\\{} then {}")).isNull();
    }

    @Test
    void arraysCountMismatchesAndPiecesOutOfPlaceMeanNoWindows() {
        String template = "a {} b {} c";
        int[] at = Placeholders.of(template);
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a [1, 2] b x c", new Object[] {new int[] {1, 2}, "x"})).isNull();
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a x b [y] c", new Object[] {"x", new String[] {"y"}})).isNull();
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a x b {} c", new Object[] {"x"})).as("fewer arguments").isNull();
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a x b y c", new Object[] {"x", "y", "z"})).as("more").isNull();
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a xx b y c", new Object[] {"x", "y"})).as("printed longer").isNull();
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a x b y d", new Object[] {"x", "y"})).as("last piece").isNull();
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "A x b y c", new Object[] {"x", "y"})).as("first piece").isNull();
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "c", new Object[] {"x", "y"})).as("too short").isNull();
        Object throwing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        assertThat(Placeholders.arguments(Placeholders.pieces(template, at), "a ? b y c", new Object[] {throwing, "y"})).isNull();
    }

    @Test
    void aTemplateThatWasCleanKeepsItsWindowsAndAnArgumentsSecretIsCaught() {
        String template = new String("charge {} for member 4711 on plan pro, region eu-west-1, build 2026.11.23-1 done");
        assertThat(LogFields.recurring(REDACTOR, template)).isSameAs(template);
        assertThat(KnownClean.pieces(REDACTOR, template)).containsExactly("charge ", template.substring(9));

        String clean = template.replace("{}", "order-42");
        assertThat(LogFields.message(REDACTOR, template, clean, new Object[] {"order-42"})).isSameAs(clean);
        String secret = template.replace("{}", STRIPE);
        assertThat(LogFields.message(REDACTOR, template, secret, new Object[] {STRIPE}))
                .isEqualTo(template.replace("{}", "[REDACTED:stripe-secret-key]"));
        assertThat(KnownClean.pieces(REDACTOR, template)).as("still remembered with its windows")
                .containsExactly("charge ", template.substring(9));
    }

    @Test
    void templatesThatCannotUseWindowsAreRememberedCleanWithoutThem() {
        String pem = new String("key {} -----END PRIVATE KEY-----");
        assertThat(LogFields.recurring(REDACTOR, pem)).isSameAs(pem);
        assertThat(KnownClean.contains(REDACTOR, null, pem)).isTrue();
        assertThat(KnownClean.pieces(REDACTOR, pem)).isNull();
        String escaped = new String("literal \\{} and {}");
        LogFields.recurring(REDACTOR, escaped);
        assertThat(KnownClean.pieces(REDACTOR, escaped)).isNull();
        String secret = new String("charged with key " + STRIPE + " {}");
        LogFields.recurring(REDACTOR, secret);
        assertThat(KnownClean.pieces(REDACTOR, secret)).isNull();
        assertThat(LogFields.message(REDACTOR, secret, secret.replace("{}", "x"), new Object[] {"x"}))
                .isEqualTo("charged with key [REDACTED:stripe-secret-key] x");
    }
}
