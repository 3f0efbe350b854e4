package dev.launchready.redact;

import static dev.launchready.redact.Chars.ALNUM;
import static dev.launchready.redact.Chars.ALPHA;
import static dev.launchready.redact.Chars.B64;
import static dev.launchready.redact.Chars.B64URL;
import static dev.launchready.redact.Chars.B64URL_DOT;
import static dev.launchready.redact.Chars.B64_ANY;
import static dev.launchready.redact.Chars.BASE32_UPPER;
import static dev.launchready.redact.Chars.BECH32_UPPER;
import static dev.launchready.redact.Chars.DIGIT;
import static dev.launchready.redact.Chars.HEX;
import static dev.launchready.redact.Chars.LOWER_ALNUM;
import static dev.launchready.redact.Chars.UPPER_ALNUM;
import static dev.launchready.redact.Chars.WORD;
import static dev.launchready.redact.TokenRule.afterLiteral;
import static dev.launchready.redact.TokenRule.exact;
import static dev.launchready.redact.TokenRule.infix;
import static dev.launchready.redact.TokenRule.loose;

import dev.launchready.redact.TokenRule.Check;
import java.util.List;

/**
 * Provider token formats, from the providers' documentation and the rule sets of gitleaks,
 * trufflehog and detect-secrets (see the redaction design note). Every rule starts from a literal,
 * so the prefilter finds its candidates; checksums decide where the format has one.
 */
final class TokenRules {

    private static final Chars HEX_DASH = Chars.of("0-9a-f\\-");
    private static final Chars SLACK = Chars.of("A-Za-z0-9\\-");
    private static final Chars PATHY = Chars.of("A-Za-z0-9_/\\-");
    private static final Chars TEAMS = Chars.of("A-Za-z0-9_@/\\-");

    static final List<TokenRule> ALL = List.of(
            // cloud
            exact("aws-access-key-id", "AKIA", BASE32_UPPER, 16, 16),
            exact("aws-access-key-id", "ASIA", BASE32_UPPER, 16, 16),
            exact("aws-access-key-id", "ABIA", BASE32_UPPER, 16, 16),
            exact("aws-access-key-id", "ACCA", BASE32_UPPER, 16, 16),
            exact("gcp-api-key", "AIza", B64URL, 35, 35),
            exact("gcp-oauth-client-secret", "GOCSPX-", B64URL, 28, 28),
            loose("google-oauth-token", "ya29.", B64URL_DOT, 20),
            infix("azure-ad-client-secret", Chars.AZURE_SECRET, 4, 4, "Q~", Chars.AZURE_SECRET, 31, 34),
            exact("digitalocean-token", "dop_v1_", HEX, 64, 64),
            exact("digitalocean-token", "doo_v1_", HEX, 64, 64),
            exact("digitalocean-token", "dor_v1_", HEX, 64, 64),
            exact("alibaba-access-key-id", "LTAI", ALNUM, 12, 20),
            exact("heroku-api-key", "HRKU-AA", B64URL, 58, 58),
            loose("vault-token", "hvs.", B64URL, 24),
            loose("vault-token", "hvb.", B64URL, 24),
            infix("terraform-cloud-token", LOWER_ALNUM, 14, 14, ".atlasv1.", Chars.B64URL.plus("="), 60, 70),
            exact("databricks-token", "dapi", HEX, 32, 32),
            exact("doppler-token", "dp.pt.", ALNUM, 43, 43),
            exact("doppler-token", "dp.st.", Chars.of("A-Za-z0-9._\\-"), 43, 80),
            exact("doppler-token", "dp.sa.", ALNUM, 43, 43),
            exact("doppler-token", "dp.ct.", ALNUM, 43, 43),
            exact("pulumi-token", "pul-", HEX, 40, 40),
            exact("flyio-token", "fo1_", B64URL, 43, 43),
            loose("planetscale-token", "pscale_tkn_", B64URL_DOT, 32),
            loose("planetscale-password", "pscale_pw_", B64URL_DOT, 32),
            exact("supabase-token", "sbp_", HEX, 40, 40),
            loose("grafana-cloud-token", "glc_", B64_ANY, 32),
            exact("grafana-service-account-token", "glsa_", WORD, 41, 41),
            exact("new-relic-key", "NRAK-", UPPER_ALNUM, 27, 27),
            loose("sentry-token", "sntrys_", B64_ANY, 60),
            exact("sentry-token", "sntryu_", HEX, 64, 64),
            exact("dynatrace-token", "dt0c01.", UPPER_ALNUM.plus("."), 89, 89),
            exact("age-secret-key", "AGE-SECRET-KEY-1", BECH32_UPPER, 58, 58),
            loose("1password-token", "ops_eyJ", B64_ANY, 100),
            exact("linear-api-key", "lin_api_", ALNUM, 40, 40),
            exact("notion-token", "secret_", ALNUM, 43, 43).checked(Check.MIXED),
            exact("notion-token", "ntn_", ALNUM, 40, 50).checked(Check.MIXED),
            exact("airtable-token", "pat", ALNUM.plus("."), 79, 79).checked(Check.MIXED),
            exact("figma-token", "figd_", B64URL, 40, 40),
            exact("postman-api-key", "PMAK-", HEX_DASH, 59, 59),
            exact("shopify-access-token", "shpat_", Chars.HEX_ANY, 32, 32),
            exact("shopify-custom-app-token", "shpca_", Chars.HEX_ANY, 32, 32),
            exact("shopify-private-app-token", "shppa_", Chars.HEX_ANY, 32, 32),
            exact("shopify-shared-secret", "shpss_", Chars.HEX_ANY, 32, 32),
            exact("contentful-token", "CFPAT-", B64URL, 43, 43),
            exact("readme-api-key", "rdme_", LOWER_ALNUM, 70, 70),
            exact("prefect-api-key", "pnu_", ALNUM, 36, 36).checked(Check.MIXED),
            loose("sourcegraph-token", "sgp_", Chars.of("a-f0-9_"), 40),
            exact("render-api-key", "rnd_", ALNUM, 32, 32).checked(Check.MIXED),
            exact("netlify-token", "nfp_", ALNUM, 36, 40).checked(Check.MIXED),
            loose("mapbox-secret-token", "sk.eyJ", B64URL_DOT, 60),
            exact("twilio-api-key", "SK", HEX, 32, 32),
            exact("sonarqube-token", "squ_", HEX, 40, 40),
            exact("sonarqube-token", "sqp_", HEX, 40, 40),
            exact("sonarqube-token", "sqa_", HEX, 40, 40),
            // version control
            exact("github-token", "ghp_", ALNUM, 36, 36).checked(Check.GITHUB),
            exact("github-token", "gho_", ALNUM, 36, 36).checked(Check.GITHUB),
            exact("github-token", "ghu_", ALNUM, 36, 36).checked(Check.GITHUB),
            exact("github-token", "ghs_", ALNUM, 36, 36).checked(Check.GITHUB),
            exact("github-token", "ghr_", ALNUM, 36, 36).checked(Check.GITHUB),
            exact("github-fine-grained-token", "github_pat_", WORD, 82, 82),
            loose("gitlab-token", "glpat-", B64URL_DOT, 20).checked(Check.GITLAB),
            loose("gitlab-token", "glptt-", B64URL, 20),
            loose("gitlab-token", "gldt-", B64URL, 20),
            loose("gitlab-token", "glrt-", B64URL_DOT, 20),
            loose("gitlab-token", "glcbt-", B64URL, 20),
            loose("gitlab-token", "glimt-", B64URL, 20),
            loose("gitlab-token", "glsoat-", B64URL, 20),
            loose("gitlab-token", "gloas-", B64URL, 20),
            loose("gitlab-token", "glagent-", B64URL, 20),
            loose("gitlab-token", "GR1348941", B64URL, 20),
            loose("bitbucket-token", "ATBB", Chars.of("A-Za-z0-9_=.\\-"), 32),
            loose("atlassian-token", "ATATT3", Chars.of("A-Za-z0-9_=\\-"), 150),
            exact("huggingface-token", "hf_", ALPHA, 34, 34),
            exact("huggingface-token", "api_org_", ALPHA, 34, 34),
            exact("jfrog-api-key", "AKCp", ALNUM, 69, 69),
            exact("jfrog-reference-token", "cmVmdGtu", ALNUM, 56, 56),
            // payment
            loose("stripe-secret-key", "sk_live_", ALNUM, 20),
            loose("stripe-secret-key", "sk_test_", ALNUM, 20),
            loose("stripe-restricted-key", "rk_live_", ALNUM, 20),
            loose("stripe-restricted-key", "rk_test_", ALNUM, 20),
            loose("stripe-webhook-secret", "whsec_", B64, 24),
            // HMAC-SHA256 webhook signatures (Stripe-Signature t=…,v1=…; Slack's v0=…), wherever the header
            // value ends up: a map's toString splits it at the comma, so the key-value rule alone misses v1.
            exact("webhook-signature", "v1=", HEX, 64, 64),
            exact("webhook-signature", "v0=", HEX, 64, 64),
            exact("square-access-token", "sq0atp-", B64URL, 22, 22),
            exact("square-oauth-secret", "sq0csp-", B64URL, 43, 43),
            exact("square-access-token", "EAAA", B64URL, 60, 60),
            loose("facebook-access-token", "EAAB", ALNUM, 90),
            loose("facebook-access-token", "EAAG", ALNUM, 90),
            exact("braintree-access-token", "access_token$production$", Chars.of("a-z0-9$"), 49, 49),
            exact("braintree-access-token", "access_token$sandbox$", Chars.of("a-z0-9$"), 49, 49),
            exact("razorpay-key", "rzp_live_", ALNUM, 14, 14),
            exact("razorpay-key", "rzp_test_", ALNUM, 14, 14),
            exact("flutterwave-secret-key", "FLWSECK-", Chars.of("a-fA-F0-9X\\-"), 34, 34),
            exact("flutterwave-secret-key", "FLWSECK_TEST-", Chars.of("a-fA-F0-9X\\-"), 34, 34),
            exact("shippo-token", "shippo_live_", HEX, 40, 40),
            exact("shippo-token", "shippo_test_", HEX, 40, 40),
            exact("easypost-api-key", "EZAK", ALNUM, 54, 54),
            exact("easypost-api-key", "EZTK", ALNUM, 54, 54),
            exact("duffel-token", "duffel_live_", B64URL, 43, 43),
            exact("duffel-token", "duffel_test_", B64URL, 43, 43),
            exact("gocardless-token", "live_", B64URL, 40, 40).checked(Check.MIXED),
            // email
            exact("sendgrid-api-key", "SG.", B64URL_DOT, 66, 66),
            exact("mailgun-api-key", "key-", HEX, 32, 32).checked(Check.MIXED),
            infix("mailchimp-api-key", HEX, 32, 32, "-us", DIGIT, 1, 2),
            exact("brevo-api-key", "xkeysib-", SLACK, 81, 81),
            exact("brevo-api-key", "xsmtpsib-", SLACK, 81, 81),
            exact("mailersend-token", "mlsn.", HEX, 64, 64),
            exact("resend-api-key", "re_", WORD, 30, 40).checked(Check.MIXED),
            // chat
            loose("slack-bot-token", "xoxb-", SLACK, 20),
            loose("slack-user-token", "xoxp-", SLACK, 20),
            loose("slack-token", "xoxa-", SLACK, 20),
            loose("slack-token", "xoxr-", SLACK, 20),
            loose("slack-token", "xoxs-", SLACK, 20),
            loose("slack-token", "xoxe-", SLACK, 20),
            loose("slack-token", "xoxe.xoxp-", SLACK, 20),
            loose("slack-app-token", "xapp-", SLACK, 20),
            afterLiteral("slack-webhook", "hooks.slack.com/services/", PATHY, 20),
            afterLiteral("slack-webhook", "hooks.slack.com/workflows/", PATHY, 20),
            afterLiteral("discord-webhook", "discord.com/api/webhooks/", PATHY, 30),
            afterLiteral("discord-webhook", "discordapp.com/api/webhooks/", PATHY, 30),
            afterLiteral("teams-webhook", ".webhook.office.com/webhookb2/", TEAMS, 40),
            infix("telegram-bot-token", DIGIT, 8, 10, ":AA", B64URL, 33, 33),
            // AI
            loose("openai-api-key", "sk-proj-", B64URL, 40),
            loose("openai-api-key", "sk-svcacct-", B64URL, 40),
            loose("openai-api-key", "sk-admin-", B64URL, 40),
            loose("anthropic-api-key", "sk-ant-api03-", B64URL, 80),
            loose("anthropic-api-key", "sk-ant-admin01-", B64URL, 80),
            loose("anthropic-api-key", "sk-ant-oat01-", B64URL, 80),
            exact("openrouter-api-key", "sk-or-v1-", HEX, 64, 64),
            loose("sk-api-key", "sk-", ALNUM, 32).checked(Check.MIXED),
            exact("replicate-api-token", "r8_", ALNUM, 37, 37),
            exact("groq-api-key", "gsk_", ALNUM, 52, 52),
            exact("perplexity-api-key", "pplx-", ALNUM, 48, 48),
            exact("xai-api-key", "xai-", ALNUM, 80, 80),
            exact("langsmith-api-key", "lsv2_pt_", Chars.of("a-f0-9_"), 43, 43),
            exact("langsmith-api-key", "lsv2_sk_", Chars.of("a-f0-9_"), 43, 43),
            loose("pinecone-api-key", "pcsk_", WORD, 50),
            exact("elevenlabs-api-key", "sk_", HEX, 48, 48),
            // package registries
            exact("npm-token", "npm_", ALNUM, 36, 36).checked(Check.GITHUB),
            loose("pypi-token", "pypi-AgEIcHlwaS5vcmc", B64URL, 50),
            loose("pypi-token", "pypi-AgENdGVzdC5weXBpLm9yZw", B64URL, 50),
            exact("rubygems-api-key", "rubygems_", HEX, 48, 48),
            exact("nuget-api-key", "oy2", LOWER_ALNUM, 43, 43),
            exact("dockerhub-token", "dckr_pat_", B64URL, 27, 27),
            exact("dockerhub-token", "dckr_oat_", B64URL, 32, 32),
            exact("crates-io-token", "cio", ALNUM, 32, 32).checked(Check.MIXED),
            exact("clojars-token", "CLOJARS_", LOWER_ALNUM, 60, 60));

    private TokenRules() {
    }

}
