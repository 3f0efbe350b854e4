package dev.launchready.examples.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** One line saying where the app listens, as the servlet app writes it. */
@Component
class StartupLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info("membership-spring listening on http://localhost:{}", event.getWebServer().getPort());
    }
}
