package dev.launchready.redact;

import static dev.launchready.redact.FakeSecrets.ALNUM;
import static dev.launchready.redact.FakeSecrets.HEX;
import static dev.launchready.redact.FakeSecrets.LOWER;

import java.util.ArrayList;
import java.util.List;

/** Lines that must come out unchanged: identifiers, hashes, times, frames, addresses, versions, near misses. */
final class BenignCorpus {

    record Line(String kind, String text) {
    }

    private BenignCorpus() {
    }

    static List<Line> lines(long seed) {
        FakeSecrets g = new FakeSecrets(seed);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(new Line("uuid", "order " + g.uuid() + " shipped to customer " + g.uuid()));
            out.add(new Line("git-sha", "deployed commit " + g.r(HEX, 40) + " (short " + g.r(HEX, 7) + ") by ci"));
            out.add(new Line("timestamp", "2026-" + two(g, 12) + "-" + two(g, 28) + "T" + two(g, 23) + ":" + two(g, 59) + ":"
                    + two(g, 59) + "." + g.digits(3) + "Z INFO started in " + g.digits(4) + " ms at epoch " + "17" + g.r("0123456789", 11)));
            out.add(new Line("stack-frame", "\tat com.example." + g.r(LOWER, 6) + ".OrderService.place(OrderService.java:"
                    + g.digits(3) + ")"));
            out.add(new Line("ip", "peer=" + (1 + g.nextInt(250)) + "." + g.nextInt(250) + "." + g.nextInt(250) + "."
                    + g.nextInt(250) + ":" + g.digits(5) + " ipv6=2001:db8:" + g.r(HEX, 4) + "::" + g.r(HEX, 4)));
            out.add(new Line("version", "using spring-boot " + (1 + g.nextInt(4)) + "." + g.nextInt(9) + "." + g.nextInt(20)
                    + ", jetty 12.1." + g.nextInt(20) + ", lib@" + g.nextInt(9) + "." + g.nextInt(9) + "." + g.nextInt(9)));
            out.add(new Line("near-miss", nearMiss(g, i)));
            out.add(new Line("base64-image", "avatar=data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + g.base64Of(300)));
            out.add(new Line("hash", "sha256:" + g.r(HEX, 64) + " integrity=sha512-" + g.base64Of(64)));
            out.add(new Line("http", "GET /api/items?page=" + g.nextInt(50) + "&sort=desc&limit=" + g.nextInt(100)
                    + " HTTP/1.1 200 " + g.digits(4) + " " + g.digits(2) + "ms trace_id=" + g.r(HEX, 32)));
            out.add(new Line("misc", misc(g, i)));
        }
        return out;
    }

    private static String two(FakeSecrets g, int max) {
        int v = 1 + g.nextInt(max);
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String nearMiss(FakeSecrets g, int i) {
        return switch (i % 20) {
            case 0 -> "completion max_tokens=" + g.digits(4) + " temperature=0.7";
            case 1 -> "token_count=" + g.digits(3) + " tokens used: " + g.digits(4);
            case 2 -> "password_reset_sent=true for user " + g.digits(5);
            case 3 -> "secret_name=prod-db rotation_days=30";
            case 4 -> "cache_key=users:" + g.digits(5) + " hit=true";
            case 5 -> "routing_key=orders.created exchange=events";
            case 6 -> "Authorization failed for user " + g.digits(5) + ": bad credentials";
            case 7 -> "session expired after 30m for account " + g.digits(6);
            case 8 -> "password changed; all sessions revoked for user " + g.digits(5);
            case 9 -> "idempotency_key=" + g.uuid() + " replayed";
            case 10 -> "keyboard layout=us monkey=banana passed=" + g.digits(2);
            case 11 -> "token_type=bearer expires_in=3600 scope=read";
            case 12 -> "loaded " + g.digits(2) + " keys from keystore; primary_key=id";
            case 13 -> "auth: enabled, csrf: enabled, cors: disabled";
            case 14 -> "public_key_fingerprint=SHA256:" + g.base64Of(32).replace("=", "");
            case 15 -> "the user typed the wrong password 3 times";
            case 16 -> "token refresh scheduled in 300s; secret rotation ok";
            case 17 -> "pin_code_length=6 otp_digits=6 code_challenge_method=S256";
            case 18 -> "sort_key=created_at partition_key=tenant_" + g.digits(3)
                    + " calling re_validate_subscription_status_for_tenant and live_reload_enabled_for_all_the_workspaces_now";
            default -> "status code: 404, error code: E" + g.digits(4);
        };
    }

    private static String misc(FakeSecrets g, int i) {
        return switch (i % 10) {
            case 0 -> "com.example.Widget@" + g.r(HEX, 8) + " created";
            case 1 -> "select * from users where id = ? [" + g.digits(5) + "]";
            case 2 -> "{\"id\":" + g.digits(6) + ",\"name\":\"Widget " + g.r(ALNUM, 4) + "\",\"price\":12.50}";
            case 3 -> "pod web-" + g.r("abcdef0123456789", 10) + "-" + g.r(LOWER, 5) + " ready";
            case 4 -> "mac=" + g.r(HEX, 2) + ":" + g.r(HEX, 2) + ":" + g.r(HEX, 2) + ":" + g.r(HEX, 2) + ":" + g.r(HEX, 2) + ":" + g.r(HEX, 2);
            case 5 -> "dependency dev.launchready:launchready-core:0.1." + g.nextInt(9) + " resolved";
            case 6 -> "amount=$" + g.digits(1) + "," + g.digits(3) + ".00 invoice INV-" + g.digits(8);
            case 7 -> "call +1 415-" + g.digits(3) + "-" + g.digits(4) + " for support";
            case 8 -> "file /var/lib/app/uploads/" + g.uuid() + ".png size=" + g.digits(6);
            default -> "user_id=" + g.digits(7) + " request_id=" + g.r(ALNUM, 20) + " duration=" + g.digits(3) + "ms";
        };
    }
}
