package dev.launchready.spring;

import dev.launchready.servlet.CacheMarks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/** Marks responses of Spring MVC's static resource handler as static files: what served it, not the URL, decides. */
final class StaticResourceMarks implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler) {
            CacheMarks.staticFile(request);
        }
        return true;
    }
}
