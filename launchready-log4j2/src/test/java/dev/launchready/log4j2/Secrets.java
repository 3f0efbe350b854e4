package dev.launchready.log4j2;

/** Fake secrets in real formats, built at run time so no scanner mistakes this file for a leak. */
final class Secrets {

    static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    static final String STRIPE_2 = "sk_" + "live_" + "9xQ2mB7vLp3RtY8wKz4NcD6f";
    static final String EMAIL = "mia.member@example.com";
    static final String BEARER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.dGVzdA.c2lnbmF0dXJlLXRlc3Q";
    static final String PASSWORD = "hunter2-correct-horse";
    static final String JDBC_URL = "jdbc:postgresql://db.internal/app?user=app&password=" + PASSWORD;
    static final String POSTGRES_URL = "postgres://app:" + PASSWORD + "@db.internal/app";

    private Secrets() {
    }
}
