package dev.launchready.servlet;

import java.util.Map;

/** A real process for {@link SigtermDrainIT}: Jetty with stop-at-shutdown, as the example app runs. */
public final class SigtermApp {

    private SigtermApp() {
    }

    public static void main(String[] args) throws Exception {
        JettyApp app = JettyApp.start(Map.of("launchready.health.drain-period", args[0]));
        app.server.setStopAtShutdown(true);
        System.out.println("PORT " + app.uri("/").getPort());
        System.out.flush();
        app.server.join();
    }
}
