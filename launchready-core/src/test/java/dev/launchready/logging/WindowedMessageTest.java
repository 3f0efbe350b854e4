package dev.launchready.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.redact.RecallSamples;
import dev.launchready.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The windowed read of a message must equal the whole-line read character for character. Messages
 * are made by real Logback from templates around the recall corpus's secrets: alone, inside a word,
 * after a key, in JSON, half in the template, split across two arguments; and from random templates.
 */
class WindowedMessageTest {

    private static final Redactor REDACTOR = Redactor.defaults();
    private static final String BEFORE = "member 42 opened /members/feed?page=3 from 203.0.113.9 in 12 ms; plan=pro locale=en-GB";
    private static final String AFTER = "cache=hit region=eu-west-1 build=2026.11.23-1 ua=Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0";
    /** Templates with one placeholder; {@code %s} marks nothing, the argument goes into {@code {}}. */
    private static final List<String> ONE = List.of(
            "{}",
            "member {} opened /members/feed?page=3 from 203.0.113.9 in 12 ms; plan=pro locale=en-GB " + AFTER,
            BEFORE + " {} " + AFTER,
            BEFORE + " " + AFTER + " {}",
            BEFORE + " id=abc{}def " + AFTER,
            BEFORE + " password={} " + AFTER,
            BEFORE + " password = {} " + AFTER,
            "the password is {} and " + AFTER,
            "{\"user\":\"mia\",\"password\": \"{}\",\"note\":\"" + AFTER + "\"}",
            "Authorization: Bearer {} " + AFTER,
            BEFORE + " Bearer {}",
            "{\"event\":\"login\",\"detail\":\"{}\"} " + AFTER,
            BEFORE + " token: {} " + AFTER,
            BEFORE + " curl -u {} " + AFTER,
            BEFORE + " {}=" + AFTER,
            BEFORE + " <{}> " + AFTER,
            BEFORE + " 'key': '{}' " + AFTER,
            // the farthest a key reaches its value: escaped quotes, 8 spaces, "=>", 8 spaces, "[", a quote
            BEFORE + " \\\"password\\\"        =>        [\"{}\" " + AFTER,
            BEFORE + " Authorization:        klaviyo-api-key        {} " + AFTER,
            BEFORE + " the password        is        {} " + AFTER,
            BEFORE + " Bearer                                                                      {} " + AFTER);

    private LoggerContext context;
    private Logger logger;
    private ListAppender<ILoggingEvent> events;
    private final List<String> mismatches = new ArrayList<>();
    private int cases;
    private int windowed;

    @BeforeEach
    void realLogback() {
        context = new LoggerContext();
        logger = context.getLogger("windowed");
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        events = new ListAppender<>();
        events.setContext(context);
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void everySecretInEveryPositionReadsAsTheWholeLineDoes() {
        for (String line : RecallSamples.lines(11)) {
            for (String template : ONE) {
                check(template, line);
            }
        }
        for (String arg : RecallSamples.secrets(11)) {
            for (String template : ONE) {
                check(template, arg);
            }
            check(BEFORE + " {} {} " + AFTER, arg, "4711");
            check(BEFORE + " {} {} " + AFTER, "4711", arg);
            check("{}" + arg.substring(0, arg.length() / 2) + " " + AFTER, "password");
            for (int k : splits(arg)) {
                String head = arg.substring(0, k);
                String tail = arg.substring(k);
                check(BEFORE + " " + head + "{} " + AFTER, tail);
                check(BEFORE + " {}" + tail + " " + AFTER, head);
                check(BEFORE + " {}{} " + AFTER, head, tail);
                check(BEFORE + " key={}{} " + AFTER, head, tail);
                check(BEFORE + " {} and {} " + AFTER, head, tail);
            }
        }
        assertEqualToTheWholeLine();
    }

    @Test
    void randomTemplatesReadAsTheWholeLineDoes() {
        String[] words = {"password", "=", ":", " ", "  ", "\"", "'", "token", "Bearer ", "Authorization:", "{", "}", "[",
            "]", ",", ";", "&", "?", "://", "@", "user", "example.com", "4111", "1111", "-", "DE89", "3704", "0044", "0532",
            "0130", "00", "sk_live_", "abc123", " is ", " was ", " -u ", "key", "api_", "eyJ", ".", "\\", "\t", "secret",
            "xoxb-", "ghp_", "AKIA", "https://", "postgres://app:", "mia@", "<password>", "</password>", "=>", "%3D",
            "session", "sid", "code", "?token=", "&sig=", "---", "Digest ", "x-api-key", "pin", "otp", "  ", BEFORE, AFTER};
        List<String> secrets = RecallSamples.secrets(23);
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder template = new StringBuilder();
            int placeholders = 1 + random.nextInt(3);
            int length = 3 + random.nextInt(30);
            List<Integer> at = new ArrayList<>();
            for (int p = 0; p < placeholders; p++) {
                at.add(random.nextInt(length + 1));
            }
            for (int w = 0; w <= length; w++) {
                for (int p : at) {
                    if (p == w) {
                        template.append("{}");
                    }
                }
                if (w < length) {
                    template.append(words[random.nextInt(words.length)]);
                }
            }
            Object[] args = new Object[placeholders];
            for (int a = 0; a < placeholders; a++) {
                int kind = random.nextInt(6);
                String secret = secrets.get(random.nextInt(secrets.size()));
                args[a] = switch (kind) {
                    case 0 -> secret;
                    case 1 -> secret.substring(random.nextInt(secret.length()));
                    case 2 -> secret.substring(0, random.nextInt(secret.length() + 1));
                    case 3 -> words[random.nextInt(words.length)] + secret + words[random.nextInt(words.length)];
                    case 4 -> random.nextInt(100_000);
                    default -> words[random.nextInt(words.length)];
                };
            }
            check(template.toString(), args);
        }
        assertEqualToTheWholeLine();
    }

    private static int[] splits(String s) {
        int n = s.length();
        List<Integer> at = new ArrayList<>(List.of(1, n / 3, n / 2, 2 * n / 3, n - 1));
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '-' || s.charAt(i) == '=' || s.charAt(i) == ':') {
                at.add(i);
                at.add(i + 1);
            }
        }
        return at.stream().filter(k -> k > 0 && k < n).distinct().mapToInt(Integer::intValue).toArray();
    }

    /** Logs through real Logback and compares what the event's message redacts to, windowed and whole. */
    private void check(String template, Object... args) {
        events.list.clear();
        logger.info(template, args);
        ILoggingEvent event = events.list.get(0);
        String formatted = event.getFormattedMessage();
        LogFields.recurring(REDACTOR, event.getMessage());
        String[] pieces = KnownClean.pieces(REDACTOR, event.getMessage());
        if (pieces != null && Placeholders.arguments(pieces, formatted, event.getArgumentArray()) != null) {
            windowed++;
        }
        String actual = LogFields.message(REDACTOR, event.getMessage(), formatted, event.getArgumentArray());
        String expected = REDACTOR.redact(formatted);
        cases++;
        if (!actual.equals(expected)) {
            mismatches.add("\n template: " + template + "\n formatted: " + formatted + "\n windowed:  " + actual
                    + "\n whole:     " + expected);
        }
    }

    private void assertEqualToTheWholeLine() {
        assertThat(mismatches).as("%d of %d messages differ", mismatches.size(), cases)
                .satisfies(m -> assertThat(m.subList(0, Math.min(10, m.size()))).isEmpty());
        assertThat(windowed).as("messages read in windows, of %d", cases).isGreaterThan(cases / 3);
    }
}
