package dev.launchready.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScannerTest {

    @TempDir
    Path dir;

    /** A project with secrets in many file types, and files that must not be reported. */
    private FixtureRepo project() throws Exception {
        FixtureRepo repo = FixtureRepo.init(dir);
        repo.write(".gitignore", "target/\n*.local\n")
                .write("config/app.properties", "db.url=jdbc:postgresql://db/app\ndb.user=app\ndb.password=" + Secrets.DB_PASSWORD + "\n")
                .write("config/app.yml", "payments:\n  provider: stripe\n  key: " + Secrets.STRIPE + "\n")
                .write("web/settings.json", "{\n  \"aws\": {\n    \"accessKeyId\": \"" + Secrets.AWS + "\"\n  }\n}\n")
                .write("web/app.js", "export const chat = {\n  bot: '" + Secrets.SLACK + "',\n};\n")
                .write("tools/deploy.py", "import os\nDATABASE_URL = \"postgres://app:" + Secrets.URL_PASSWORD + "@db.internal:5432/app\"\n")
                .write("Dockerfile", "FROM eclipse-temurin:17\nENV STRIPE_KEY=" + Secrets.STRIPE_RESTRICTED + "\n")
                .write(".env", "APP_ENV=production\n")
                .write(".env.example", "APP_ENV=\nOPENAI_API_KEY=your-key-here\n")
                .write("deploy/id_rsa", "# deploy key\n" + Secrets.PEM)
                // A minified bundle: one 300 KB line, the key near its end.
                .write("static/app.min.js", "var a=1;".repeat(37_500) + "var k=\"" + Secrets.OPENAI + "\";")
                .write("vendor/lib/client.js", "// vendored\nmodule.exports={key:\"" + Secrets.STRIPE + "\"};\n")
                .write("src/Clean.java", "class Clean { String password = request.getParameter(\"password\"); }\n")
                .write("logo.png", binary(Secrets.STRIPE))
                .write("data/dump.sql", "-- " + Secrets.AWS + "\n" + "x".repeat(400_000))
                .write("target/classes/app.properties", "db.password=" + Secrets.DB_PASSWORD + "\n")
                .write("secrets.local", "token=" + Secrets.OPENAI + "\n")
                .write("node_modules/dep/index.js", "x='" + Secrets.SLACK + "'\n");
        return repo;
    }

    private static byte[] binary(String inside) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        byte[] text = inside.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(head, head.length + text.length);
        System.arraycopy(text, 0, out, head.length, text.length);
        return out;
    }

    private static List<String> summary(ScanResult result) {
        return result.findings().stream().map(f -> f.location() + " " + f.ruleId() + (f.commit() == null ? "" : " " + f.commit()))
                .toList();
    }

    @Test
    void workingTreeOfAGitRepositoryReportsEachSecretOnceWithLineAndColumn() throws Exception {
        try (FixtureRepo repo = project()) {
            repo.commit("project");
            ScanResult result = SecretScanner.scan(ScanRequest.of(dir).withMaxFileSize(384 * 1024));

            // node_modules is not ignored by .gitignore here, so it is scanned: vendored code hides secrets too.
            assertThat(summary(result)).containsExactly(
                    ".env:1:1 env-file",
                    "Dockerfile:2:16 stripe-restricted-key",
                    "config/app.properties:3:13 password",
                    "config/app.yml:3:8 stripe-secret-key",
                    "deploy/id_rsa:2:1 private-key",
                    "node_modules/dep/index.js:1:4 slack-bot-token",
                    "static/app.min.js:1:300008 openai-api-key",
                    "tools/deploy.py:2:32 url-password",
                    "vendor/lib/client.js:2:22 stripe-secret-key",
                    "web/app.js:2:9 slack-bot-token",
                    "web/settings.json:3:21 aws-access-key-id");
            SecretFinding pem = result.findings().get(4);
            assertThat(pem.endLine()).isEqualTo(5);
            assertThat(result.skippedBinary()).isEqualTo(1);
            assertThat(result.skippedTooLarge()).isEqualTo(1); // data/dump.sql
            assertThat(result.files()).isEqualTo(14); // .gitignore and .env.example included
            assertThat(result.commits()).isZero();
        }
    }

    @Test
    void excerptsAndFingerprintsNeverHoldTheSecret() throws Exception {
        try (FixtureRepo repo = project()) {
            repo.commit("project");
            ScanResult result = SecretScanner.scan(ScanRequest.of(dir));
            SecretFinding stripe = result.findings().stream().filter(f -> f.path().equals("config/app.yml")).findFirst().orElseThrow();
            assertThat(stripe.excerpt()).isEqualTo("sk_l…(32 chars)");
            assertThat(stripe.fingerprint()).matches("stripe-secret-key:config/app.yml:[0-9a-f]{16}");
            SecretFinding password = result.findings().stream().filter(f -> f.ruleId().equals("password")).findFirst().orElseThrow();
            assertThat(password.excerpt()).isEqualTo("Xk9…(12 chars)");
            for (SecretFinding f : result.findings()) {
                for (String secret : List.of(Secrets.STRIPE, Secrets.AWS, Secrets.SLACK, Secrets.OPENAI, Secrets.DB_PASSWORD,
                        Secrets.URL_PASSWORD, Secrets.STRIPE_RESTRICTED)) {
                    assertThat(f.toString()).doesNotContain(secret.substring(0, 8));
                }
            }
        }
    }

    @Test
    void aPlainDirectorySkipsGitTargetBuildAndNodeModules() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("src")).resolve("app.yml"), "key: " + Secrets.STRIPE + "\n");
        for (String skipped : List.of(".git", "node_modules/x", "target", "build/out")) {
            Files.writeString(Files.createDirectories(dir.resolve(skipped)).resolve("a.yml"), "key: " + Secrets.STRIPE + "\n");
        }
        ScanResult result = SecretScanner.scan(ScanRequest.of(dir));
        assertThat(summary(result)).containsExactly("src/app.yml:1:6 stripe-secret-key");
    }

    @Test
    void historyFindsASecretAddedThenRemovedAndCreditsTheCommitThatAddedIt() throws Exception {
        try (FixtureRepo repo = FixtureRepo.init(dir)) {
            repo.write("README.md", "# app\n").commit("start");
            RevCommit added = repo.write("config/app.yml", "name: app\nkey: " + Secrets.STRIPE + "\n")
                    .write(".env.production", "SECRET=1\n").commit("add config");
            repo.write("config/app.yml", "name: app\nport: 8080\nkey: " + Secrets.STRIPE + "\n").commit("same key, line moved");
            repo.write("config/app.yml", "name: app\nkey: ${STRIPE_KEY}\n").delete(".env.production").commit("remove the key");
            repo.write("notes.txt", "nothing here\n").commit("notes");

            assertThat(SecretScanner.scan(ScanRequest.of(dir)).findings()).isEmpty();

            ScanResult history = SecretScanner.scan(ScanRequest.of(dir).withScope(Scope.HISTORY));
            assertThat(summary(history)).containsExactly(
                    ".env.production:1:1 env-file " + added.name(),
                    "config/app.yml:2:6 stripe-secret-key " + added.name());
            assertThat(history.commits()).isEqualTo(5);
            // README, app.yml three times, .env.production, notes.txt: each blob read once; the key in
            // two versions of app.yml is one finding, credited to the commit that added it.
            assertThat(history.files()).isEqualTo(6);
        }
    }

    @Test
    void historyReadsABlobOnceAcrossCommitsAndBranchesAndAlsoScansUncommittedFiles() throws Exception {
        try (FixtureRepo repo = FixtureRepo.init(dir)) {
            RevCommit first = repo.write("a/key.yml", "key: " + Secrets.STRIPE + "\n").commit("one");
            repo.write("b/other.txt", "x\n").commit("two");
            repo.git.branchCreate().setName("topic").call();
            repo.git.checkout().setName("topic").call();
            RevCommit topic = repo.write("c/aws.json", "{\"k\":\"" + Secrets.AWS + "\"}\n").commit("on topic");
            repo.git.checkout().setName("main").call();
            repo.write("d/new.py", "T = '" + Secrets.SLACK + "'\n"); // not committed

            ScanResult history = SecretScanner.scan(ScanRequest.of(dir).withScope(Scope.HISTORY));
            assertThat(summary(history)).containsExactly(
                    "a/key.yml:1:6 stripe-secret-key " + first.name(),
                    "c/aws.json:1:7 aws-access-key-id " + topic.name(),
                    "d/new.py:1:6 slack-bot-token");
        }
    }

    @Test
    void stagedScansOnlyWhatTheNextCommitRecordsAsStaged() throws Exception {
        try (FixtureRepo repo = FixtureRepo.init(dir)) {
            repo.write("old.yml", "key: " + Secrets.STRIPE + "\n").commit("already committed");
            repo.write("new.yml", "aws: " + Secrets.AWS + "\n").stage("new.yml");
            repo.write("new.yml", "aws: ${AWS_KEY}\n"); // edited after staging: the index still has the key
            repo.write("unstaged.yml", "slack: " + Secrets.SLACK + "\n");

            ScanResult staged = SecretScanner.scan(ScanRequest.of(dir).withScope(Scope.STAGED));
            assertThat(summary(staged)).containsExactly("new.yml:1:6 aws-access-key-id");
            assertThat(staged.files()).isEqualTo(1);
        }
    }

    @Test
    void aSubdirectoryOfARepositoryReportsPathsRelativeToIt() throws Exception {
        try (FixtureRepo repo = FixtureRepo.init(dir)) {
            RevCommit c = repo.write("module/src/app.yml", "key: " + Secrets.STRIPE + "\n")
                    .write("other/app.yml", "key: " + Secrets.STRIPE + "\n").commit("two modules");
            Path module = dir.resolve("module");
            assertThat(summary(SecretScanner.scan(ScanRequest.of(module)))).containsExactly("src/app.yml:1:6 stripe-secret-key");
            assertThat(summary(SecretScanner.scan(ScanRequest.of(module).withScope(Scope.HISTORY))))
                    .containsExactly("src/app.yml:1:6 stripe-secret-key " + c.name());
        }
    }

    @Test
    void aDirectoryInsideAnIgnoredOneIsReadWhole() throws Exception {
        // A build's copy of a project (target/it/app, as the Maven invoker makes) lies in an ignored directory.
        try (FixtureRepo repo = FixtureRepo.init(dir)) {
            repo.write(".gitignore", "target/\n").write("README.md", "# app\n").commit("start");
            repo.write("target/it/app/config.yml", "key: " + Secrets.STRIPE + "\n");
            assertThat(SecretScanner.scan(ScanRequest.of(dir)).findings()).isEmpty();
            assertThat(summary(SecretScanner.scan(ScanRequest.of(dir.resolve("target/it/app")))))
                    .containsExactly("config.yml:1:6 stripe-secret-key");
        }
    }

    @Test
    void envFilesAreFindingsTemplatesAreNot() {
        assertThat(List.of(".env", "app/.env", ".env.production", ".env.local", ".ENV", ".env.development.local"))
                .allMatch(EnvFiles::isEnvFile);
        assertThat(List.of(".env.example", ".env.sample", ".env.template", ".env.dist", ".env.production.example",
                "env", ".envrc", "dotenv.js", ".env.")).noneMatch(EnvFiles::isEnvFile);
    }

    @Test
    void genericKeyValuesMustLookLikeLiterals() {
        assertThat(Literals.reportable("password", Secrets.DB_PASSWORD)).isTrue();
        assertThat(Literals.reportable("token", "s3cr3t-Token_0123456789")).isTrue();
        assertThat(Literals.reportable("authorization", "Bearer 9f8e7d6c5b4a3f2e1d0c")).isTrue();
        for (String code : List.of("x", "request.getHeader", "webhookSecret", "\" + password + \"", "${DB_PASSWORD}",
                "process.env.TOKEN", "changeit", "your_api_key_1", "xxxxxxxx1", "allowCredentials", "%(password)s", "********")) {
            assertThat(Literals.reportable("password", code)).as(code).isFalse();
        }
        assertThat(Literals.reportable("otp", "123456")).isFalse();
        assertThat(Literals.reportable("session", "receipt-12345")).isFalse(); // app.billing.session=receipt-12345
        assertThat(Literals.reportable("url-password", "password")).isFalse();
        assertThat(Literals.reportable("url-password", "hunter2")).isTrue();
        assertThat(Literals.reportable("stripe-secret-key", Secrets.STRIPE)).isTrue();
        assertThat(Literals.reportable("private-key", "-----BEGIN PRIVATE KEY-----")).isFalse();
    }

    @Test
    void missingDirectoryAndMissingRepositoryCannotRun() throws IOException {
        assertThatThrownBy(() -> SecretScanner.scan(ScanRequest.of(dir.resolve("nope"))))
                .isInstanceOf(IOException.class).hasMessageContaining("is not a directory");
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertThatThrownBy(() -> SecretScanner.scan(ScanRequest.of(plain).withScope(Scope.HISTORY)))
                .isInstanceOf(IOException.class).hasMessageContaining("not in a git repository");
    }
}
