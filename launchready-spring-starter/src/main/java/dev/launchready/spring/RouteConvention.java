package dev.launchready.spring;

import dev.launchready.metrics.HttpTags;
import dev.launchready.metrics.RouteTable;
import io.micrometer.common.KeyValue;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Spring's convention, with core's decisions where Spring has none: a request no handler pattern names
 * (a 401 from Spring Security in front of MVC, a servlet) takes its template from
 * {@code launchready.metrics.routes} instead of {@code UNKNOWN}; a 404 from the static-resource
 * handler's {@code /**} is {@code NOT_FOUND}; unknown methods fold into one value; a client that hung
 * up is {@code status="499"}.
 */
final class RouteConvention extends DefaultServerRequestObservationConvention {

    private final RouteTable routes;

    RouteConvention(String name, RouteTable routes) {
        super(name);
        this.routes = routes;
    }

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        HttpServletRequest request = context.getCarrier();
        // Boot's static-resource handler matches every path as "/**": a 404 there matched nothing real.
        if ("/**".equals(context.getPathPattern()) && context.getResponse() != null
                && context.getResponse().getStatus() == 404) {
            return KeyValue.of("uri", HttpTags.NOT_FOUND);
        }
        if (context.getPathPattern() == null && request != null && !routes.isEmpty()) {
            String template = routes.match(LaunchReadyPaths.inApp(request));
            if (template != null) {
                return KeyValue.of("uri", template);
            }
        }
        return super.uri(context);
    }

    /** A client that hung up is nginx's 499, never the 200 or 500 the response happened to hold. */
    @Override
    protected KeyValue status(ServerRequestObservationContext context) {
        return HttpTags.isClientAbort(context.getError())
                ? KeyValue.of("status", HttpTags.status(HttpTags.CLIENT_CLOSED)) : super.status(context);
    }

    @Override
    protected KeyValue outcome(ServerRequestObservationContext context) {
        return HttpTags.isClientAbort(context.getError())
                ? KeyValue.of("outcome", HttpTags.outcome(HttpTags.CLIENT_CLOSED)) : super.outcome(context);
    }

    @Override
    protected KeyValue method(ServerRequestObservationContext context) {
        HttpServletRequest request = context.getCarrier();
        return request == null ? super.method(context) : KeyValue.of("method", HttpTags.method(request.getMethod()));
    }
}
