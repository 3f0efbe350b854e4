package dev.launchready.examples.common.members;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PasswordResetsTest {

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");

    private final MemberStore store = new MemberStore(new PasswordHasher(1_000));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final PasswordResets resets = new PasswordResets(store, clock);
    private final ListAppender<ILoggingEvent> mail = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(PasswordResets.class);

    @BeforeEach
    void captureTheLoggedMail() {
        store.add("Ada", "ada@example.com", "old-password-1", "");
        mail.start();
        logger.addAppender(mail);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(mail);
    }

    @Test
    void logsALinkOnlyForExistingMembers() {
        resets.request("nobody@example.com", "http://localhost:8080");
        assertThat(mail.list).isEmpty();

        resets.request("ada@example.com", "http://localhost:8080");
        assertThat(mail.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("password reset link for ada@example.com: http://localhost:8080/password-reset/confirm?token=rst_");
    }

    @Test
    void aTokenChangesThePasswordOnce() {
        String token = requestToken();

        assertThat(resets.complete(token, "new-password-2")).isEqualTo(PasswordResets.Outcome.CHANGED);
        assertThat(store.authenticate("ada@example.com", "new-password-2")).isPresent();
        assertThat(resets.complete(token, "third-password-3")).isEqualTo(PasswordResets.Outcome.BAD_TOKEN);
        assertThat(store.authenticate("ada@example.com", "new-password-2")).isPresent();
    }

    @Test
    void aWeakPasswordKeepsTheTokenUsable() {
        String token = requestToken();

        assertThat(resets.complete(token, "short")).isEqualTo(PasswordResets.Outcome.WEAK_PASSWORD);
        assertThat(resets.complete(token, "new-password-2")).isEqualTo(PasswordResets.Outcome.CHANGED);
    }

    @Test
    void expiredOrUnknownTokensChangeNothing() {
        String token = requestToken();
        clock.advance(PasswordResets.VALIDITY.plus(Duration.ofSeconds(1)));

        assertThat(resets.complete(token, "new-password-2")).isEqualTo(PasswordResets.Outcome.BAD_TOKEN);
        assertThat(resets.complete("rst_made_up", "new-password-2")).isEqualTo(PasswordResets.Outcome.BAD_TOKEN);
        assertThat(resets.complete(null, "new-password-2")).isEqualTo(PasswordResets.Outcome.BAD_TOKEN);
        assertThat(store.authenticate("ada@example.com", "old-password-1")).isPresent();
    }

    private String requestToken() {
        resets.request("ada@example.com", "http://localhost:8080");
        List<ILoggingEvent> events = mail.list;
        Matcher token = TOKEN.matcher(events.get(events.size() - 1).getFormattedMessage());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
