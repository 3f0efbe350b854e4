package dev.launchready.logback;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** Templates and arguments that put secrets everywhere a window could cut them. */
final class WindowCases {

    record Case(String template, Object[] args) {
    }

    static final String FILLER = "opened /members/feed?page=3 from 203.0.113.9 in 12 ms; plan=pro locale=en-GB cache=hit";
    static final String BENCHMARK = "member {} opened /members/feed?page=3 from 203.0.113.9 in 12 ms; plan=pro"
            + " locale=en-GB cache=hit region=eu-west-1 build=2026.11.23-1 ua=Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String IBAN = "DE89 3704 0044 0532 0130 00";
    private static final String AWS = "AKIA" + "IOSFODNN7EXAMPLE";

    private WindowCases() {
    }

    static List<Case> all() {
        List<String> secrets = List.of(Secrets.STRIPE, Secrets.EMAIL, Secrets.BEARER_TOKEN, Secrets.PASSWORD, Secrets.JDBC_URL,
                Secrets.POSTGRES_URL, CARD, CARD.replace(' ', '-'), IBAN, AWS, "Authorization: Bearer " + Secrets.BEARER_TOKEN,
                "{\"email\":\"" + Secrets.EMAIL + "\",\"password\": \"" + Secrets.PASSWORD + "\"}", "curl -u admin:" + Secrets.PASSWORD);
        List<String> templates = List.of("{}", BENCHMARK, FILLER + " {} " + FILLER, FILLER + " {}", "id=abc{}def " + FILLER,
                FILLER + " password={} " + FILLER, "the password is {} and " + FILLER, "{\"password\": \"{}\",\"n\":\"" + FILLER + "\"}",
                "Authorization: Bearer {} " + FILLER, FILLER + " Bearer {}", FILLER + " token : {} " + FILLER,
                FILLER + " {}= " + FILLER, FILLER + " card {} " + FILLER);
        List<Case> out = new ArrayList<>();
        for (String secret : secrets) {
            for (String template : templates) {
                out.add(new Case(template, new Object[] {secret}));
            }
            for (int k = 1; k < secret.length(); k += Math.max(1, secret.length() / 7)) {
                String head = secret.substring(0, k);
                String tail = secret.substring(k);
                out.add(new Case(FILLER + " " + head + "{} " + FILLER, new Object[] {tail}));
                out.add(new Case(FILLER + " {}" + tail + " " + FILLER, new Object[] {head}));
                out.add(new Case(FILLER + " {}{} " + FILLER, new Object[] {head, tail}));
                out.add(new Case(FILLER + " {} {} " + FILLER, new Object[] {head, 42}));
            }
        }
        out.add(new Case(FILLER + " {} " + FILLER, new Object[] {null}));
        return out;
    }

    /** A PEM body: base64 lines of a fake key. */
    static String pemBody() {
        byte[] bytes = new byte[96];
        new Random(7).nextBytes(bytes);
        return Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(bytes);
    }
}
