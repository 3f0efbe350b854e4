package dev.launchready.benchmarks.load;

/** The steady-load scenarios; the spike is {@link Spike}. */
enum Scenario {

    PUBLIC_PAGE("Public page", "GET /", 32),
    MEMBER_PAGE("Member page", "GET /members (logged-in cookie)", 32),
    LOGIN("Login", "POST /login (valid JSON credentials)", 8);

    final String title;
    final String request;
    /** Login is bound by PBKDF2 on two cores: more connections would only queue. */
    final int connections;

    Scenario(String title, String request, int connections) {
        this.title = title;
        this.request = request;
        this.connections = connections;
    }

    /** The status every answer should have: anything else counts as an error. */
    int expectedStatus() {
        return this == LOGIN ? 303 : 200;
    }

    Wrk.Run run(Wrk wrk, RunningApp app, int seconds) {
        return switch (this) {
            case PUBLIC_PAGE -> wrk.run("page.lua", app.uri(), 2, connections, seconds, "/");
            case MEMBER_PAGE -> wrk.run("page.lua", app.uri(), 2, connections, seconds, "/members", app.memberCookie());
            case LOGIN -> wrk.run("login.lua", app.uri(), 2, connections, seconds, "0");
        };
    }
}
