package dev.launchready.redact;

import static dev.launchready.redact.FakeSecrets.ALNUM;
import static dev.launchready.redact.FakeSecrets.B64;
import static dev.launchready.redact.FakeSecrets.B64URL;
import static dev.launchready.redact.FakeSecrets.BASE32;
import static dev.launchready.redact.FakeSecrets.BECH32;
import static dev.launchready.redact.FakeSecrets.DIGITS;
import static dev.launchready.redact.FakeSecrets.HEX;
import static dev.launchready.redact.FakeSecrets.LOWER;
import static dev.launchready.redact.FakeSecrets.LOWER_ALNUM;
import static dev.launchready.redact.FakeSecrets.UPPER;
import static dev.launchready.redact.FakeSecrets.UPPER_ALNUM;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The recall corpus: generated secrets in each provider's real format, placed in the contexts log
 * lines put them in, plus structural secrets (keys, headers, cookies, URLs, key-values, emails,
 * cards, IBANs) in their own contexts. Written from the providers' documented formats, separately
 * from the detectors' table, so that a wrong detector rule shows as a miss.
 */
final class SecretCorpus {

    /** One line with one or more secret parts; {@code keep} is text of the line that must survive. */
    record Sample(String format, String group, String context, String line, List<String> secrets, List<String> keep) {
    }

    private record Provider(String name, boolean checksum, Function<FakeSecrets, String> make) {
    }

    private static final String AZ = ALNUM + "_~.-";

    private static final List<Provider> PROVIDERS = List.of(
            p("aws-akia", g -> "AKIA" + g.r(BASE32, 16)),
            p("aws-asia", g -> "ASIA" + g.r(BASE32, 16)),
            p("gcp-api-key", g -> "AIza" + g.rAlnumEnd(B64URL, 35)),
            p("gcp-oauth-secret", g -> "GOCSPX-" + g.rAlnumEnd(B64URL, 28)),
            p("google-oauth-token", g -> "ya29.a0" + g.rAlnumEnd(B64URL, 150)),
            p("azure-ad-secret", g -> g.r(ALNUM, 3) + g.r(DIGITS, 1) + "Q~" + g.rAlnumEnd(AZ, 34)),
            p("digitalocean-pat", g -> "dop_v1_" + g.r(HEX, 64)),
            p("digitalocean-oauth", g -> "doo_v1_" + g.r(HEX, 64)),
            p("alibaba-key-id", g -> "LTAI" + g.r(ALNUM, 20)),
            p("heroku-v2", g -> "HRKU-AA" + g.rAlnumEnd(B64URL, 58)),
            p("vault-service", g -> "hvs." + g.rAlnumEnd(B64URL, 90)),
            p("vault-batch", g -> "hvb." + g.rAlnumEnd(B64URL, 120)),
            p("terraform-cloud", g -> g.r(LOWER_ALNUM, 14) + ".atlasv1." + g.rAlnumEnd(B64URL, 67)),
            p("databricks", g -> "dapi" + g.r(HEX, 32)),
            p("doppler-personal", g -> "dp.pt." + g.r(ALNUM, 43)),
            p("doppler-service-account", g -> "dp.sa." + g.r(ALNUM, 43)),
            p("pulumi", g -> "pul-" + g.r(HEX, 40)),
            p("flyio", g -> "fo1_" + g.rAlnumEnd(B64URL, 43)),
            p("planetscale-token", g -> "pscale_tkn_" + g.rAlnumEnd(B64URL, 43)),
            p("planetscale-password", g -> "pscale_pw_" + g.rAlnumEnd(B64URL, 43)),
            p("supabase", g -> "sbp_" + g.r(HEX, 40)),
            p("grafana-cloud", g -> "glc_eyJ" + g.r(ALNUM, 120)),
            p("grafana-service-account", g -> "glsa_" + g.r(ALNUM, 32) + "_" + g.r(HEX, 8)),
            p("new-relic-user-key", g -> "NRAK-" + g.r(UPPER_ALNUM, 27)),
            p("sentry-user-token", g -> "sntryu_" + g.r(HEX, 64)),
            p("sentry-org-token", g -> "sntrys_eyJ" + g.r(ALNUM, 120) + "_" + g.r(ALNUM, 43)),
            p("dynatrace", g -> "dt0c01." + g.r(UPPER_ALNUM, 24) + "." + g.r(UPPER_ALNUM, 64)),
            p("age-secret-key", g -> "AGE-SECRET-KEY-1" + g.r(BECH32, 58)),
            p("1password-service-account", g -> "ops_eyJ" + g.r(ALNUM, 300)),
            p("linear", g -> "lin_api_" + g.r(ALNUM, 40)),
            p("notion-legacy", g -> "secret_" + g.r(ALNUM, 43)),
            p("notion", g -> "ntn_" + g.r(DIGITS, 11) + g.r(ALNUM, 35)),
            p("airtable-pat", g -> "pat" + g.r(ALNUM, 14) + "." + g.r(HEX, 64)),
            p("figma", g -> "figd_" + g.rAlnumEnd(B64URL, 40)),
            p("postman", g -> "PMAK-" + g.r(HEX, 24) + "-" + g.r(HEX, 34)),
            p("shopify-access", g -> "shpat_" + g.r(HEX, 32)),
            p("shopify-custom-app", g -> "shpca_" + g.r(HEX, 32)),
            p("shopify-private-app", g -> "shppa_" + g.r(HEX, 32)),
            p("shopify-shared-secret", g -> "shpss_" + g.r(HEX, 32)),
            p("contentful", g -> "CFPAT-" + g.rAlnumEnd(B64URL, 43)),
            p("readme", g -> "rdme_" + g.r(LOWER_ALNUM, 70)),
            p("prefect", g -> "pnu_" + g.r(ALNUM, 36)),
            p("sourcegraph", g -> "sgp_" + g.r(HEX, 40)),
            p("render", g -> "rnd_" + g.r(ALNUM, 32)),
            p("netlify", g -> "nfp_" + g.r(ALNUM, 36)),
            p("mapbox-secret", g -> "sk.eyJ1Ijoi" + g.r(ALNUM, 60) + "." + g.r(ALNUM, 22)),
            p("twilio-api-key", g -> "SK" + g.r(HEX, 32)),
            p("sonarqube-user", g -> "squ_" + g.r(HEX, 40)),
            c("github-pat-classic", g -> g.githubStyle("ghp_")),
            c("github-oauth", g -> g.githubStyle("gho_")),
            c("github-user-to-server", g -> g.githubStyle("ghu_")),
            c("github-server-to-server", g -> g.githubStyle("ghs_")),
            c("github-refresh", g -> g.githubStyle("ghr_")),
            p("github-fine-grained", g -> "github_pat_11" + g.r(UPPER_ALNUM, 20) + "_" + g.r(ALNUM, 59)),
            c("gitlab-pat-routable", g -> g.gitlabRoutable("glpat-")),
            p("gitlab-pat-legacy", g -> "glpat-" + g.rAlnumEnd(B64URL, 20)),
            p("gitlab-pipeline-trigger", g -> "glptt-" + g.r(HEX, 40)),
            p("gitlab-deploy-token", g -> "gldt-" + g.rAlnumEnd(B64URL, 20)),
            p("gitlab-runner", g -> "glrt-" + g.rAlnumEnd(B64URL, 20)),
            p("gitlab-runner-registration", g -> "GR1348941" + g.rAlnumEnd(B64URL, 20)),
            p("bitbucket-app-password", g -> "ATBB" + g.r(ALNUM, 32)),
            p("atlassian-api-token", g -> "ATATT3xFfGF0" + g.rAlnumEnd(B64URL, 180)),
            p("huggingface", g -> "hf_" + g.r(UPPER + LOWER, 34)),
            p("huggingface-org", g -> "api_org_" + g.r(UPPER + LOWER, 34)),
            p("jfrog-api-key", g -> "AKCp" + g.r(ALNUM, 69)),
            p("stripe-live-secret", g -> "sk_live_" + g.r(ALNUM, 24)),
            p("stripe-live-secret-long", g -> "sk_live_51" + g.r(ALNUM, 97)),
            p("stripe-test-secret", g -> "sk_test_" + g.r(ALNUM, 24)),
            p("stripe-live-restricted", g -> "rk_live_" + g.r(ALNUM, 24)),
            p("stripe-test-restricted", g -> "rk_test_" + g.r(ALNUM, 24)),
            p("stripe-webhook-secret", g -> "whsec_" + g.r(ALNUM, 32)),
            p("square-access", g -> "sq0atp-" + g.rAlnumEnd(B64URL, 22)),
            p("square-oauth-secret", g -> "sq0csp-" + g.rAlnumEnd(B64URL, 43)),
            p("square-production", g -> "EAAA" + g.rAlnumEnd(B64URL, 60)),
            p("facebook-access", g -> "EAAB" + g.r(ALNUM, 160)),
            p("braintree-production", g -> "access_token$production$" + g.r(LOWER_ALNUM, 16) + "$" + g.r(HEX, 32)),
            p("razorpay-live", g -> "rzp_live_" + g.r(ALNUM, 14)),
            p("flutterwave-secret", g -> "FLWSECK-" + g.r(HEX, 32) + "-X"),
            p("shippo-live", g -> "shippo_live_" + g.r(HEX, 40)),
            p("easypost-production", g -> "EZAK" + g.r(ALNUM, 54)),
            p("duffel-live", g -> "duffel_live_" + g.rAlnumEnd(B64URL, 43)),
            p("gocardless-live", g -> "live_" + g.rAlnumEnd(B64URL, 40)),
            p("sendgrid", g -> "SG." + g.rAlnumEnd(B64URL, 22) + "." + g.rAlnumEnd(B64URL, 43)),
            p("mailgun-legacy", g -> "key-" + g.r(HEX, 32)),
            p("mailchimp", g -> g.r(HEX, 32) + "-us" + (1 + g.nextInt(20))),
            p("brevo", g -> "xkeysib-" + g.r(HEX, 64) + "-" + g.r(ALNUM, 16)),
            p("mailersend", g -> "mlsn." + g.r(HEX, 64)),
            p("resend", g -> "re_" + g.r(ALNUM, 8) + "_" + g.r(ALNUM, 24)),
            p("slack-bot", g -> "xoxb-" + g.digits(11) + "-" + g.digits(13) + "-" + g.r(ALNUM, 24)),
            p("slack-user", g -> "xoxp-" + g.digits(11) + "-" + g.digits(11) + "-" + g.digits(13) + "-" + g.r(HEX, 32)),
            p("slack-app", g -> "xapp-1-A" + g.r(UPPER_ALNUM, 10) + "-" + g.digits(13) + "-" + g.r(HEX, 64)),
            p("slack-config-refresh", g -> "xoxe-1-" + g.r(ALNUM, 140)),
            p("telegram-bot", g -> g.digits(10) + ":AA" + g.rAlnumEnd(B64URL, 33)),
            p("openai-project", g -> "sk-proj-" + g.rAlnumEnd(B64URL, 156)),
            p("openai-service-account", g -> "sk-svcacct-" + g.rAlnumEnd(B64URL, 156)),
            p("openai-admin", g -> "sk-admin-" + g.rAlnumEnd(B64URL, 156)),
            p("openai-legacy", g -> "sk-" + g.r(ALNUM, 20) + "T3BlbkFJ" + g.r(ALNUM, 20)),
            p("anthropic", g -> "sk-ant-api03-" + g.rAlnumEnd(B64URL, 93) + "AA"),
            p("anthropic-admin", g -> "sk-ant-admin01-" + g.rAlnumEnd(B64URL, 93) + "AA"),
            p("openrouter", g -> "sk-or-v1-" + g.r(HEX, 64)),
            p("deepseek", g -> "sk-" + g.r(HEX, 32)),
            p("replicate", g -> "r8_" + g.r(ALNUM, 37)),
            p("groq", g -> "gsk_" + g.r(ALNUM, 52)),
            p("perplexity", g -> "pplx-" + g.r(ALNUM, 48)),
            p("xai", g -> "xai-" + g.r(ALNUM, 80)),
            p("langsmith", g -> "lsv2_pt_" + g.r(HEX, 32) + "_" + g.r(HEX, 10)),
            p("pinecone", g -> "pcsk_" + g.r(ALNUM, 5) + "_" + g.r(ALNUM, 60)),
            p("elevenlabs", g -> "sk_" + g.r(HEX, 48)),
            c("npm", g -> g.githubStyle("npm_")),
            p("pypi", g -> "pypi-AgEIcHlwaS5vcmc" + g.rAlnumEnd(B64URL, 150)),
            p("rubygems", g -> "rubygems_" + g.r(HEX, 48)),
            p("nuget", g -> "oy2" + g.r(LOWER_ALNUM, 43)),
            p("dockerhub-pat", g -> "dckr_pat_" + g.rAlnumEnd(B64URL, 27)),
            p("crates-io", g -> "cio" + g.r(ALNUM, 32)),
            p("clojars", g -> "CLOJARS_" + g.r(LOWER_ALNUM, 60)),
            p("jwt", FakeSecrets::jwt));

    /** Contexts a provider token turns up in: {@code %s} is the token. */
    static final List<String[]> CONTEXTS = List.of(
            new String[] {"bare", "%s"},
            new String[] {"key=value", "sync done cfg.value=%s retries=3"},
            new String[] {"json", "{\"event\":\"sync\",\"value\":\"%s\",\"ok\":true}"},
            new String[] {"header", "X-Upstream-Credential: %s"},
            new String[] {"url-query", "GET https://api.example.com/v1/items?q=%s&page=2 HTTP/1.1"},
            new String[] {"sentence", "Using %s for the nightly sync."},
            new String[] {"exception", "java.lang.IllegalStateException: upstream rejected %s\n\tat com.example.billing.Sync.run(Sync.java:42)"},
            new String[] {"parens", "retry (key %s) after 2s"},
            new String[] {"map", "request headers={accept=*/*, x-upstream=%s, retries=3}"});

    private SecretCorpus() {
    }

    private static Provider p(String name, Function<FakeSecrets, String> make) {
        return new Provider(name, false, make);
    }

    private static Provider c(String name, Function<FakeSecrets, String> make) {
        return new Provider(name, true, make);
    }

    static List<Sample> secrets(long seed) {
        FakeSecrets g = new FakeSecrets(seed);
        List<Sample> out = new ArrayList<>();
        for (Provider provider : PROVIDERS) {
            for (String[] context : CONTEXTS) {
                String secret = provider.make().apply(g);
                String[] parts = context[1].split("%s", -1);
                out.add(new Sample(provider.name(), provider.checksum() ? "checksum" : "provider", context[0],
                        parts[0] + secret + parts[1], List.of(secret), keep(parts)));
            }
        }
        privateKeys(g, out);
        headers(g, out);
        urls(g, out);
        keyValues(g, out);
        personal(g, out);
        return out;
    }

    private static void privateKeys(FakeSecrets g, List<Sample> out) {
        for (String type : List.of("RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY",
                "ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY", "PGP PRIVATE KEY BLOCK")) {
            String begin = "-----BEGIN " + type + "-----";
            String end = "-----END " + type + "-----";
            List<String> lines = new ArrayList<>();
            String body = g.base64Of(900);
            for (int i = 0; i < body.length(); i += 64) {
                lines.add(body.substring(i, Math.min(body.length(), i + 64)));
            }
            String multi = begin + "\n" + String.join("\n", lines) + "\n" + end;
            add(out, "pem-" + slug(type), "private-key", "multi-line", "loaded key:\n" + multi + "\nfrom vault", lines,
                    "loaded key:", "from vault");
            add(out, "pem-" + slug(type), "private-key", "one-line", "key=" + begin + " " + String.join(" ", lines) + " " + end
                    + " user=deploy", lines, "user=deploy");
            add(out, "pem-" + slug(type), "private-key", "json-escaped", "{\"type\":\"service_account\",\"pk\":\"" + begin
                    + "\\n" + String.join("\\n", lines) + "\\n" + end + "\\n\",\"client\":\"x\"}", lines, "\"client\":\"x\"}");
            add(out, "pem-" + slug(type), "private-key", "truncated", "parse error near " + begin + "\n"
                    + String.join("\n", lines.subList(0, 6)), lines.subList(0, 6), "parse error near");
            add(out, "pem-" + slug(type), "private-key", "exception", "java.security.InvalidKeyException: bad key " + begin
                    + "\n" + String.join("\n", lines) + "\n" + end + "\n\tat com.example.Keys.load(Keys.java:10)", lines,
                    "at com.example.Keys.load");
        }
    }

    private static void headers(FakeSecrets g, List<Sample> out) {
        for (int i = 0; i < 3; i++) {
            String bearer = g.r(ALNUM, 40);
            String basic = Base64.getEncoder().encodeToString((g.r(LOWER, 6) + ":" + g.password())
                    .getBytes(StandardCharsets.UTF_8));
            String jwt = g.jwt();
            String apiKey = g.r(ALNUM, 32);
            add(out, "authorization-bearer", "header", "raw", "Authorization: Bearer " + bearer, List.of(bearer), "Authorization: Bearer");
            add(out, "authorization-bearer", "header", "map", "headers={Authorization=[Bearer " + bearer + "], Accept=[*/*]}",
                    List.of(bearer), "Accept=[*/*]}");
            add(out, "authorization-bearer", "header", "spring", "[authorization:\"Bearer " + bearer + "\", accept:\"*/*\"]",
                    List.of(bearer), "accept:\"*/*\"]");
            add(out, "authorization-bearer", "header", "json", "{\"authorization\":\"Bearer " + jwt + "\"}", List.of(jwt), "{\"authorization\":");
            add(out, "authorization-bearer", "header", "curl", "curl -H 'Authorization: Bearer " + bearer + "' https://api.example.com",
                    List.of(bearer), "https://api.example.com");
            add(out, "authorization-basic", "header", "raw", "Authorization: Basic " + basic, List.of(basic), "Authorization: Basic");
            add(out, "authorization-basic", "header", "map", "{authorization=Basic " + basic + ", host=example.com}", List.of(basic),
                    "host=example.com}");
            add(out, "authorization-token", "header", "raw", "Authorization: token " + bearer, List.of(bearer), "Authorization: token");
            add(out, "proxy-authorization", "header", "raw", "Proxy-Authorization: Basic " + basic, List.of(basic), "Proxy-Authorization:");
            add(out, "x-api-key", "header", "raw", "X-Api-Key: " + apiKey, List.of(apiKey), "X-Api-Key:");
            add(out, "x-api-key", "header", "map", "{x-api-key=" + apiKey + ", accept=application/json}", List.of(apiKey),
                    "accept=application/json}");
            add(out, "x-auth-token", "header", "raw", "X-Auth-Token: " + apiKey, List.of(apiKey), "X-Auth-Token:");
            add(out, "private-token", "header", "raw", "PRIVATE-TOKEN: " + apiKey, List.of(apiKey), "PRIVATE-TOKEN:");
            String session = g.r(B64URL, 32);
            String csrf = g.r(HEX, 32);
            add(out, "cookie", "cookie", "raw", "Cookie: SESSION=" + session + "; csrftoken=" + csrf, List.of(session, csrf), "Cookie: SESSION=");
            add(out, "cookie", "cookie", "map", "{cookie=JSESSIONID=" + session + "; theme=dark, host=x}", List.of(session), "host=x}");
            add(out, "cookie", "cookie", "json", "{\"Cookie\":\"remember_token=" + session + "; _ga=GA1.2.3\"}", List.of(session),
                    "{\"Cookie\":\"remember_token=");
            add(out, "set-cookie", "cookie", "raw", "Set-Cookie: sid=s%3A" + session + "; Path=/; HttpOnly; Secure",
                    List.of(session), "; Path=/; HttpOnly; Secure");
            add(out, "set-cookie", "cookie", "map", "{Set-Cookie=[__Host-session=" + session + "; Path=/; Secure]}", List.of(session), "Path=/");
        }
    }

    private static void urls(FakeSecrets g, List<Sample> out) {
        for (String scheme : List.of("postgres", "postgresql", "mysql", "mongodb+srv", "mongodb", "redis", "rediss", "amqp",
                "amqps", "smtp", "ftp", "sftp", "https", "ldap", "jdbc:mysql", "mssql")) {
            String pw = g.password().replace("@", "%40").replace("/", "_");
            String user = g.r(LOWER, 6);
            String url = scheme + "://" + user + ":" + pw + "@db." + g.r(LOWER, 5) + ".internal:5432/app";
            add(out, "url-" + slug(scheme), "url-password", "bare", url, List.of(pw), user + ":", ".internal:5432/app");
            add(out, "url-" + slug(scheme), "url-password", "exception",
                    "org.example.ConnectException: cannot reach " + url + " (timeout)", List.of(pw), "(timeout)");
            add(out, "url-" + slug(scheme), "url-password", "env", "DATABASE_URL=" + url, List.of(pw), "DATABASE_URL=");
        }
        String pw = g.password();
        add(out, "url-redis-no-user", "url-password", "bare", "redis://:" + pw + "@cache:6379/0", List.of(pw), "@cache:6379/0");
        String thin = g.password().replace("@", "#");
        add(out, "jdbc-oracle-thin", "url-password", "bare", "jdbc:oracle:thin:scott/" + thin + "@//db:1521/orcl",
                List.of(thin), "@//db:1521/orcl");
        String token = g.githubStyle("ghp_");
        add(out, "url-userinfo-token", "url-password", "bare", "git clone https://x-access-token:" + token + "@github.com/acme/app.git",
                List.of(token), "@github.com/acme/app.git");
        String userToken = g.r(ALNUM, 24);
        add(out, "url-userinfo-token", "url-password", "user-only", "pushing to https://" + userToken + "@git.example.com/app.git",
                List.of(userToken), "@git.example.com/app.git");
        for (String param : List.of("token", "access_token", "refresh_token", "id_token", "code", "key", "api_key", "apikey",
                "signature", "sig", "X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token", "password", "secret",
                "client_secret", "reset_token", "session", "jsessionid", "otp", "auth")) {
            String value = param.startsWith("X-Amz-Credential") ? "AKIA" + g.r(BASE32, 16) + "%2F20261123%2Fus-east-1%2Fs3"
                    : g.r(B64URL, 28) + g.r(ALNUM, 4);
            String sep = param.equals("jsessionid") ? ";" : "&";
            add(out, "query-" + param.toLowerCase(), "query", "url",
                    "redirect to https://app.example.com/cb?state=xyz" + sep + param + "=" + value + "&lang=en", List.of(value),
                    "https://app.example.com/cb?state=xyz", "&lang=en");
            add(out, "query-" + param.toLowerCase(), "query", "access-log",
                    "10.0.0.7 - - [23/Nov/2026:12:44:16 +0000] \"GET /reset?" + param + "=" + value + " HTTP/1.1\" 302 0",
                    List.of(value), "\"GET /reset?", " HTTP/1.1\" 302 0");
        }
        String pw2 = g.password().replace(";", "");
        add(out, "conn-sqlserver", "connection-string", "bare", "Server=tcp:db.example.com,1433;Database=app;User Id=app;Password="
                + pw2 + ";Encrypt=true", List.of(pw2), ";Encrypt=true");
        String accountKey = g.base64Of(64);
        add(out, "conn-azure-storage", "connection-string", "bare",
                "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=" + accountKey + ";EndpointSuffix=core.windows.net",
                List.of(accountKey), "EndpointSuffix=core.windows.net");
        String sas = g.r(B64, 40) + "%3D";
        add(out, "conn-azure-sas", "connection-string", "bare",
                "BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&sig=" + sas,
                List.of(sas), "BlobEndpoint=https://acme.blob.core.windows.net/");
        String pw3 = g.password();
        add(out, "conn-jdbc-postgres-query", "connection-string", "bare", "jdbc:postgresql://db:5432/app?user=app&password=" + pw3
                + "&ssl=true", List.of(pw3), "jdbc:postgresql://db:5432/app?user=app", "&ssl=true");
        add(out, "conn-jdbc-sqlserver", "connection-string", "bare", "jdbc:sqlserver://db:1433;databaseName=app;user=sa;password="
                + pw2 + ";encrypt=true", List.of(pw2), ";encrypt=true");
        String secret = g.r(ALNUM, 32);
        add(out, "conn-sentry-dsn", "connection-string", "bare", "SENTRY_DSN=https://" + secret + "@o123.ingest.sentry.io/456",
                List.of(secret), "@o123.ingest.sentry.io/456");
    }

    private static void keyValues(FakeSecrets g, List<Sample> out) {
        String[] spellings = {
            "password=%s", "Password: %s", "\"password\": \"%s\"", "'password': '%s'", "password => \"%s\"",
            "PGPASSWORD=%s", "DB_PASSWORD=%s", "spring.datasource.password=%s", "passwd=%s", "pwd=%s", "secret=%s",
            "client_secret=%s", "clientSecret: \"%s\"", "api_key=%s", "apiKey=%s", "\"apiKey\":\"%s\"", "secretKey=%s",
            "SECRET_KEY_BASE=%s", "access_token=%s", "refresh_token: %s", "auth_token=%s", "<password>%s</password>",
            "{\\\"password\\\":\\\"%s\\\"}", "password: %s", "--password=%s", "AWS_SECRET_ACCESS_KEY=%s",
            "aws_secret_access_key = %s", "credentials=%s", "token: %s", "webhook_secret=%s", "private_key=%s",
            "passphrase=%s", "SMTP_PASS=%s", "encryption_key=%s", "signing_key: %s", "x-api-key=%s", "otp=%s",
            "db.password = \"%s\"", "session_token=%s", "jwt_secret=%s"};
        for (String spelling : spellings) {
            for (int i = 0; i < 3; i++) {
                String value = spelling.contains("AWS_SECRET") || spelling.contains("aws_secret") ? g.r(B64, 40)
                        : spelling.equals("otp=%s") ? g.digits(8) : g.password();
                String[] parts = spelling.split("%s", -1);
                String line = "config loaded: " + parts[0] + value + parts[1] + " (source=env)";
                add(out, "kv " + parts[0].trim(), "key-value", i == 0 ? "log" : i == 1 ? "log-2" : "log-3", line,
                        List.of(value), "config loaded: " + parts[0], "(source=env)");
            }
        }
    }

    private static void personal(FakeSecrets g, List<Sample> out) {
        for (int i = 0; i < 12; i++) {
            String email = switch (i % 4) {
                case 0 -> g.r(LOWER, 6) + "." + g.r(LOWER, 7) + "@example.com";
                case 1 -> g.r(LOWER, 5) + "+" + g.r(LOWER, 4) + "@mail." + g.r(LOWER, 6) + ".co.uk";
                case 2 -> g.r(LOWER, 1).toUpperCase() + g.r(LOWER, 7) + "_" + g.digits(3) + "@" + g.r(LOWER, 8) + ".io";
                default -> g.r(LOWER_ALNUM, 10) + "@" + g.r(LOWER, 5) + "-" + g.r(LOWER, 4) + ".org";
            };
            add(out, "email", "email", "sentence", "sent reset link to " + email + ", expires in 1h", List.of(email),
                    "sent reset link to ", ", expires in 1h");
            add(out, "email", "email", "json", "{\"email\":\"" + email + "\",\"plan\":\"pro\"}", List.of(email), "\"plan\":\"pro\"}");
            add(out, "email", "email", "mailto", "<a href=\"mailto:" + email + "\">", List.of(email), "<a href=\"mailto:");
            add(out, "email", "email", "query", "GET /invite?email=" + email.replace("@", "%40").replace("+", "%2B")
                    .replace("%40", "@") + "&team=3", List.of(email), "GET /invite?email=", "&team=3");
        }
        String[][] cards = {{"visa", "4", "16"}, {"visa-13", "4", "13"}, {"mastercard", "5" + (1 + new FakeSecrets(7).nextInt(5)), "16"},
            {"mastercard-2series", "2720", "16"}, {"amex", "37", "15"}, {"discover", "6011", "16"}, {"jcb", "3530", "16"},
            {"diners", "36", "14"}, {"unionpay", "62", "19"}, {"maestro", "6759", "18"}};
        for (String[] card : cards) {
            for (String grouping : List.of("plain", "spaces", "dashes")) {
                String number = g.card(card[1], Integer.parseInt(card[2]));
                String shown = switch (grouping) {
                    case "spaces" -> card[0].equals("amex") ? number.substring(0, 4) + " " + number.substring(4, 10) + " "
                            + number.substring(10) : FakeSecrets.grouped(number, 4, " ");
                    case "dashes" -> FakeSecrets.grouped(number, 4, "-");
                    default -> number;
                };
                add(out, "card-" + card[0], "card", grouping, "payment declined for card " + shown + " (insufficient funds)",
                        List.of(shown), "payment declined for card ", " (insufficient funds)");
                add(out, "card-" + card[0], "card", grouping + "-json", "{\"card_number\":\"" + shown + "\",\"amount\":1200}",
                        List.of(shown), "\"amount\":1200}");
            }
        }
        String[][] ibans = {{"DE", "18", "n"}, {"GB", "18", "y"}, {"FR", "23", "n"}, {"NL", "14", "y"}, {"ES", "20", "n"},
            {"IT", "23", "n"}, {"CH", "17", "n"}, {"BE", "12", "n"}, {"PL", "24", "n"}, {"SE", "20", "n"}};
        for (String[] iban : ibans) {
            String number = g.iban(iban[0], Integer.parseInt(iban[1]), iban[2].equals("y") && !iban[0].equals("FR"));
            String printed = FakeSecrets.grouped(number, 4, " ");
            add(out, "iban-" + iban[0], "iban", "electronic", "payout to " + number + " scheduled", List.of(number),
                    "payout to ", " scheduled");
            add(out, "iban-" + iban[0], "iban", "print", "payout to " + printed + " scheduled", List.of(printed),
                    "payout to ", " scheduled");
            add(out, "iban-" + iban[0], "iban", "json", "{\"iban\":\"" + number + "\"}", List.of(number), "{\"iban\":\"");
        }
    }

    private static void add(List<Sample> out, String format, String group, String context, String line, List<String> secrets,
            String... keep) {
        out.add(new Sample(format, group, context, line, List.copyOf(secrets), List.of(keep)));
    }

    private static List<String> keep(String[] parts) {
        List<String> keep = new ArrayList<>();
        for (String part : parts) {
            String trimmed = part.replaceAll("[=:\"'(]+$", "").replaceAll("^[\"')}]+", "").trim();
            if (trimmed.length() >= 4) {
                keep.add(trimmed);
            }
        }
        return keep;
    }

    private static String slug(String s) {
        return s.toLowerCase().replace(' ', '-').replace(':', '-').replace('+', '-');
    }
}
