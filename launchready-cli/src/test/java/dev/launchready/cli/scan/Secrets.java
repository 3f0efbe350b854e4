package dev.launchready.cli.scan;

/**
 * Fake secrets in real provider formats, assembled at run time so that this source file holds none
 * (a scanner, or a host's push protection, would rightly stop it).
 */
final class Secrets {

    static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    static final String STRIPE_RESTRICTED = "rk_" + "live_" + "51HbQ2kL9xVz8WmYtPq3RsUv";
    static final String AWS = "AKIA" + "Q3EGRZ7T6VWXYB2D";
    static final String SLACK = "xoxb-" + "2048593021-4096385712-Kx9mQ2vL7pR4tW8zY1bN5cD3";
    static final String OPENAI = "sk-" + "proj-" + "Tq8Wm2Lx7Vn4Rk9Pz3Yb6Hc1Jd5Fg0Ks8Ue2Ia4Ow7Qr";
    static final String DB_PASSWORD = "Xk9mP2vL7qRw";
    static final String URL_PASSWORD = "Pg5ecretW0rd";
    static final String PEM = "-----BEGIN " + "RSA PRIVATE KEY-----\n"
            + "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi7cqkQb5b2v6yJ4Wq8xXn1zLk0\n"
            + "pQh7Rt2YuV9wXa3sDf6gHj8kLm1nBv4cXz7qWe5rTy9uIo0pAs2dFg4hJk6lZx8\n"
            + "-----END " + "RSA PRIVATE KEY-----\n";

    private Secrets() {
    }
}
