package dev.launchready.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.examples.common.members.DemoMembers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example app behind a real nginx {@code proxy_cache}, in two configurations: one that honours
 * the origin's headers and caches headerless 200s for minutes, and one told to ignore
 * {@code Cache-Control} and {@code Expires}. Thousands of concurrent requests from two members (by
 * session cookie and by bearer token) and anonymous visitors with analytics cookies: no member's bytes
 * reach anyone else, no member route is ever a HIT, no {@code Set-Cookie} is replayed, and public
 * pages and assets are HITs.
 */
class EdgeCacheIT {

    private static final int REQUESTS = 3000;
    private static final int THREADS = 32;
    private static final Pattern TOKEN = Pattern.compile("<code id=\"api-token\">([^<]+)</code>");
    private static final Pattern ASSET = Pattern.compile("/assets/[A-Za-z0-9._-]+");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Set<String> HIT_LIKE = Set.of("HIT", "STALE", "UPDATING", "REVALIDATED");
    private static final List<String> MEMBER_ROUTES = List.of("/members", "/account", "/api/me");

    private static RunningApp app;
    private static NginxProcess nginx;
    private static int honours;
    private static int overrides;
    private static final List<HttpClient> CLIENTS = new ArrayList<>();
    private static Identity mia;
    private static Identity oscar;
    private static List<String> publicPages;
    private static List<String> assets;

    /** A member: how the requests say who they are, and what of theirs must never reach anyone else. */
    record Identity(String name, String email, String cookie, String token, String sessionId) {
        List<String> markers() {
            return List.of(name, email, token, sessionId);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        app = AppWithSettings.start(Map.of("launchready.health.drain-period", "0s"));
        for (int i = 0; i < 4; i++) {
            CLIENTS.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
        }
        mia = logIn(DemoMembers.MIA_NAME, DemoMembers.MIA_EMAIL, DemoMembers.MIA_PASSWORD);
        oscar = logIn(DemoMembers.OSCAR_NAME, DemoMembers.OSCAR_EMAIL, DemoMembers.OSCAR_PASSWORD);
        String home = send(app.port(), "GET", "/", null, null).body();
        Matcher m = ASSET.matcher(home);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assets = found.stream().distinct().toList();
        assertThat(assets).as("fingerprinted assets linked from the home page").hasSizeGreaterThanOrEqualTo(2);
        publicPages = List.of("/", "/pricing", "/favicon.ico", "/robots.txt");

        honours = NginxProcess.freePort();
        overrides = NginxProcess.freePort();
        String upstream = "http://127.0.0.1:" + app.port();
        String common = """
                      proxy_pass %s;
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      add_header X-Cache-Status $upstream_cache_status always;
                """.formatted(upstream);
        nginx = NginxProcess.start("""
                  proxy_cache_path PREFIX/cache-honours levels=1:2 keys_zone=honours:2m inactive=10m;
                  proxy_cache_path PREFIX/cache-overrides levels=1:2 keys_zone=overrides:2m inactive=10m;
                  server {
                    listen 127.0.0.1:%d;
                    location / {
                      proxy_cache honours;
                      proxy_cache_valid 200 10m;
                %s    }
                  }
                  server {
                    listen 127.0.0.1:%d;
                    location / {
                      proxy_cache overrides;
                      proxy_ignore_headers Cache-Control Expires;
                      proxy_cache_valid 200 301 302 10m;
                %s    }
                  }
                """.formatted(honours, common, overrides, common), honours, overrides);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void membersNeverSeeEachOthersBytesAndPublicResponsesAreHits() throws Exception {
        // Warm-up: each public URL once through each cache, as anonymous visitors.
        for (int port : new int[] {honours, overrides}) {
            for (String path : concat(publicPages, assets)) {
                send(port, "GET", path, "_ga=GA1.2." + ThreadLocalRandom.current().nextInt(), null);
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> sessionCookies = ConcurrentHashMap.newKeySet();
        AtomicInteger assetRequests = new AtomicInteger();
        AtomicInteger assetHits = new AtomicInteger();
        AtomicInteger pageRequests = new AtomicInteger();
        AtomicInteger pageHits = new AtomicInteger();
        AtomicInteger memberRouteRequests = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                futures.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int port = random.nextBoolean() ? honours : overrides;
                    int who = random.nextInt(5); // 0..1 Mia, 2..3 Oscar (cookie, bearer), 4 anonymous
                    Identity member = who < 2 ? mia : who < 4 ? oscar : null;
                    boolean bearer = who == 1 || who == 3;
                    String path;
                    if (member != null) {
                        // Tokens open the API; pages need the session (as in the app).
                        path = random.nextInt(4) == 0 ? pick(concat(publicPages, assets))
                                : bearer ? "/api/me" : pick(MEMBER_ROUTES);
                    } else {
                        int r = random.nextInt(10);
                        path = r < 4 ? pick(assets) : r < 8 ? pick(publicPages) : r == 8 ? pick(MEMBER_ROUTES) : "/login";
                    }
                    String cookie = "_ga=GA1.2." + random.nextInt() + "; _gid=" + random.nextInt();
                    String authorization = null;
                    if (member != null && bearer) {
                        authorization = "Bearer " + member.token();
                    } else if (member != null) {
                        cookie = cookie + "; " + member.cookie();
                    }
                    HttpResponse<String> response = send(port, "GET", path, cookie, authorization);
                    String cache = response.headers().firstValue("X-Cache-Status").orElse("-");
                    String where = (member == null ? "anonymous" : member.name() + (bearer ? " (bearer)" : " (cookie)"))
                            + " GET " + path + " via " + (port == honours ? "honours" : "overrides");
                    for (Identity other : new Identity[] {mia, oscar}) {
                        if (other != member && other.markers().stream().anyMatch(response.body()::contains)) {
                            problems.add(where + ": body carries " + other.name() + "'s data (" + cache + ")");
                        }
                        for (String setCookie : response.headers().allValues("Set-Cookie")) {
                            if (other != member && setCookie.contains(other.sessionId())) {
                                problems.add(where + ": Set-Cookie replays " + other.name() + "'s session");
                            }
                        }
                    }
                    for (String setCookie : response.headers().allValues("Set-Cookie")) {
                        Matcher session = SESSION.matcher(setCookie);
                        if (session.find() && !sessionCookies.add(session.group(1))) {
                            problems.add(where + ": Set-Cookie " + session.group(1) + " seen twice (replayed)");
                        }
                    }
                    if (MEMBER_ROUTES.contains(path)) {
                        memberRouteRequests.incrementAndGet();
                        if (HIT_LIKE.contains(cache)) {
                            problems.add(where + ": member route served from cache (" + cache + ")");
                        }
                        if (member != null && (response.statusCode() != 200 || !response.body().contains(member.email()))) {
                            problems.add(where + ": not the member's own page (" + response.statusCode() + ")");
                        }
                    }
                    if (member == null && assets.contains(path)) {
                        assetRequests.incrementAndGet();
                        if (cache.equals("HIT")) {
                            assetHits.incrementAndGet();
                        }
                    } else if (member == null && publicPages.contains(path)) {
                        pageRequests.incrementAndGet();
                        if (cache.equals("HIT")) {
                            pageHits.incrementAndGet();
                        }
                        if (!response.headers().allValues("Set-Cookie").isEmpty()) {
                            problems.add(where + ": anonymous public response sets a cookie");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(problems).as("leaks").isEmpty();
        assertThat(memberRouteRequests.get()).isGreaterThan(REQUESTS / 3);
        assertThat(assetRequests.get()).isGreaterThan(150);
        assertThat(pageRequests.get()).isGreaterThan(150);
        assertThat(assetHits.get() * 100.0 / assetRequests.get()).as("asset hit ratio %").isGreaterThanOrEqualTo(99.0);
        assertThat(pageHits.get() * 100.0 / pageRequests.get()).as("anonymous page hit ratio %").isGreaterThanOrEqualTo(95.0);
        System.out.printf("EdgeCacheIT: %d requests; asset HITs %d/%d, anonymous page HITs %d/%d, member-route requests %d,"
                + " 0 leaks%n", REQUESTS, assetHits.get(), assetRequests.get(), pageHits.get(), pageRequests.get(),
                memberRouteRequests.get());
    }

    private static Identity logIn(String name, String email, String password) throws Exception {
        String form = "email=" + email.replace("@", "%40") + "&password=" + password;
        HttpResponse<String> login = CLIENTS.get(0).send(HttpRequest.newBuilder(URI.create(app.uri() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login of " + email).isEqualTo(303);
        Matcher session = SESSION.matcher(login.headers().firstValue("Set-Cookie").orElseThrow());
        assertThat(session.find()).isTrue();
        String cookie = "JSESSIONID=" + session.group(1);
        Matcher token = TOKEN.matcher(send(app.port(), "GET", "/account", cookie, null).body());
        assertThat(token.find()).as("API token on the account page").isTrue();
        return new Identity(name, email, cookie, token.group(1), session.group(1));
    }

    static HttpResponse<String> send(int port, String method, String path, String cookie, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return CLIENTS.get(ThreadLocalRandom.current().nextInt(CLIENTS.size())).send(b.build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
