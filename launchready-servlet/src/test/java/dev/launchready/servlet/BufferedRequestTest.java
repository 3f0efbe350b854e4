package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.launchready.servlet.BufferedFakes.Body;
import dev.launchready.servlet.BufferedFakes.Request;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BufferedRequestTest {

    private static final List<String> FIELDS = List.of("email", "username");

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String head(BufferedRequest r) {
        return new String(r.head(), 0, r.headLength(), StandardCharsets.UTF_8);
    }

    @Test
    void aBodyUnderTheLimitIsCompleteAndReplayedWhole() throws IOException {
        BufferedRequest r = BufferedRequest.of(new Request().body(Body.of("email=m%40example.com")).build(), 64);
        assertThat(head(r)).isEqualTo("email=m%40example.com");
        assertThat(r.complete()).isTrue();
        assertThat(r.getInputStream().readAllBytes()).isEqualTo(bytes("email=m%40example.com"));
        assertThat(r.getInputStream().isFinished()).isTrue();
        assertThat(r.getInputStream().read()).isEqualTo(-1);
    }

    @Test
    void aBodyOfExactlyTheLimitIsComplete() throws IOException {
        BufferedRequest r = BufferedRequest.of(new Request().body(Body.of("0123456789")).build(), 10);
        assertThat(head(r)).isEqualTo("0123456789");
        assertThat(r.complete()).isTrue();
        assertThat(r.getInputStream().readAllBytes()).isEqualTo(bytes("0123456789"));
    }

    @Test
    void aBodyOverTheLimitLosesNothingEvenInTinyReads() throws IOException {
        byte[] body = bytes("email=m%40example.com&filler=" + "x".repeat(20_000));
        Body stream = new Body(body, 1, null); // one byte per read, with a 0 between: the loop must neither spin nor drop
        BufferedRequest r = BufferedRequest.of(new Request().body(stream).build(), 10);
        assertThat(head(r)).isEqualTo("email=m%40");
        assertThat(r.complete()).isFalse();
        assertThat(r.getInputStream().isFinished()).isFalse();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        ServletInputStream in = r.getInputStream();
        seen.write(in.read()); // single-byte reads and array reads interleave
        seen.write(in.readAllBytes());
        assertThat(seen.toByteArray()).isEqualTo(body);
    }

    @Test
    void aLimitOfZeroBuffersNothing() throws IOException {
        BufferedRequest empty = BufferedRequest.of(new Request().build(), 0);
        assertThat(empty.headLength()).isZero();
        assertThat(empty.complete()).isTrue();
        BufferedRequest some = BufferedRequest.of(new Request().body(Body.of("a=1")).build(), 0);
        assertThat(some.headLength()).isZero();
        assertThat(some.complete()).isFalse();
        assertThat(some.getInputStream().readAllBytes()).isEqualTo(bytes("a=1"));
        assertThatThrownBy(() -> BufferedRequest.of(new Request().build(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodyThatStopsArrivingIsAnIncompleteHeadAndTheAppMeetsTheSameFailure() throws IOException {
        EOFException early = new EOFException("Early EOF");
        BufferedRequest r = BufferedRequest.of(new Request().body(new Body(bytes("email=m@e"), 4, early)).build(), 64);
        assertThat(head(r)).isEqualTo("email=m@e");
        assertThat(r.complete()).isFalse();
        ServletInputStream in = r.getInputStream();
        byte[] got = new byte[9];
        assertThat(in.readNBytes(got, 0, 9)).isEqualTo(9);
        assertThat(got).isEqualTo(bytes("email=m@e"));
        assertThatThrownBy(in::read).isSameAs(early);
        assertThatThrownBy(() -> in.read(new byte[4])).isSameAs(early);
        assertThat(r.identifier(FIELDS)).as("a head that is not the whole body names no account").isEmpty();
    }

    @Test
    void aFailingGetInputStreamIsSurfacedOnTheAppsRead() {
        Request fake = new Request();
        fake.inputStreamFailure = new IOException("gone");
        BufferedRequest r = BufferedRequest.of(fake.build(), 64);
        assertThat(r.headLength()).isZero();
        assertThat(r.complete()).isFalse();
        assertThatThrownBy(() -> r.getInputStream().read()).isSameAs(fake.inputStreamFailure);
    }

    @Test
    void streamAndReaderAreMutuallyExclusiveLikeAContainers() throws IOException {
        BufferedRequest streamed = BufferedRequest.of(new Request().body(Body.of("a=1")).build(), 64);
        assertThat(streamed.getInputStream()).isSameAs(streamed.getInputStream());
        assertThatThrownBy(streamed::getReader).isInstanceOf(IllegalStateException.class);

        BufferedRequest read = BufferedRequest.of(new Request().body(Body.of("a=1")).build(), 64);
        assertThat(read.getReader()).isSameAs(read.getReader());
        assertThatThrownBy(read::getInputStream).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReaderUsesTheRequestsCharsetOrTheDefaultForItsType() throws IOException {
        String text = "{\"name\":\"Zoë\"}";
        assertThat(BufferedRequest.of(new Request().contentType("application/json", null).body(Body.of(text)).build(), 4)
                .getReader().readLine()).as("JSON is UTF-8 by default").isEqualTo(text);
        assertThat(BufferedRequest.of(new Request().contentType("text/plain", null).body(Body.of("ë")).build(), 4)
                .getReader().readLine()).as("the servlet spec's ISO-8859-1 otherwise").isEqualTo("Ã«");
        Body latin1 = new Body("Zoë".getBytes(StandardCharsets.ISO_8859_1), 1, null);
        latin1.zeros = false; // an InputStreamReader refuses a stream that returns 0, as the app's would
        assertThat(BufferedRequest.of(new Request().contentType("text/plain;charset=ISO-8859-1", "ISO-8859-1")
                .body(latin1).build(), 1).getReader().readLine()).isEqualTo("Zoë");
        BufferedRequest bogus = BufferedRequest.of(new Request().contentType("text/plain", "bogus").build(), 4);
        assertThatThrownBy(bogus::getReader).isInstanceOf(UnsupportedEncodingException.class);
    }

    @Test
    void formParametersComeFromTheWholeBodyAfterTheQueryString() throws IOException {
        String body = "email=first%40example.com&filler=" + "x".repeat(5_000) + "&email=second%40example.com&q=body";
        Body stream = Body.of(body);
        Request fake = new Request().body(stream).query("q=query");
        fake.containerMustNotParse = true;
        BufferedRequest r = BufferedRequest.of(fake.build(), 16);
        assertThat(r.getParameter("email")).isEqualTo("first@example.com");
        assertThat(r.getParameterValues("email")).containsExactly("first@example.com", "second@example.com");
        assertThat(r.getParameter("filler")).hasSize(5_000);
        assertThat(r.getParameterValues("q")).as("query first, as containers order them").containsExactly("query", "body");
        assertThat(r.getParameter("q")).isEqualTo("query");
        assertThat(r.getParameter("missing")).isNull();
        assertThat(r.getParameterValues("missing")).isNull();
        assertThat(Collections.list(r.getParameterNames())).containsExactly("q", "email", "filler");
        int reads = stream.reads;
        assertThat(r.getParameterMap()).containsKeys("q", "email", "filler");
        assertThat(stream.reads).as("parsed once").isEqualTo(reads);
        assertThatThrownBy(() -> r.getParameterMap().put("x", new String[0])).isInstanceOf(UnsupportedOperationException.class);
        r.getParameterValues("email")[0] = "changed";
        assertThat(r.getParameter("email")).isEqualTo("first@example.com");
        assertThat(r.getInputStream().read()).as("the body went to the parameters, as in a container").isEqualTo(-1);
    }

    @Test
    void afterTheAppReadTheBodyOnlyTheQueryStringsParametersRemain() throws IOException {
        BufferedRequest r = BufferedRequest.of(new Request().body(Body.of("a=1")).query("q=1").build(), 64);
        assertThat(r.getInputStream().readAllBytes()).isEqualTo(bytes("a=1"));
        assertThat(r.getParameterMap()).containsOnlyKeys("q");
        BufferedRequest read = BufferedRequest.of(new Request().body(Body.of("a=1")).build(), 64);
        read.getReader();
        assertThat(read.getParameter("a")).isNull();
    }

    @Test
    void aFormTooLargeOrCutShortGivesNoBodyParameters() {
        byte[] huge = bytes("a=1&b=" + "x".repeat(BufferedForm.MAX_BYTES));
        BufferedRequest tooLarge = BufferedRequest.of(new Request().body(new Body(huge, 65_536, null)).query("q=1").build(), 64);
        assertThat(tooLarge.getParameterMap()).containsOnlyKeys("q");
        BufferedRequest cut = BufferedRequest.of(new Request().body(new Body(bytes("a=1&b=2"), 3, new EOFException())).build(), 4);
        assertThat(cut.getParameterMap()).isEmpty();
    }

    @Test
    void anEmptyBodyLeavesParametersToTheContainer() {
        // A filter before ours may have called getParameter: the container parsed the body, our read found it empty.
        BufferedRequest r = BufferedRequest.of(new Request().parameter("email", "m@example.com").build(), 64);
        assertThat(r.getParameter("email")).isEqualTo("m@example.com");
        assertThat(r.identifier(FIELDS)).contains("m@example.com");
    }

    @Test
    void otherBodiesLeaveParametersToTheContainer() {
        BufferedRequest r = BufferedRequest.of(new Request().contentType("application/json", null)
                .body(Body.of("{\"a\":1}")).parameter("q", "1").build(), 64);
        assertThat(r.getParameterMap()).containsOnlyKeys("q");
    }

    @Test
    void theIdentifierIsTheOneTheAppWillSee() {
        Request withQuery = new Request().body(Body.of("username=random1234")).query("username=victim&username=x");
        withQuery.containerMustNotParse = true;
        BufferedRequest query = BufferedRequest.of(withQuery.build(), 64);
        assertThat(query.identifier(FIELDS)).as("getParameter prefers the query string").contains("victim");
        assertThat(query.getParameter("username")).isEqualTo("victim");
        BufferedRequest body = BufferedRequest.of(new Request().body(Body.of("username=member&email=m%40example.com")).build(), 64);
        assertThat(body.identifier(FIELDS)).contains("m@example.com");
        BufferedRequest json = BufferedRequest.of(new Request().contentType("application/json", null)
                .body(Body.of("{\"email\":\"m\\u0040example.com\"}")).parameter("email", "ignored").build(), 64);
        assertThat(json.identifier(FIELDS)).as("a JSON app reads the body").contains("m@example.com");
        BufferedRequest latin1 = BufferedRequest.of(new Request().contentType("application/x-www-form-urlencoded", "ISO-8859-1")
                .body(Body.of("email=z%F6e")).build(), 64);
        assertThat(latin1.identifier(FIELDS)).as("the container's default charset").contains("zöe");
        BufferedRequest other = BufferedRequest.of(new Request().contentType("text/plain", null)
                .body(Body.of("email=m")).parameter("email", "q").build(), 64);
        assertThat(other.identifier(FIELDS)).isEmpty();
        assertThat(other.getInputStream()).isNotNull();
    }

    @Test
    void aReadListenerGetsTheWholeBodyOnAContainerThread() throws IOException {
        Request fake = new Request().body(new Body(bytes("a=" + "x".repeat(100)), 7, null));
        BufferedRequest r = BufferedRequest.of(fake.build(), 10);
        ServletInputStream in = r.getInputStream();
        assertThatThrownBy(() -> in.setReadListener(new Collect(in))).as("not async").isInstanceOf(IllegalStateException.class);
        fake.asyncStarted = true;
        Collect collect = new Collect(in);
        in.setReadListener(collect);
        assertThat(collect.events).containsExactly("data", "all");
        assertThat(collect.bytes.toByteArray()).isEqualTo(bytes("a=" + "x".repeat(100)));
        assertThatThrownBy(() -> in.setReadListener(collect)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> in.setReadListener(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aReadListenerReadingOneChunkPerCallIsCalledUntilTheEnd() throws IOException {
        Request fake = new Request().body(Body.of("a=" + "x".repeat(100)));
        fake.asyncStarted = true;
        BufferedRequest r = BufferedRequest.of(fake.build(), 10);
        ServletInputStream in = r.getInputStream();
        List<Integer> sizes = new ArrayList<>();
        in.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                byte[] chunk = new byte[40];
                sizes.add(in.read(chunk));
            }

            @Override
            public void onAllDataRead() {
                sizes.add(0);
            }

            @Override
            public void onError(Throwable t) {
                sizes.add(-99);
            }
        });
        assertThat(sizes).as("the buffered bytes, then the container's, until it is finished")
                .containsExactly(11, 40, 40, 11, 0);
    }

    @Test
    void aReadListenerHearsOfAFailedBody() throws IOException {
        IOException early = new EOFException("Early EOF");
        Request fake = new Request().body(new Body(bytes("a=1"), 64, early));
        fake.asyncStarted = true;
        ServletInputStream in = BufferedRequest.of(fake.build(), 10).getInputStream();
        Collect collect = new Collect(in);
        in.setReadListener(collect);
        assertThat(collect.events).containsExactly("data", "error " + early);
        assertThat(collect.bytes.toByteArray()).isEqualTo(bytes("a=1"));
    }

    /** The usual non-blocking read loop. */
    private static final class Collect implements ReadListener {
        final ServletInputStream in;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> events = new ArrayList<>();

        Collect(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public void onDataAvailable() throws IOException {
            events.add("data");
            byte[] chunk = new byte[16];
            int n;
            while (in.isReady() && (n = in.read(chunk)) != -1) {
                bytes.write(chunk, 0, n);
            }
        }

        @Override
        public void onAllDataRead() {
            events.add("all");
        }

        @Override
        public void onError(Throwable t) {
            events.add("error " + t);
        }
    }

    @Test
    void headIsTheBufferNotACopy() {
        BufferedRequest r = BufferedRequest.of(new Request().body(Body.of("abc")).build(), 64);
        assertThat(Arrays.copyOf(r.head(), r.headLength())).isEqualTo(bytes("abc"));
        assertThat(r.identifier(FIELDS)).isEqualTo(Optional.empty());
    }
}
